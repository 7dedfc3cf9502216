// The fast path (js-yaml, src/manifest/fast.ts) against the positional path (`yaml`, parseManifest): on every
// file of generated corpora, the fixtures, ../shared/corpus (when present) and fuzzed documents, a file the
// fast path reads must give exactly the documents, indexes and values of the positional path, which must find
// no syntax error or duplicate key in it. Whole lint reports are byte-identical with the fast path on and off.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigResolver } from '../src/core/config.js';
import { LintSession, setFastPathDefault } from '../src/core/engine.js';
import { lintText } from '../src/index.js';
import { parseFast } from '../src/manifest/fast.js';
import * as parse from '../src/manifest/parse.js';
import { lintFiles } from '../src/node/lint-files.js';
import { ALL_RULES, FIXTURES, ROOT, SHARED } from './helpers.js';

// Count positional parses, to check that positions are computed only on demand.
vi.mock('../src/manifest/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof parse>();
  return { ...original, parseManifest: vi.fn(original.parseManifest) };
});

const SHARED_CORPUS = path.join(SHARED, 'corpus');

/** Deep equality that also requires the same key order, the same prototypes and Object.is on numbers. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Both paths on one text. Throws (with the text) on any difference; returns which path the engine takes.
 * The positional path is the reference: its non-null documents, in order, with their indexes and values.
 */
function differential(text: string): 'fast' | 'positional' {
  const fast = parseFast(text);
  if (!fast.ok) return 'positional';
  const positional = parse.parseManifest(text);
  const fail = (what: string): never => {
    throw new Error(`${what}\ntext: ${JSON.stringify(text)}\nfast: ${JSON.stringify(fast.documents)}\npositional: ${JSON.stringify(positional.documents.map((d) => [d.index, d.value]))} ${JSON.stringify(positional.errors)}`);
  };
  if (positional.errors.length > 0) fail('the fast path read a text with syntax errors');
  if (positional.documents.some((d) => d.problems.length > 0)) fail('the fast path read a text with duplicate keys');
  const expected = positional.documents.filter((d) => d.value !== null);
  if (expected.length !== fast.documents.length) fail('different numbers of documents');
  expected.forEach((d, i) => {
    const f = fast.documents[i]!;
    if (f.index !== d.index) fail(`document index ${f.index} on the fast path, ${d.index} on the positional path`);
    if (!same(f.value, d.value)) fail(`different values in document ${d.index}`);
  });
  return 'fast';
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out;
}

function runDirectory(dir: string): { fast: string[]; positional: string[] } {
  const taken = { fast: [] as string[], positional: [] as string[] };
  for (const file of filesUnder(dir)) taken[differential(readFileSync(file, 'utf8'))].push(file);
  return taken;
}

const corpora: string[] = [];
beforeAll(() => {
  for (const seed of [1, 2]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `podlint-fast-${seed}-`));
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bench', 'gen-corpus.mjs'), '--out', dir, '--files', '300', '--seed', String(seed)], { stdio: 'ignore' });
    corpora.push(dir);
  }
});
afterAll(() => {
  for (const dir of corpora) rmSync(dir, { recursive: true, force: true });
});

describe('fast path and positional path agree on real files', () => {
  it('on the generated corpora (seeds 1 and 2): every file, and files with anchors take the positional path', () => {
    for (const dir of corpora) {
      const taken = runDirectory(dir);
      expect(taken.fast.length + taken.positional.length).toBeGreaterThanOrEqual(300);
      expect(taken.fast.length).toBeGreaterThan(0);
      for (const file of taken.fast) expect(readFileSync(file, 'utf8')).not.toMatch(/&[a-z]/);
      for (const file of filesUnder(dir)) {
        if (/(?:^|[ ])[&*][a-z]/m.test(readFileSync(file, 'utf8'))) expect(taken.positional).toContain(file);
      }
    }
  });
  it('on every fixture, most of which take the fast path', () => {
    const taken = runDirectory(FIXTURES);
    expect(taken.fast.length).toBeGreaterThan(0.9 * (taken.fast.length + taken.positional.length));
  });
  it.skipIf(!existsSync(SHARED_CORPUS))('on ../shared/corpus', () => {
    const taken = runDirectory(SHARED_CORPUS);
    expect(taken.fast.length).toBeGreaterThan(0.8 * (taken.fast.length + taken.positional.length));
  });
});

describe('fast path: values as kubectl reads them, and when it declines', () => {
  const READ: [string, unknown[]][] = [
    ['a: yes\nb: "yes"\nc: \'on\'\nd: |\n  0755\ne: 0755\nh: [on, off, "1_0", y, n, ~, 0o17, 1_000, 1:30, .inf, 2001-12-14]\n', [{ a: true, b: 'yes', c: 'on', d: '0755\n', e: 493, h: [true, false, '1_0', true, false, null, 15, 1000, '1:30', '.inf', '2001-12-14'] }]],
    ['on: 1\n0x10: 2\nnull: 3\n1.0: 5\n', [{ true: 1, '16': 2, null: 3, '1': 5 }]],
    ['a:\nb: ""\nc: \'\'\n', [{ a: null, b: '', c: '' }]],
    ['{"apiVersion": "v1", "n": 1e3, "m": -0, "s": "\\u00e9\\n"}\n', [{ apiVersion: 'v1', n: 1000, m: -0, s: 'é\n' }]],
    ['a: 1\r\nb: |\r\n  x\r\n  y\r\n', [{ a: 1, b: 'x\ny\n' }]],
  ];
  it.each(READ)('%j', (text, values) => {
    const r = parseFast(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.documents.map((d) => d.value)).toEqual(values);
    expect(differential(text)).toBe('fast');
  });

  // Document indexes: empty documents, a leading `---`, `...` markers and comment-only documents.
  const INDEXES: [string, number[]][] = [
    ['a: 1\n', [0]],
    ['---\na: 1\n', [0]],
    ['# head\n---\na: 1\n---\nb: 2\n', [0, 1]],
    ['---\n---\na: 1\n', [1]],
    ['a: 1\n---\n# only a comment\n---\nb: 2\n', [0, 2]],
    ['a: 1\n...\n---\nb: 2\n...\n', [0, 1]],
    ['a: 1\n...\nb: 2\n', [0, 1]],
    ['...\na: 1\n', [1]],
    ['a: 1\n...\n...\nb: 1\n', [0, 2]],
    ['---\n~\n---\nnull\n---\na: 1\n---\n', [2]],
    ['# nothing\n', []],
    ['', []],
  ];
  it.each(INDEXES)('indexes of %j', (text, indexes) => {
    const r = parseFast(text);
    expect(r.ok && r.documents.map((d) => d.index)).toEqual(indexes);
    expect(parse.parseManifest(text).documents.filter((d) => d.value !== null).map((d) => d.index)).toEqual(indexes);
  });

  const DECLINED: [string, string][] = [
    ['anchor and alias', 'a: &x 1\nb: *x\n'],
    ['merge key', 'a: {p: 1}\nb:\n  <<: {p: 2}\n'],
    ['explicit tag', 'a: !!str 0755\n'],
    ['non-specific tag', 'a: ! 12\n'],
    ['local tag', 'a: !thing 12\n'],
    ['tagged collection', 'a: !!map\n  b: 1\n'],
    ['tag dropped by an empty node', '--- &a !!str\n---\n- x\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
    ['keys equal once resolved', 'on: 1\ntrue: 2\n'],
    ['byte-order mark', '\uFEFFa: 1\n'],
    ['syntax error', 'a: [1, 2\n'],
    ['flow sequence not indented enough', 'a: [1,\n2]\n'],
    ['mapping as a key', 'a: {{cell}}\n'],
    ['sequence as a key', '[a, b]: 1\n'],
    ['explicit key', '? a\n: 1\n'],
    ['directive', '%YAML 1.1\n---\na: 1\n'],
    ['tab', 'a:\t1\n'],
    ['empty item then a less indented one', '-\n  -\n- x\n'],
    ['text after ---', '--- a: 1\n'],
    ['indentation indicator', 'a: |2\n   x\n'],
    ['__proto__', '__proto__: {a: 1}\n'],
  ];
  it.each(DECLINED)('declines: %s', (_what, text) => {
    expect(parseFast(text).ok).toBe(false);
  });
});

// Fuzzed documents: manifests with YAML-1.1-tricky scalars, plain and quoted, block and flow, several
// documents, comments, empty documents, CRLF, and small mutations.
const TRICKY = [
  'yes', 'Yes', 'YES', 'no', 'No', 'on', 'On', 'ON', 'off', 'Off', 'y', 'Y', 'n', 'N', 'true', 'False', 'TRUE', 'yES',
  '~', 'null', 'Null', 'NULL', '', '0', '0755', '0o17', '0O17', '0x1F', '-0x10', '0b101', '1_000', '_1', '1_', '08', '09',
  '1:30', '190:20:30', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '1e3', '1E3', '1.', '.5', '+42', '-0', '6.02e+23', '1e',
  '2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '9223372036854775807', '18446744073709551616',
  'nginx:1.27', '1.2.3', 'v1', '-', '+', '.', '1-2', '0.0.0.0', 'a b', 'a: b', '#x', 'x #y', 'x#y', '- x', '[a]', '{b}',
  "'q'", '"dq"', 'é', '😀', 'a\\b', 'multi\nline', 'two\n\nbreaks', 'trailing ', ' leading', '?', ':', '%x', '@x', '`x',
  '!x', '&x', '*x', '<<', '|', '>', '---', '...', 'a,b', 'k8s.io/name', 'http://x:80/p?q=1#f', '"', "'", '\\', 'x\n',
];
const scalarText = fc.constantFrom(...TRICKY);
const word = fc.constantFrom('name', 'image', 'ports', 'labels', 'app', 'value', 'x', 'enabled', 'spec', 'items');
const key = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: scalarText });

type Tree = { t: 'scalar'; v: string } | { t: 'map'; entries: [string, Tree][] } | { t: 'seq'; items: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText.map((v): Tree => ({ t: 'scalar', v })),
    fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }).map((entries): Tree => ({ t: 'map', entries })),
    fc.array(tie('node'), { maxLength: 4 }).map((items): Tree => ({ t: 'seq', items })),
  ),
})).node;

/** Style choices, consumed in order while rendering (cycled). */
type Styles = number[];
class Renderer {
  private i = 0;
  constructor(private readonly styles: Styles) {}
  private pick(n: number): number {
    const s = this.styles[this.i++ % this.styles.length] ?? 0;
    return s % n;
  }
  scalar(v: string, flow: boolean, indent: string): string {
    const style = this.pick(flow ? 3 : 4);
    if (style === 0) return v.replace(/\n/g, `\n${indent}  `);
    if (style === 1) return `'${v.replace(/'/g, "''").replace(/\n/g, `\n${indent}  `)}'`;
    if (style === 2 || v.trim() === '' || v.startsWith(' ')) return JSON.stringify(v);
    const header = ['|', '|-', '>', '>-'][this.pick(4)]!;
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
    if (node.t === 'scalar' || this.pick(4) === 0 || (node.t === 'map' ? node.entries.length : node.items.length) === 0) {
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
    return size > 0 && this.pick(6) !== 0 ? this.body(node, '') : `${this.flow(node, '')}\n`;
  }
}

const manifest = fc.record({ kind: fc.constantFrom('Pod', 'Deployment', 'ConfigMap', 'List'), body: tree }).map(({ kind, body }): Tree => ({
  t: 'map',
  entries: [['apiVersion', { t: 'scalar', v: 'v1' }], ['kind', { t: 'scalar', v: kind }], ['metadata', { t: 'map', entries: [['name', { t: 'scalar', v: 'web' }]] }], ['spec', body]],
}));

const MARKERS = ['---\n', '---\n', '---\n', '...\n---\n', '---\n# only a comment\n---\n', '---\n---\n', '...\n', '--- # c\n'];
const fuzzed = fc
  .record({
    docs: fc.array(fc.oneof({ weight: 3, arbitrary: manifest }, { weight: 1, arbitrary: tree }), { minLength: 1, maxLength: 3 }),
    styles: fc.array(fc.nat(7), { minLength: 1, maxLength: 40 }),
    markers: fc.array(fc.nat(MARKERS.length - 1), { minLength: 3, maxLength: 3 }),
    leading: fc.constantFrom('', '---\n', '# head\n', '# head\n---\n', '\n'),
    trailing: fc.constantFrom('', '---\n', '...\n', '# tail\n', '\n\n'),
    crlf: fc.boolean(),
    mutation: fc.option(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '\n', '-', ':', '#', '"', "'", '[', '{', ']', ',', '- ', ': ', 'x')), { freq: 3 }),
  })
  .map(({ docs, styles, markers, leading, trailing, crlf, mutation }) => {
    const r = new Renderer(styles);
    let text = leading + docs.map((d) => r.document(d)).reduce((acc, d, i) => `${acc}${MARKERS[markers[(i - 1) % 3]!]!}${d}`);
    text += trailing;
    if (mutation) {
      const at = mutation[0] % (text.length + 1);
      text = mutation[1] === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + mutation[1] + text.slice(at);
    }
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

describe('fast path and positional path agree on fuzzed documents', () => {
  it('rendered manifests (block, flow, quoted, plain, comments, markers, CRLF, mutations)', () => {
    const taken = { fast: 0, positional: 0 };
    fc.assert(
      fc.property(fuzzed, (text) => {
        taken[differential(text)]++;
      }),
      { numRuns: 3000 },
    );
    // The property must exercise the fast path, not only the fallback.
    expect(taken.fast).toBeGreaterThan(500);
  });
  const TOKENS = [
    'a', 'yes', 'on', '0755', '~', '"x"', "'y'", ':', ': ', ' ', '  ', '\n', '\r\n', '- ', '-', '[', ']', '{', '}', ', ', '#c', ' #c',
    '---', '...', '\n---\n', '|', '>', '|-', '"', "'", '\\', '@', '%', '1:30', '0x1F', 'k: v', '\n  ', '\n    ', '\n- ', '\n  - ',
    '"\\x41"', '"\\u00e9"', '"\\/"', '"\\N"', 'é', '? ', '*', '&', '!', '<<', '"a\n  b"', "'a\n\n b'", 'a\n b',
  ];
  it('token soup (mostly invalid YAML): the fast path never accepts what the positional path refuses', () => {
    const taken = { fast: 0, positional: 0 };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 16 }), (tokens) => {
        taken[differential(tokens.join(''))]++;
      }),
      { numRuns: 20000 },
    );
    expect(taken.fast).toBeGreaterThan(1000);
  });
});

describe('whole reports with the fast path on and off', () => {
  function bothWays<T>(run: () => T): [T, T] {
    const before = setFastPathDefault(true);
    try {
      const fast = run();
      setFastPathDefault(false);
      return [fast, run()];
    } finally {
      setFastPathDefault(before);
    }
  }
  async function bothWaysAsync<T>(run: () => Promise<T>): Promise<[T, T]> {
    const before = setFastPathDefault(true);
    try {
      const fast = await run();
      setFastPathDefault(false);
      return [fast, await run()];
    } finally {
      setFastPathDefault(before);
    }
  }

  it('lintText gives byte-identical reports on every fixture', () => {
    for (const file of filesUnder(FIXTURES)) {
      const text = readFileSync(file, 'utf8');
      const [fast, positional] = bothWays(() => JSON.stringify(lintText(text, { filename: path.relative(ROOT, file), kubernetesVersion: '1.35', today: '2026-06-01' })));
      expect(fast, file).toBe(positional);
    }
  });
  it('lintText gives byte-identical reports on fuzzed manifests', () => {
    fc.assert(
      fc.property(fuzzed, (text) => {
        const [fast, positional] = bothWays(() => JSON.stringify(lintText(text, { today: '2026-06-01' })));
        expect(fast).toBe(positional);
      }),
      { numRuns: 300 },
    );
  });
  it('lintFiles gives byte-identical reports on the generated corpora and the fixtures', async () => {
    for (const dir of [...corpora, FIXTURES]) {
      const [fast, positional] = await bothWaysAsync(async () => JSON.stringify(await lintFiles([dir], { cwd: dir, configLookup: false, overrides: { today: '2026-06-01' } })));
      expect(fast.length).toBeGreaterThan(100);
      expect(fast).toBe(positional);
    }
  });
  it.skipIf(!existsSync(SHARED_CORPUS))('lintFiles gives byte-identical reports on ../shared/corpus', async () => {
    const [fast, positional] = await bothWaysAsync(async () => JSON.stringify(await lintFiles([SHARED_CORPUS], { cwd: SHARED_CORPUS, configLookup: false, overrides: { today: '2026-06-01' } })));
    expect(fast).toBe(positional);
  });
});

describe('positions on demand', () => {
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx\n';
  const LIST = `apiVersion: v1\nkind: List\nitems:\n  - ${POD.trimEnd().replace(/\n/g, '\n    ')}\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: c}\n---\n${POD}`;
  const resolver = new ConfigResolver({}, ALL_RULES, { today: '2026-06-01' });

  it('a file on the fast path is parsed for positions once, and only when a position is asked for', () => {
    const parseManifest = vi.mocked(parse.parseManifest);
    parseManifest.mockClear();
    const session = new LintSession([], resolver, { fastPath: true });
    const objects = session.addFile({ path: 'list.yaml', text: LIST });
    expect(objects.map((o) => [o.kind, o.document, o.basePath.join('.')])).toEqual([['Pod', 0, 'items.0'], ['ConfigMap', 0, 'items.1'], ['Pod', 1, '']]);
    session.lintObjects(objects);
    session.report();
    expect(parseManifest).not.toHaveBeenCalled();
    // The same positions as the positional path gives.
    const positional = new LintSession([], resolver, { fastPath: false }).addFile({ path: 'list.yaml', text: LIST });
    expect(parseManifest).toHaveBeenCalledTimes(1);
    for (const [i, o] of objects.entries()) {
      expect(o.pos).toEqual(positional[i]!.pos);
      expect(o.lines.region({ start: 20, end: 40 })).toEqual(positional[i]!.lines.region({ start: 20, end: 40 }));
    }
    expect(parseManifest).toHaveBeenCalledTimes(2);
  });
  it('forced off, every file is parsed with parseManifest', () => {
    const parseManifest = vi.mocked(parse.parseManifest);
    parseManifest.mockClear();
    new LintSession([], resolver, { fastPath: false }).addFile({ path: 'pod.yaml', text: POD });
    expect(parseManifest).toHaveBeenCalledTimes(1);
  });
});
