// The directory walk (walkManifests) finds what the glob it replaced finds, in every layout that matters.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'glob';
import { afterAll, describe, expect, it } from 'vitest';
import { MANIFEST_EXTENSIONS, walkManifests } from './files.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'podlint-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(files: readonly string[]): string {
  const dir = mkdtempSync(path.join(root, 't-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'a: 1\n');
  }
  return dir;
}

async function globbed(dir: string): Promise<string[]> {
  const found = await glob(`**/*{${MANIFEST_EXTENSIONS.join(',')}}`, { cwd: dir, dot: false, nodir: true, ignore: ['**/node_modules/**'], posix: true });
  return found.sort();
}

describe('walkManifests', () => {
  it('finds what glob finds: nested folders, extensions, dot-files and dot-folders, node_modules at any depth', async () => {
    const dir = tree([
      'a.yaml', 'b.yml', 'c.json', 'd.txt', 'yaml', '.hidden.yaml', '.git/x.yaml', 'x/.y/z.yaml',
      'deep/er/still/p.yaml', 'node_modules/m.yaml', 'x/node_modules/n.yaml', 'x/node_modules_not/n.yaml',
      'sp ace/q.yaml', 'ü/é.yaml', 'x.YAML', 'z/a.yaml.bak', 'dir.yaml/inner.yaml',
    ]);
    const walked = walkManifests(dir).sort();
    expect(walked).toEqual(await globbed(dir));
    expect(walked).toContain('deep/er/still/p.yaml');
    expect(walked).not.toContain('x/node_modules/n.yaml');
  });

  it('lists links to files and dangling links, and does not walk links to folders, as glob does', async () => {
    const dir = tree(['real/a.yaml', 'other/b.yaml']);
    symlinkSync(path.join(dir, 'real', 'a.yaml'), path.join(dir, 'link.yaml'));
    symlinkSync(path.join(dir, 'other'), path.join(dir, 'linked-dir'));
    symlinkSync(path.join(dir, 'missing.yaml'), path.join(dir, 'dangling.yaml'));
    const walked = walkManifests(dir).sort();
    expect(walked).toEqual(await globbed(dir));
    expect(walked).toContain('link.yaml');
    expect(walked).toContain('dangling.yaml');
    expect(walked).not.toContain('linked-dir/b.yaml');
  });
});
