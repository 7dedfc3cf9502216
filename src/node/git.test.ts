import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesSince, gitTopLevel, inPathspecs, listFilesAtRef, listIndexFiles, readGitFile, readGitFiles } from './git.js';

describe('inPathspecs', () => {
  it.each<[string, string[], boolean]>([
    ['k8s/a.yaml', ['.'], true],
    ['k8s/a.yaml', ['k8s'], true],
    ['k8s/a.yaml', ['k8s/'], true],
    ['k8s/a.yaml', ['k8s/a.yaml'], true],
    ['k8s2/a.yaml', ['k8s'], false],
    ['other/a.yaml', ['k8s', 'apps'], false],
  ])('%s in %j: %s', (file, specs, expected) => expect(inPathspecs(file, specs)).toBe(expected));
});

describe('git helpers on a scratch repository', () => {
  let repo: string;
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'podlint-git-'));
    mkdirSync(path.join(repo, 'a b'), { recursive: true });
    writeFileSync(path.join(repo, 'a b', 'one.yaml'), 'kind: One\n');
    writeFileSync(path.join(repo, 'two.yaml'), 'kind: Two\nünïcode: ✓\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'init');
    git('mv', 'two.yaml', 'three.yaml');
    writeFileSync(path.join(repo, 'a b', 'one.yaml'), 'kind: One\nchanged: true\n');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('finds the top level from a subdirectory', async () => {
    expect(await gitTopLevel(path.join(repo, 'a b'))).toBe(execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: repo, encoding: 'utf8' }).trim());
  });
  it('lists files at a ref and in the index', async () => {
    expect(await listFilesAtRef(repo, 'HEAD', ['.'])).toEqual(['a b/one.yaml', 'two.yaml']);
    expect(await listIndexFiles(repo, ['.'])).toEqual(['a b/one.yaml', 'three.yaml']);
  });
  it('reads many files at once; missing ones are left out', async () => {
    const texts = await readGitFiles(repo, 'HEAD', ['two.yaml', 'missing.yaml', 'a b/one.yaml']);
    expect([...texts.entries()]).toEqual([
      ['two.yaml', 'kind: Two\nünïcode: ✓\n'],
      ['a b/one.yaml', 'kind: One\n'],
    ]);
    expect((await readGitFiles(repo, undefined, ['three.yaml'])).get('three.yaml')).toBe('kind: Two\nünïcode: ✓\n');
    expect(await readGitFile(repo, 'HEAD', 'a b/one.yaml')).toBe('kind: One\n');
  });
  it('reports renames against the index, and modifications against the working tree', async () => {
    expect(await changesSince(repo, 'HEAD', true)).toEqual([{ status: 'R', oldPath: 'two.yaml', newPath: 'three.yaml' }]);
    expect(await changesSince(repo, 'HEAD', false)).toEqual([
      { status: 'M', oldPath: 'a b/one.yaml', newPath: 'a b/one.yaml' },
      { status: 'R', oldPath: 'two.yaml', newPath: 'three.yaml' },
    ]);
  });
});
