// The benchmark's corpus through every reader: each file the plain-block reader (readSimple) or js-yaml
// (parseFast) reads must give exactly the documents, values and positions (fastPositions, readSimple with
// positions) of the positional path, which must find no syntax error or duplicate key there. The 2 000-file
// corpus of `npm run bench` (seed 1) by default; PODLINT_DIFF_FILES=20000 runs the 20 000-file one (slow).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fastPositions } from '../src/manifest/fast-positions.js';
import { parseFast } from '../src/manifest/fast.js';
import { parseManifest } from '../src/manifest/parse.js';
import { readSimple } from '../src/manifest/simple.js';
import { generateCorpus, manifestFiles } from './helpers.js';
import { sameTree, show } from './yaml-fuzz.js';

const FILES = Number(process.env['PODLINT_DIFF_FILES'] ?? '2000');
const dir = mkdtempSync(path.join(os.tmpdir(), 'podlint-diff-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`every reader agrees with the positional path on the ${FILES}-file benchmark corpus`, () => {
  it('values, indexes and positions of every document of every file', () => {
    generateCorpus(dir, FILES, 1);
    const taken = { simple: 0, fast: 0, positional: 0 };
    for (const file of manifestFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      const simple = readSimple(text, true);
      const fast = parseFast(text);
      if (!simple && !fast.ok) {
        taken.positional++;
        continue;
      }
      const positional = parseManifest(text);
      const fail = (what: string): never => {
        throw new Error(`${file}: ${what}\npositional: ${show(positional.documents.map((d) => [d.index, d.value]))} ${JSON.stringify(positional.errors)}`);
      };
      if (positional.errors.length > 0 || positional.documents.some((d) => d.problems.length > 0)) fail('a fast reader read a text with syntax errors or duplicate keys');
      const expected = positional.documents.filter((d) => d.value !== null);
      if (simple) {
        taken.simple++;
        if (simple.length !== expected.length) fail('readSimple: different numbers of documents');
        expected.forEach((d, i) => {
          const s = simple[i]!;
          if (s.index !== d.index || !sameTree(s.value, d.value) || !sameTree(s.pos, d.pos)) fail(`readSimple differs in document ${d.index}`);
        });
      }
      if (fast.ok) {
        if (!simple) taken.fast++;
        if (fast.documents.length !== expected.length) fail('parseFast: different numbers of documents');
        const positions = fastPositions(text);
        expected.forEach((d, i) => {
          const f = fast.documents[i]!;
          if (f.index !== d.index || !sameTree(f.value, d.value)) fail(`parseFast differs in document ${d.index}`);
          if (positions && !sameTree(positions.get(d.index), d.pos)) fail(`fastPositions differs in document ${d.index}`);
        });
      }
    }
    expect(taken.simple + taken.fast + taken.positional).toBeGreaterThanOrEqual(FILES);
    expect(taken.simple).toBeGreaterThan(0.9 * FILES);
  }, 600_000);
});
