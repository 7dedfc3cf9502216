// The pre-commit hooks: their manifest, and the `podlint` hook installed and run by the real pre-commit
// (Debian's 3.0.4, which installs `language: node` hooks with `npm pack` + `npm install -g`).
// `pre-commit try-repo` clones this repository at HEAD (plus uncommitted changes to tracked files), so
// the hook under test is the committed one running the committed bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { ROOT } from './helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'podlint-pre-commit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  types_or?: string[];
  types?: string[];
  require_serial?: boolean;
}

const hooks = loadYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string>; files: string[] };

describe('.pre-commit-hooks.yaml', () => {
  it('has podlint first, then podlint-diff, both node hooks on YAML and JSON', () => {
    expect(hooks.map((h) => h.id)).toEqual(['podlint', 'podlint-diff']);
    for (const h of hooks) {
      expect(h.language).toBe('node');
      expect(h.types_or).toEqual(['yaml', 'json']);
      expect(h.types).toBeUndefined();
    }
    expect(hooks[0]!.entry).toBe('podlint lint');
    expect(hooks[1]!.entry).toBe('podlint diff --base HEAD --staged');
  });

  it('runs the committed bundle through the package bin, with no build on install', () => {
    expect(pkg.bin['podlint']).toBe('dist/cli.js');
    expect(pkg.files).toContain('dist');
    expect(existsSync(path.join(ROOT, 'dist', 'cli.js'))).toBe(true);
    // npm runs `prepare` when installing from git; the hook must never depend on (or pay for) a build.
    expect(pkg.scripts['prepare']).toBeUndefined();
  });
});

function preCommitVersion(): string | undefined {
  const r = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** pre-commit is there, or installed from Debian when running as root; else the reason to skip. */
function ensurePreCommit(): { version: string } | { skip: string } {
  const found = preCommitVersion();
  if (found) return { version: found };
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return { skip: 'pre-commit is not installed and this is not a root Debian machine to install it (`apt-get install pre-commit`; .ci/run does it)' };
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore', timeout: 300_000 });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', 'pre-commit'], { env, encoding: 'utf8', timeout: 300_000 });
  const installed = preCommitVersion();
  return installed ? { version: installed } : { skip: `apt-get install pre-commit failed: ${(r.stderr || r.stdout || '').slice(-500)}` };
}

const BAD = `apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        privileged: true
`;
const GOOD = `apiVersion: v1
kind: Pod
metadata:
  name: good
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

describe('pre-commit try-repo (real pre-commit)', () => {
  const project = path.join(tmp, 'project');
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PRE_COMMIT_HOME: path.join(tmp, 'cache'),
    // npm installs the hook's dependencies; use the local npm cache first, and stay quiet.
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
  };
  delete env['GIT_DIR'];
  delete env['GIT_INDEX_FILE'];
  delete env['GIT_WORK_TREE'];

  function git(...args: string[]): void {
    const r = spawnSync('git', args, { cwd: project, encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  }

  function tryRepo(hook: string, ...files: string[]): { code: number; out: string } {
    const r = spawnSync('pre-commit', ['try-repo', ROOT, hook, '--color', 'never', '--files', ...files], { cwd: project, env, encoding: 'utf8', timeout: 600_000 });
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  }

  it('the podlint hook fails on a bad manifest naming the file, and passes a clean one', (ctx) => {
    const pc = ensurePreCommit();
    if ('skip' in pc) {
      ctx.skip(`skipped: ${pc.skip}`);
      return;
    }
    mkdirSync(path.join(project, 'k8s'), { recursive: true });
    writeFileSync(path.join(project, 'k8s', 'bad-pod.yaml'), BAD);
    writeFileSync(path.join(project, 'k8s', 'good-pod.yaml'), GOOD);
    git('init', '-q');
    git('add', '-A');

    const bad = tryRepo('podlint', 'k8s/bad-pod.yaml');
    expect(bad.out, bad.out).toMatch(/podlint\.+Failed/);
    expect(bad.out).toContain('k8s/bad-pod.yaml');
    expect(bad.out).toContain('no-privileged-container');
    expect(bad.code).toBe(1);

    const good = tryRepo('podlint', 'k8s/good-pod.yaml');
    expect(good.out, good.out).toMatch(/podlint\.+Passed/);
    expect(good.code).toBe(0);
  }, 1_200_000);

  it('the podlint-diff hook fails on a staged forbidden update and passes an image bump', (ctx) => {
    const pc = ensurePreCommit();
    if ('skip' in pc) {
      ctx.skip(`skipped: ${pc.skip}`);
      return;
    }
    mkdirSync(path.join(project, 'k8s'), { recursive: true });
    if (!existsSync(path.join(project, '.git'))) git('init', '-q');
    writeFileSync(path.join(project, 'k8s', 'good-pod.yaml'), GOOD);
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--no-verify', '-m', 'base');

    // A Pod's container name cannot change in place (line 7).
    writeFileSync(path.join(project, 'k8s', 'good-pod.yaml'), GOOD.replace('- name: app', '- name: web'));
    git('add', 'k8s/good-pod.yaml');
    const forbidden = tryRepo('podlint-diff', 'k8s/good-pod.yaml');
    expect(forbidden.out, forbidden.out).toMatch(/podlint diff\.+Failed/);
    expect(forbidden.out).toContain('k8s/good-pod.yaml');
    expect(forbidden.out).toMatch(/\b7:\d+\s+error\s+.*Forbidden/);
    expect(forbidden.code).toBe(1);

    writeFileSync(path.join(project, 'k8s', 'good-pod.yaml'), GOOD.replace('nginx:1.27', 'nginx:1.28'));
    git('add', 'k8s/good-pod.yaml');
    const bump = tryRepo('podlint-diff', 'k8s/good-pod.yaml');
    expect(bump.out, bump.out).toMatch(/podlint diff\.+Passed/);
    expect(bump.code).toBe(0);
  }, 1_200_000);
});
