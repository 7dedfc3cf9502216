// `bin` and the Action run the committed bundle: it must equal a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
  });
}

describe('dist/', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'podlint-dist-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is fresh: a new build of the sources gives the committed files byte for byte', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
    const built = listFiles(out).sort();
    const committed = listFiles(path.join(ROOT, 'dist')).sort();
    expect(committed, 'stale: run `npm run build` and commit dist/').toEqual(built);
    const stale = built.filter((f) => !readFileSync(path.join(out, f)).equals(readFileSync(path.join(ROOT, 'dist', f))));
    expect(stale, 'stale: run `npm run build` and commit dist/').toEqual([]);
  });
});
