// Position trees on the fast path (src/manifest/fast-positions.ts) against the positional path (`yaml`,
// parseManifest): on every text the fast path reads (generated corpora, the fixtures, ../shared/corpus when
// present, fuzzed documents), `fastPositions` gives either nothing (the caller falls back to parseManifest) or
// exactly parseManifest's position tree for every non-null document: the same spans, and the same children in the
// same order with the same properties. On the generated corpora it almost never falls back.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../src/manifest/fast.js';
import { fastPositions } from '../src/manifest/fast-positions.js';
import { parseManifest } from '../src/manifest/parse.js';
import type { PosNode } from '../src/manifest/parse.js';
import { FIXTURES, SHARED, generatedCorpora, manifestFiles } from './helpers.js';
import { fuzzed, fuzzedLayout, sameTree, show, TOKENS } from './yaml-fuzz.js';

const SHARED_CORPUS = path.join(SHARED, 'corpus');

/** Deep equality with the same Map entry order, the same own property names (even undefined ones) and Object.is. */
type Outcome = 'declined' | 'invalid' | 'fallback' | 'exact';

/**
 * Positions of one text: 'declined' when the fast path does not read it, 'fallback' when fastPositions gives
 * nothing, 'exact' when it gives parseManifest's trees. Throws (with the text) on any difference. 'invalid' when
 * the fast path reads a text in which parseManifest finds a syntax error: there are no positions to compare
 * (the fast path should decline such texts: test/fast-path.test.ts; only fuzzed texts may be 'invalid' here, as
 * `{a: 1\n# c\n, b: 2}` was when this test was written).
 */
function differential(text: string): Outcome {
  if (!parseFast(text).ok) return 'declined';
  const fast = fastPositions(text);
  if (fast === undefined) return 'fallback';
  const positional = parseManifest(text);
  if (positional.errors.length > 0) return 'invalid';
  const expected = new Map<number, PosNode>(positional.documents.filter((d) => d.value !== null).map((d) => [d.index, d.pos]));
  if (!sameTree(fast, expected)) throw new Error(`different positions\ntext: ${JSON.stringify(text)}\nfast:       ${show(fast)}\npositional: ${show(expected)}`);
  return 'exact';
}

function runDirectory(dir: string): Record<Outcome, string[]> {
  const taken = { declined: [] as string[], invalid: [] as string[], fallback: [] as string[], exact: [] as string[] };
  for (const file of manifestFiles(dir)) taken[differential(readFileSync(file, 'utf8'))].push(file);
  expect(taken.invalid).toEqual([]);
  return taken;
}

const corpora = generatedCorpora('podlint-fastpos', 300, [1, 2]);

describe('fastPositions gives parseManifest positions on real files', () => {
  it('on the generated corpora (seeds 1 and 2), falling back on under 1% of the files the fast path reads', () => {
    for (const dir of corpora) {
      const taken = runDirectory(dir);
      const read = taken.exact.length + taken.fallback.length;
      expect(read).toBeGreaterThan(200);
      expect(taken.exact.length).toBeGreaterThanOrEqual(0.99 * read);
    }
  });
  it('on every fixture', () => {
    const taken = runDirectory(FIXTURES);
    expect(taken.exact.length).toBeGreaterThan(0.9 * (taken.exact.length + taken.fallback.length));
  });
  it.skipIf(!existsSync(SHARED_CORPUS))('on ../shared/corpus', () => {
    const taken = runDirectory(SHARED_CORPUS);
    expect(taken.exact.length).toBeGreaterThan(0.9 * (taken.exact.length + taken.fallback.length));
  });
});

describe('fastPositions: spans of each kind of node', () => {
  const at = (start: number, end: number): { start: number; end: number } => ({ start, end });
  const CASES: [string, string, Map<number, PosNode>][] = [
    [
      'block scalars: end after their last line, less trailing blank lines; an empty one after its header',
      'a: |\n  x\n\n\nb: >-\n  y\n  z\nc: |\nd: 1\n',
      new Map([[0, { value: at(0, 34), children: new Map<string | number, PosNode>([
        ['a', { key: at(0, 1), value: at(3, 9), children: undefined, alias: undefined }],
        ['b', { key: at(11, 12), value: at(14, 25), children: undefined, alias: undefined }],
        ['c', { key: at(25, 26), value: at(28, 30), children: undefined, alias: undefined }],
        ['d', { key: at(30, 31), value: at(33, 34), children: undefined, alias: undefined }],
      ]) }]]),
    ],
    [
      'a block scalar keeps a trailing blank line holding more spaces than its indentation',
      'a: |\n  x\n   \n\nb: 1\n',
      new Map([[0, { value: at(0, 18), children: new Map<string | number, PosNode>([
        ['a', { key: at(0, 1), value: at(3, 13), children: undefined, alias: undefined }],
        ['b', { key: at(14, 15), value: at(17, 18), children: undefined, alias: undefined }],
      ]) }]]),
    ],
    ['a block scalar at the end of a text without a line break', 'a: |\n  x', new Map([[0, { value: at(0, 8), children: new Map<string | number, PosNode>([['a', { key: at(0, 1), value: at(3, 8), children: undefined, alias: undefined }]]) }]])],
    [
      'empty values: after the `:` and its spaces, before a comment',
      'a:   # c\nb:\nc:  \nd: 1\n',
      new Map([[0, { value: at(0, 21), children: new Map<string | number, PosNode>([
        ['a', { key: at(0, 1), value: at(5, 5), children: undefined, alias: undefined }],
        ['b', { key: at(9, 10), value: at(11, 11), children: undefined, alias: undefined }],
        ['c', { key: at(12, 13), value: at(16, 16), children: undefined, alias: undefined }],
        ['d', { key: at(17, 18), value: at(20, 21), children: undefined, alias: undefined }],
      ]) }]]),
    ],
    [
      'comments before, between and after nodes; a plain scalar on two lines',
      '# head\na: # c\n  # c\n  b: x\n     y  # c\n',
      new Map([[0, { value: at(7, 33), children: new Map<string | number, PosNode>([
        ['a', { key: at(7, 8), value: at(22, 33), children: new Map<string | number, PosNode>([['b', { key: at(22, 23), value: at(25, 33), children: undefined, alias: undefined }]]), alias: undefined }],
      ]) }]]),
    ],
    [
      'flow collections in block collections',
      '- [1, 2 ]\n- {x: y}\n- k: [a,\n    b]\n',
      new Map([[0, { value: at(0, 34), children: new Map<string | number, PosNode>([
        [0, { value: at(2, 9), children: new Map<string | number, PosNode>([[0, { value: at(3, 4) }], [1, { value: at(6, 7) }]]) }],
        [1, { value: at(12, 18), children: new Map<string | number, PosNode>([['x', { key: at(13, 14), value: at(16, 17), children: undefined, alias: undefined }]]) }],
        [2, { value: at(21, 34), children: new Map<string | number, PosNode>([
          ['k', { key: at(21, 22), value: at(24, 34), children: new Map<string | number, PosNode>([[0, { value: at(25, 26) }], [1, { value: at(32, 33) }]]), alias: undefined }],
        ]) }],
      ]) }]]),
    ],
    [
      'several documents, empty ones left out',
      '# c\n\na: "q"\n---\n---\n- x\n...\n',
      new Map<number, PosNode>([
        [0, { value: at(5, 11), children: new Map<string | number, PosNode>([['a', { key: at(5, 6), value: at(8, 11), children: undefined, alias: undefined }]]) }],
        [2, { value: at(20, 23), children: new Map<string | number, PosNode>([[0, { value: at(22, 23) }]]) }],
      ]),
    ],
    [
      'CRLF line breaks',
      'a:\r\nb: \'q\' # c\r\nc: |\r\n  x\r\n\r\nd:\r\n- 1\r\n',
      new Map([[0, { value: at(0, 36), children: new Map<string | number, PosNode>([
        ['a', { key: at(0, 1), value: at(2, 2), children: undefined, alias: undefined }],
        ['b', { key: at(4, 5), value: at(7, 10), children: undefined, alias: undefined }],
        ['c', { key: at(16, 17), value: at(19, 27), children: undefined, alias: undefined }],
        ['d', { key: at(29, 30), value: at(33, 36), children: new Map<string | number, PosNode>([[0, { value: at(35, 36) }]]), alias: undefined }],
      ]) }]]),
    ],
    ['a scalar document', '--- # c\n12   # c\n', new Map([[0, { value: at(8, 10) }]])],
    ['keys in text order, numeric keys included', 'b: 1\n1: 2\n', new Map([[0, { value: at(0, 9), children: new Map<string | number, PosNode>([
      ['b', { key: at(0, 1), value: at(3, 4), children: undefined, alias: undefined }],
      ['1', { key: at(5, 6), value: at(8, 9), children: undefined, alias: undefined }],
    ]) }]])],
  ];
  it.each(CASES)('%s', (_what, text, expected) => {
    expect(parseFast(text).ok).toBe(true);
    const fast = fastPositions(text);
    expect(fast && show(fast)).toBe(show(expected));
    expect(sameTree(fast, expected)).toBe(true);
    expect(differential(text)).toBe('exact');
  });

  const FALLBACK: [string, string][] = [
    ['a key without a value in a flow mapping', '{a, b: 1}\n'],
    ['an empty value in a flow mapping', 'a: {b: }\n'],
    ['a single-pair mapping in a flow sequence', '- [a: 1, b]\n'],
    ['an empty block scalar, then spaces ending the text', 'a: >\n   '],
  ];
  it.each(FALLBACK)('falls back: %s', (_what, text) => {
    expect(parseFast(text).ok).toBe(true);
    expect(fastPositions(text)).toBeUndefined();
  });

  it('never throws, even on texts the fast path declines', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: [1, 2\n', '\0', 'a: !!str 1\n', '? a\n: b\n', 'a:\t1\n']) expect(() => fastPositions(text)).not.toThrow();
  });
});

describe('fastPositions gives parseManifest positions on fuzzed documents', () => {
  function run(arbitrary: fc.Arbitrary<string>, numRuns: number): Record<Outcome, number> {
    const taken = { declined: 0, invalid: 0, fallback: 0, exact: 0 };
    fc.assert(
      fc.property(arbitrary, (text) => {
        taken[differential(text)]++;
      }),
      { numRuns },
    );
    return taken;
  }
  it('rendered manifests (block, flow, quoted, plain and block scalars, comments, empty values, markers, CRLF)', () => {
    const taken = run(fuzzed, 3000);
    expect(taken.exact).toBeGreaterThan(500);
  });
  it('the same with spaces, comments and blank lines inserted', () => {
    const taken = run(fuzzedLayout, 3000);
    expect(taken.exact).toBeGreaterThan(300);
  });
  it('block scalars: lines of spaces, content and comments at any indentation, then a key, a marker or the end', () => {
    const line = fc.tuple(fc.nat(5), fc.constantFrom('', '', 'x', 'x  ', '# c', 'x # c', '- y'));
    const text = fc
      .record({
        outer: fc.constantFrom('', '- ', 'a:\n  ', '- k: v\n  '),
        header: fc.constantFrom('|', '>', '|-', '>-', '| # c', '>  '),
        lines: fc.array(line, { maxLength: 6 }),
        after: fc.constantFrom('', 'b: 1\n', '---\n', '...\n', '# c\n', '- z\n', '  c: 2\n'),
        eol: fc.constantFrom('\n', '\r\n'),
        last: fc.boolean(),
      })
      .map(({ outer, header, lines, after, eol, last }) => {
        const body = lines.map(([n, content]) => ' '.repeat(n) + content).join('\n');
        const t = `${outer}key: ${header}\n${body}${last ? '\n' : ''}${last ? after : ''}`;
        return eol === '\n' ? t : t.replace(/\n/g, eol);
      });
    const taken = run(text, 5000);
    expect(taken.exact).toBeGreaterThan(500);
  });
  it('token soup', () => {
    const taken = run(fc.array(fc.constantFrom(...TOKENS), { maxLength: 16 }).map((tokens) => tokens.join('')), 20000);
    expect(taken.exact).toBeGreaterThan(1000);
  });
});
