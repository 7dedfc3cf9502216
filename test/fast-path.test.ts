// The fast path (js-yaml, src/manifest/fast.ts) against the positional path (`yaml`, parseManifest): on every
// file of generated corpora, the fixtures, ../shared/corpus (when present) and fuzzed documents, a file the
// fast path reads must give exactly the documents, indexes and values of the positional path, which must find
// no syntax error or duplicate key in it. Whole lint reports are byte-identical with the fast path on and off.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ConfigResolver } from '../src/core/config.js';
import { LintSession, setFastPathDefault } from '../src/core/engine.js';
import { lintText } from '../src/index.js';
import { declineReason, declineReasonSlow, parseFast } from '../src/manifest/fast.js';
import * as parse from '../src/manifest/parse.js';
import * as fastPositionsModule from '../src/manifest/fast-positions.js';
import { lintFiles } from '../src/node/lint-files.js';
import { ALL_RULES, FIXTURES, ROOT, SHARED, generatedCorpora, manifestFiles } from './helpers.js';
import { fuzzed, TOKENS } from './yaml-fuzz.js';

// Count positional parses (and position reads on the fast path), to check that positions are computed only on demand.
vi.mock('../src/manifest/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof parse>();
  return { ...original, parseManifest: vi.fn(original.parseManifest) };
});
vi.mock('../src/manifest/fast-positions.js', async (importOriginal) => {
  const original = await importOriginal<typeof fastPositionsModule>();
  return { ...original, fastPositions: vi.fn(original.fastPositions) };
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
  // The prefiltered decline tests answer as the plain list does.
  if (declineReason(text) !== declineReasonSlow(text)) throw new Error(`decline tests disagree (${declineReason(text)} vs ${declineReasonSlow(text)}) on ${JSON.stringify(text)}`);
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

function runDirectory(dir: string): { fast: string[]; positional: string[] } {
  const taken = { fast: [] as string[], positional: [] as string[] };
  for (const file of manifestFiles(dir)) taken[differential(readFileSync(file, 'utf8'))].push(file);
  return taken;
}

const corpora = generatedCorpora('podlint-fast', 300, [1, 2]);

describe('fast path and positional path agree on real files', () => {
  it('on the generated corpora (seeds 1 and 2): every file, and files with anchors take the positional path', () => {
    for (const dir of corpora) {
      const taken = runDirectory(dir);
      expect(taken.fast.length + taken.positional.length).toBeGreaterThanOrEqual(300);
      expect(taken.fast.length).toBeGreaterThan(0);
      for (const file of taken.fast) expect(readFileSync(file, 'utf8')).not.toMatch(/&[a-z]/);
      for (const file of manifestFiles(dir)) {
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
    ['a comment line before a comma in a flow mapping', '{a: 1\n# c\n, b: 2}\n'],
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
    for (const file of manifestFiles(FIXTURES)) {
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
    const fastPositions = vi.mocked(fastPositionsModule.fastPositions);
    parseManifest.mockClear();
    fastPositions.mockClear();
    const session = new LintSession([], resolver, { fastPath: true });
    const objects = session.addFile({ path: 'list.yaml', text: LIST });
    expect(objects.map((o) => [o.kind, o.document, o.basePath.join('.')])).toEqual([['Pod', 0, 'items.0'], ['ConfigMap', 0, 'items.1'], ['Pod', 1, '']]);
    session.lintObjects(objects);
    session.report();
    expect(parseManifest).not.toHaveBeenCalled();
    expect(fastPositions).not.toHaveBeenCalled();
    // The same positions as the positional path gives.
    const positional = new LintSession([], resolver, { fastPath: false }).addFile({ path: 'list.yaml', text: LIST });
    expect(parseManifest).toHaveBeenCalledTimes(1);
    for (const [i, o] of objects.entries()) {
      expect(o.pos).toEqual(positional[i]!.pos);
      expect(o.lines.region({ start: 20, end: 40 })).toEqual(positional[i]!.lines.region({ start: 20, end: 40 }));
    }
    // Read once for the whole file, by js-yaml again (fastPositions), not by the positional parser.
    expect(fastPositions).toHaveBeenCalledTimes(1);
    expect(parseManifest).toHaveBeenCalledTimes(1);
  });
  it('forced off, every file is parsed with parseManifest', () => {
    const parseManifest = vi.mocked(parse.parseManifest);
    parseManifest.mockClear();
    new LintSession([], resolver, { fastPath: false }).addFile({ path: 'pod.yaml', text: POD });
    expect(parseManifest).toHaveBeenCalledTimes(1);
  });
});
