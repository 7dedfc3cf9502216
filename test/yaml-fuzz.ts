// Fuzzed YAML texts shared by the differential tests of the fast path (test/fast-path.test.ts) and of its
// position trees (test/fast-positions.test.ts).
import fc from 'fast-check';

// Fuzzed documents: manifests with YAML-1.1-tricky scalars, plain and quoted, block and flow, several
// documents, comments, empty documents, CRLF, and small mutations.
export const TRICKY = [
  'yes', 'Yes', 'YES', 'no', 'No', 'on', 'On', 'ON', 'off', 'Off', 'y', 'Y', 'n', 'N', 'true', 'False', 'TRUE', 'yES',
  '~', 'null', 'Null', 'NULL', '', '0', '0755', '0o17', '0O17', '0x1F', '-0x10', '0b101', '1_000', '_1', '1_', '08', '09',
  '1:30', '190:20:30', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '1e3', '1E3', '1.', '.5', '+42', '-0', '6.02e+23', '1e',
  '2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '9223372036854775807', '18446744073709551616',
  'nginx:1.27', '1.2.3', 'v1', '-', '+', '.', '1-2', '0.0.0.0', 'a b', 'a: b', '#x', 'x #y', 'x#y', '- x', '[a]', '{b}',
  "'q'", '"dq"', 'é', '😀', 'a\\b', 'multi\nline', 'two\n\nbreaks', 'trailing ', ' leading', '?', ':', '%x', '@x', '`x',
  '!x', '&x', '*x', '<<', '|', '>', '---', '...', 'a,b', 'k8s.io/name', 'http://x:80/p?q=1#f', '"', "'", '\\', 'x\n',
];
export const scalarText = fc.constantFrom(...TRICKY);
export const word = fc.constantFrom('name', 'image', 'ports', 'labels', 'app', 'value', 'x', 'enabled', 'spec', 'items');
export const key = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: scalarText });

export type Tree = { t: 'scalar'; v: string } | { t: 'map'; entries: [string, Tree][] } | { t: 'seq'; items: Tree[] };
export const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText.map((v): Tree => ({ t: 'scalar', v })),
    fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }).map((entries): Tree => ({ t: 'map', entries })),
    fc.array(tie('node'), { maxLength: 4 }).map((items): Tree => ({ t: 'seq', items })),
  ),
})).node;

/** Style choices, consumed in order while rendering (cycled). */
export type Styles = number[];
export class Renderer {
  private i = 0;
  /**
   * `blockOnly`: as most manifests are written: no flow collections but `{}`, `[]` and sequences of scalars,
   * and only literal block scalars (`|`, `|-`).
   */
  constructor(
    private readonly styles: Styles,
    private readonly blockOnly = false,
  ) {}
  private pick(n: number): number {
    const s = this.styles[this.i++ % this.styles.length] ?? 0;
    return s % n;
  }
  scalar(v: string, flow: boolean, indent: string): string {
    const style = this.pick(flow ? 3 : 4);
    if (style === 0) return v.replace(/\n/g, `\n${indent}  `);
    if (style === 1) return `'${v.replace(/'/g, "''").replace(/\n/g, `\n${indent}  `)}'`;
    if (style === 2 || v.trim() === '' || v.startsWith(' ')) return JSON.stringify(v);
    const header = (this.blockOnly ? ['|', '|-'] : ['|', '|-', '>', '>-'])[this.pick(this.blockOnly ? 2 : 4)]!;
    return `${header}\n${v.split('\n').map((l) => (l === '' ? '' : `${indent}  ${l}`)).join('\n')}`;
  }
  comment(): string {
    return this.pick(5) === 0 ? ' # note: yes' : '';
  }
  flow(node: Tree, indent: string): string {
    if (node.t === 'scalar') return this.scalar(node.v, true, indent);
    const sep = this.pick(4) === 0 ? `,\n${indent}  ` : ', ';
    if (node.t === 'seq') return `[${node.items.map((n) => this.flow(n, indent)).join(sep)}]`;
    return `{${node.entries.map(([k, v]) => `${this.scalar(k, true, indent)}: ${this.flow(v, indent)}`).join(sep)}}`;
  }
  block(node: Tree, indent: string): string {
    const flowable = !this.blockOnly || (node.t === 'seq' && node.items.every((n) => n.t === 'scalar'));
    if (node.t === 'scalar' || (flowable && this.pick(4) === 0) || (node.t === 'map' ? node.entries.length : node.items.length) === 0) {
      return ` ${node.t === 'scalar' ? this.scalar(node.v, false, indent) : this.flow(node, indent)}${this.comment()}\n`;
    }
    return `${this.comment()}\n${this.body(node, indent)}`;
  }
  /** The lines of a block collection. */
  body(node: Tree, indent: string): string {
    const out: string[] = [];
    if (node.t === 'seq') {
      for (const item of node.items) out.push(`${indent}-${this.block(item, `${indent}  `)}`);
    } else if (node.t === 'map') {
      for (const [k, v] of node.entries) {
        if (this.pick(8) === 0) out.push(`${indent}# comment\n`);
        const child = v.t === 'seq' && this.pick(2) === 0 ? indent : `${indent}  `;
        const value = v.t === 'scalar' && v.v === '' && this.pick(2) === 0 ? '\n' : this.block(v, child);
        out.push(`${indent}${this.scalar(k, true, indent)}:${value}`);
      }
    }
    return out.join('');
  }
  document(node: Tree): string {
    if (node.t === 'scalar') return `${this.scalar(node.v, false, '')}\n`;
    const size = node.t === 'map' ? node.entries.length : node.items.length;
    return size > 0 && (this.blockOnly || this.pick(6) !== 0) ? this.body(node, '') : `${this.flow(node, '')}\n`;
  }
}

export const manifest = fc.record({ kind: fc.constantFrom('Pod', 'Deployment', 'ConfigMap', 'List'), body: tree }).map(({ kind, body }): Tree => ({
  t: 'map',
  entries: [['apiVersion', { t: 'scalar', v: 'v1' }], ['kind', { t: 'scalar', v: kind }], ['metadata', { t: 'map', entries: [['name', { t: 'scalar', v: 'web' }]] }], ['spec', body]],
}));

export const MARKERS = ['---\n', '---\n', '---\n', '...\n---\n', '---\n# only a comment\n---\n', '---\n---\n', '...\n', '--- # c\n'];
const documents = {
  docs: fc.array(fc.oneof({ weight: 3, arbitrary: manifest }, { weight: 1, arbitrary: tree }), { minLength: 1, maxLength: 3 }),
  styles: fc.array(fc.nat(7), { minLength: 1, maxLength: 40 }),
  markers: fc.array(fc.nat(MARKERS.length - 1), { minLength: 3, maxLength: 3 }),
  leading: fc.constantFrom('', '---\n', '# head\n', '# head\n---\n', '\n'),
  trailing: fc.constantFrom('', '---\n', '...\n', '# tail\n', '\n\n'),
  crlf: fc.boolean(),
};

/** Insert `what` at `at` (modulo the length), or delete the character there when `what` is empty. */
function mutate(text: string, [at0, what]: [number, string]): string {
  const at = at0 % (text.length + 1);
  return what === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + what + text.slice(at);
}

function render(docs: Tree[], styles: Styles, markers: number[], leading: string, trailing: string): string {
  const r = new Renderer(styles);
  return leading + docs.map((d) => r.document(d)).reduce((acc, d, i) => `${acc}${MARKERS[markers[(i - 1) % 3]!]!}${d}`) + trailing;
}

export const fuzzed = fc
  .record({
    ...documents,
    mutation: fc.option(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '\n', '-', ':', '#', '"', "'", '[', '{', ']', ',', '- ', ': ', 'x')), { freq: 3 }),
  })
  .map(({ docs, styles, markers, leading, trailing, crlf, mutation }) => {
    let text = render(docs, styles, markers, leading, trailing);
    if (mutation) text = mutate(text, mutation);
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/**
 * The same documents with up to four edits that move positions without (often) changing values: spaces,
 * comments, blank lines, spaces before `:`, and some of the single-character mutations of `fuzzed`.
 */
export const fuzzedLayout = fc
  .record({
    ...documents,
    mutations: fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('', ' ', '   ', ' # c', '  #: x', '\n', '\n\n', '\n   \n', '\n# c\n', '\n  # c\n', ' :', '-', ':', '#', '[', '{', ',', ': ', '\n  ')),
      { maxLength: 4 },
    ),
  })
  .map(({ docs, styles, markers, leading, trailing, crlf, mutations }) => {
    const text = mutations.reduce(mutate, render(docs, styles, markers, leading, trailing));
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** Tokens joined into (mostly invalid) YAML texts. */
export const TOKENS = [
  'a', 'yes', 'on', '0755', '~', '"x"', "'y'", ':', ': ', ' ', '  ', '\n', '\r\n', '- ', '-', '[', ']', '{', '}', ', ', '#c', ' #c',
  '---', '...', '\n---\n', '|', '>', '|-', '"', "'", '\\', '@', '%', '1:30', '0x1F', 'k: v', '\n  ', '\n    ', '\n- ', '\n  - ',
  '"\\x41"', '"\\u00e9"', '"\\/"', '"\\N"', 'é', '? ', '*', '&', '!', '<<', '"a\n  b"', "'a\n\n b'", 'a\n b',
];

/** Deep equality of position trees (Maps in order, own keys in order, Object.is on leaves). */
export function sameTree(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    const ea = [...a.entries()];
    const eb = [...b.entries()];
    return ea.every(([k, v], i) => Object.is(k, eb[i]![0]) && sameTree(v, eb[i]![1]));
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameTree((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A position tree as JSON (Maps as objects), for failure messages. */
export const show = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x instanceof Map ? Object.fromEntries([...x].map(([k, y]) => [String(k), y])) : x));

/** Documents in plain block style only (LF line ends), with layout edits: what src/manifest/simple.ts reads. */
export const fuzzedBlock = fc
  .record({
    ...documents,
    mutations: fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '   ', ' # c', '\n', '\n\n', '\n# c\n', '\n  # c\n', ' :', '-', ':', '#', ': ', '\n  ', '- ', '"', "'")), { maxLength: 2 }),
  })
  .map(({ docs, styles, markers, leading, trailing, mutations }) => {
    const r = new Renderer(styles, true);
    const text = leading + docs.map((d) => r.document(d)).reduce((acc, d, i) => `${acc}${['---\n', '--- # c\n', '---\n---\n'][markers[(i - 1) % 3]! % 3]!}${d}`) + trailing;
    return mutations.reduce(mutate, text);
  });
