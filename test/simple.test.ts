// The plain-block reader (src/manifest/simple.ts) against the positional path: on every text it reads, the
// documents, their indexes, values and position trees are exactly parseManifest's, which finds no syntax error
// or duplicate key there. Generated corpora, fixtures, ../shared/corpus (when present) and fuzzed documents.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../src/manifest/parse.js';
import { readSimple } from '../src/manifest/simple.js';
import { FIXTURES, ROOT, SHARED, generatedCorpora, manifestFiles } from './helpers.js';
import { fuzzed, fuzzedBlock, fuzzedLayout, sameTree, show, TOKENS } from './yaml-fuzz.js';

/** Both readers on one text; throws (with the text) on any difference. */
function differential(text: string): 'simple' | 'declined' {
  const simple = readSimple(text, true);
  if (!simple) return 'declined';
  const values = readSimple(text, false);
  const positional = parseManifest(text);
  const fail = (what: string): never => {
    throw new Error(`${what}\ntext: ${JSON.stringify(text)}\nsimple: ${show(simple)}\npositional: ${show(positional.documents.map((d) => [d.index, d.value, d.pos]))} ${JSON.stringify(positional.errors)}`);
  };
  if (positional.errors.length > 0) fail('the simple reader read a text with syntax errors');
  if (positional.documents.some((d) => d.problems.length > 0)) fail('the simple reader read a text with duplicate keys');
  const expected = positional.documents.filter((d) => d.value !== null);
  if (expected.length !== simple.length || values?.length !== simple.length) fail('different numbers of documents');
  expected.forEach((d, i) => {
    const s = simple[i]!;
    if (s.index !== d.index) fail(`document index ${s.index}, positional ${d.index}`);
    if (!sameTree(s.value, d.value) || !sameTree(values![i]!.value, d.value)) fail(`different values in document ${d.index}`);
    if (!sameTree(s.pos, d.pos)) fail(`different positions in document ${d.index}`);
  });
  return 'simple';
}

function runDirectory(dir: string): { simple: number; declined: number } {
  const taken = { simple: 0, declined: 0 };
  for (const file of manifestFiles(dir)) taken[differential(readFileSync(file, 'utf8'))]++;
  return taken;
}

const corpora = generatedCorpora('podlint-simple', 300, [1, 2]);

describe('the plain-block reader gives parseManifest values and positions', () => {
  it('on the generated corpora, reading most of their files', () => {
    for (const dir of corpora) {
      const taken = runDirectory(dir);
      expect(taken.simple).toBeGreaterThan(0.6 * (taken.simple + taken.declined));
    }
  });
  it('on every fixture', () => {
    const taken = runDirectory(FIXTURES);
    expect(taken.simple).toBeGreaterThan(50);
  });
  it.skipIf(!existsSync(path.join(SHARED, 'corpus')))('on ../shared/corpus', () => {
    runDirectory(path.join(SHARED, 'corpus'));
  });
  it.skipIf(!existsSync(path.join(SHARED, 'bench', 'gen-corpus.mjs')))('on a corpus of the shared benchmark generator (flow lists, block scalars, chart bundles), reading nine files in ten', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'podlint-simple-shared-'));
    try {
      execFileSync(process.execPath, [path.join(SHARED, 'bench', 'gen-corpus.mjs'), '--out', dir, '--files', '400', '--seed', '7'], { cwd: ROOT, stdio: 'ignore' });
      const taken = runDirectory(dir);
      expect(taken.simple).toBeGreaterThan(0.9 * (taken.simple + taken.declined));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('on fuzzed documents and layouts', () => {
    fc.assert(fc.property(fuzzed, (text) => void differential(text)), { numRuns: 2000 });
    fc.assert(fc.property(fuzzedLayout, (text) => void differential(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (tokens) => void differential(tokens.join(''))), { numRuns: 20000 });
    let read = 0;
    fc.assert(fc.property(fuzzedBlock, (text) => void (differential(text) === 'simple' && read++)), { numRuns: 5000 });
    expect(read).toBeGreaterThan(500);
  });
});

describe('the plain-block reader on hand-written cases', () => {
  const READ: [string, unknown][] = [
    ['a: 1\nb:\n  c: yes\n  d: [] # x\n  e: {}\nf:\n- x\n- "y"\n- \'z\'\'s\'\ng: ~\n', { a: 1, b: { c: true, d: [], e: {} }, f: ['x', 'y', "z's"], g: null }],
    ['items:\n  - name: a\n    image: b\n  -   name: c\n', { items: [{ name: 'a', image: 'b' }, { name: 'c' }] }],
    ['on: 0755\n1.0: off\n"q": -1\n', { true: 493, '1': false, q: -1 }],
    ['a:   # c\nb: http://x:80/y#z\n', { a: null, b: 'http://x:80/y#z' }],
    ['a: |\n  x\n\n    y #\n\nb: |- # c\n  z\nc:\n- |\n   w\n', { a: 'x\n\n  y #\n', b: 'z', c: ['w\n'] }],
    ['args: ["--port", \'8080\', 1, on ,x y]\nc: [ ]\n', { args: ['--port', '8080', 1, true, 'x y'], c: [] }],
  ];
  it.each(READ)('%j', (text, value) => {
    expect(readSimple(text)?.map((d) => d.value)).toEqual([value]);
    expect(differential(text)).toBe('simple');
  });
  const DECLINED = ['a: >\n  x\n', 'a: |+\n  x\n', 'a: |2\n  x\n', 'a: |\n\n  x\n', 'a: |\n  x', 'a: |\nb: 1\n', 'a: [b: 1]\n', 'a: [[1]]\n', 'a: [1,]\n', 'a: [1,\n  2]\n', 'a: {b: 1}\n', 'a: &x 1\n', 'a: *x\n', 'a: !!str 1\n', 'a: "x\\ny"\n', 'a: b\n  c\n', 'a: 1\na: 2\n', '<<: {}\n', '? a\n: b\n', 'a: 1\r\n', 'x\n', 'a: "x\n  y"\n', '- - a\n', '...\n', 'a: b: c\n'];
  it.each(DECLINED)('declines %j', (text) => {
    expect(readSimple(text)).toBeUndefined();
  });
});
