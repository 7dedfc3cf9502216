// Real manifests written by others (../shared/corpus, kubernetes/examples): no internal error, and every
// validity finding is a real upstream mistake, listed and explained here. Skips where the folder is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/node/lint-files.js';
import { SHARED } from './helpers.js';

const CORPUS = path.join(SHARED, 'corpus');

/** `file (relative to the corpus) | rule | path` of each known-real validity finding, with why. */
const EXPLAINED: Record<string, string> = {};

describe.skipIf(!existsSync(CORPUS))('../shared/corpus', () => {
  it('lints every manifest without an internal error, and every validity finding is explained', async () => {
    const report = await lintFiles([CORPUS], { cwd: CORPUS, configLookup: false });
    expect(report.summary.files).toBeGreaterThan(50);
    const validity = report.findings
      .filter((f) => f.category === 'validity' || f.category === 'syntax')
      .map((f) => `${path.relative(CORPUS, path.resolve(CORPUS, f.file))} | ${f.ruleId} | ${f.path}`);
    const unexplained = validity.filter((v) => !(v in EXPLAINED));
    expect(unexplained).toEqual([]);
  });
});
