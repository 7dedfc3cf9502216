// diffPaths (files and directories) and diffGit (a scratch git repository with commits, renames, deletes
// and new files).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PodlintError } from '../core/errors.js';
import type { Finding } from '../core/report.js';
import { defineRule } from '../core/rule.js';
import { builtinRules } from '../../rules/index.js';
import { diffGit, diffPaths } from './diff-files.js';

/** Probes: which objects got create-time rules and which got update-phase object rules. */
const createProbe = defineRule<'seen'>({
  id: 'test-create-probe',
  meta: { description: 'Report every object linted as created', category: 'pitfall', severity: 'info', remediation: 'Nothing.', phase: 'create', messages: { seen: '{{path}}: created {{name}}' } },
  create: (ctx) => ({ object: (o) => ctx.report({ messageId: 'seen', path: ['metadata', 'name'], data: { name: o.name ?? '' } }) }),
});
const RULES = [...builtinRules, createProbe];

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'podlint-diff-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const pod = (name: string, image: string, env = 'info', ns = ''): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
${ns}spec:
  containers:
    - name: app
      image: ${image}
      env:
        - name: LOG_LEVEL
          value: ${env}
`;

const deployment = (selector: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: ${selector}}
  template:
    metadata:
      labels: {app: ${selector}}
    spec:
      containers:
        - name: api
          image: example.com/api:1
`;

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: blue\n';

const brief = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.path}${f.previous ? ` <- ${f.previous.file}:${f.previous.line}:${f.previous.column} ${JSON.stringify(f.previous.value)}` : ''}`);
const base = { configLookup: false, rules: RULES };

describe('diffPaths', () => {
  it('pairs objects reordered across the files of two directories', async () => {
    const d = tempDir();
    write(d, 'old/a.yaml', `${pod('web', 'nginx:1.26')}---\n${deployment('api')}`);
    write(d, 'old/b.yaml', configMap);
    write(d, 'new/a.yaml', deployment('api-v2'));
    write(d, 'new/b.yaml', `${configMap}---\n${pod('web', 'nginx:1.27', 'debug')}`);
    const report = await diffPaths('old', 'new', { ...base, cwd: d });
    expect(brief(report.findings.filter((f) => f.ruleId !== 'deployment-selector-orphans' && f.ruleId !== 'bare-pod-update'))).toEqual([
      `valid-workload-update ${path.join('new', 'a.yaml')}:6:3 spec.selector <- ${path.join('old', 'a.yaml')}:18:3 {"matchLabels":{"app":"api"}}`,
      `valid-pod-update ${path.join('new', 'b.yaml')}:18:11 spec.containers[0].env[0].value <- ${path.join('old', 'a.yaml')}:11:11 "info"`,
    ]);
    expect(report.summary.files).toBe(2);
    expect(report.summary.objects).toBe(3);
  });

  it('runs create-time rules on created objects only, and nothing on deleted ones', async () => {
    const d = tempDir();
    write(d, 'old/a.yaml', `${pod('web', 'nginx:1.26')}---\n${configMap}`);
    write(d, 'new/a.yaml', `${pod('web', 'nginx:1.27')}---\n${pod('worker', 'busybox:1.36')}`);
    const report = await diffPaths('old', 'new', { ...base, cwd: d });
    expect(brief(report.findings)).toEqual([`test-create-probe ${path.join('new', 'a.yaml')}:16:3 metadata.name`]);
  });

  it('pairs two single-object files whatever the names, and reports the rename', async () => {
    const d = tempDir();
    write(d, 'web.yaml', pod('web', 'nginx:1.26'));
    write(d, 'web-renamed.yaml', pod('web-2', 'nginx:1.26'));
    const report = await diffPaths('web.yaml', 'web-renamed.yaml', { ...base, cwd: d });
    const f = report.findings.find((x) => x.ruleId === 'valid-metadata-update');
    expect(f).toMatchObject({ file: 'web-renamed.yaml', line: 4, column: 3, path: 'metadata.name', previous: { file: 'web.yaml', line: 4, column: 3, value: 'web' } });
    expect(f?.message).toContain('metadata.name: Invalid value: "web-2": field is immutable');
  });

  it('uses --namespace for objects without one', async () => {
    const d = tempDir();
    write(d, 'old/p.yaml', `${pod('web', 'nginx:1.26', 'info', '  namespace: shop\n')}---\n${configMap}`);
    write(d, 'new/p.yaml', `${pod('web', 'nginx:1.26', 'debug')}---\n${configMap}`);
    const unpaired = await diffPaths('old', 'new', { ...base, cwd: d });
    expect(unpaired.findings.filter((f) => f.ruleId === 'valid-pod-update')).toHaveLength(0);
    expect(unpaired.findings.filter((f) => f.ruleId === 'test-create-probe')).toHaveLength(1);
    const paired = await diffPaths('old', 'new', { ...base, cwd: d, namespace: 'shop' });
    expect(paired.findings.filter((f) => f.ruleId === 'valid-pod-update')).toHaveLength(1);
    expect(paired.findings.filter((f) => f.ruleId === 'test-create-probe')).toHaveLength(0);
  });

  it('judges the update as sent to a subresource', async () => {
    const d = tempDir();
    write(d, 'old.yaml', pod('web', 'nginx:1.26'));
    write(d, 'new.yaml', pod('web', 'nginx:1.26').replace('      env:', '      resources:\n        limits: {ephemeral-storage: 1Gi}\n      env:'));
    const normal = await diffPaths('old.yaml', 'new.yaml', { ...base, cwd: d });
    expect(normal.findings.map((f) => f.ruleId)).toContain('valid-pod-update');
    const resize = await diffPaths('old.yaml', 'new.yaml', { ...base, cwd: d, subresource: 'resize' });
    expect(resize.findings.map((f) => f.ruleId)).not.toContain('valid-pod-update');
    expect(resize.findings.find((f) => f.ruleId === 'valid-pod-resize')).toMatchObject({ path: 'spec.containers[0].resources.limits.ephemeral-storage', line: 10, column: 18 });
  });

  it('does not report syntax problems of the old side', async () => {
    const d = tempDir();
    write(d, 'old.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: web\n');
    write(d, 'new.yaml', pod('web', 'nginx:1.26'));
    const report = await diffPaths('old.yaml', 'new.yaml', { ...base, cwd: d });
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['test-create-probe new.yaml']);
  });

  it('fails with a usage error for a missing path', async () => {
    const d = tempDir();
    await expect(diffPaths('nope.yaml', 'nope2.yaml', { ...base, cwd: d })).rejects.toBeInstanceOf(PodlintError);
  });
});

describe('diffGit', () => {
  let repo: string;
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=podlint test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });

  beforeAll(() => {
    repo = tempDir();
    git('init', '-q');
    write(repo, 'k8s/web.yaml', pod('web', 'nginx:1.25'));
    write(repo, 'k8s/api.yaml', deployment('api'));
    write(repo, 'k8s/settings.yaml', configMap);
    write(repo, 'docs/readme.md', '# not a manifest\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    git('tag', 'v1');
    write(repo, 'k8s/web.yaml', pod('web', 'nginx:1.26'));
    git('commit', '-q', '-am', 'bump image');
    // Staged: move the Pod to another folder and change its env (forbidden); delete the ConfigMap.
    mkdirSync(path.join(repo, 'k8s/pods'), { recursive: true });
    git('mv', 'k8s/web.yaml', 'k8s/pods/web-pod.yaml');
    write(repo, 'k8s/pods/web-pod.yaml', pod('web', 'nginx:1.26', 'debug'));
    git('add', 'k8s/pods/web-pod.yaml');
    git('rm', '-q', 'k8s/settings.yaml');
    // Unstaged: change the Deployment selector; a new untracked Pod.
    write(repo, 'k8s/api.yaml', deployment('api-v2'));
    write(repo, 'k8s/worker.yaml', pod('worker', 'busybox:1.36'));
  });

  const rules = (findings: Finding[]): string[] => brief(findings.filter((f) => ['valid-pod-update', 'valid-workload-update', 'test-create-probe'].includes(f.ruleId)));

  it('compares the working tree with a ref, following the rename', async () => {
    const report = await diffGit(['k8s'], { ...base, cwd: repo, base: 'HEAD' });
    expect(rules(report.findings)).toEqual([
      'valid-workload-update k8s/api.yaml:6:3 spec.selector <- k8s/api.yaml:6:3 {"matchLabels":{"app":"api"}}',
      'valid-pod-update k8s/pods/web-pod.yaml:11:11 spec.containers[0].env[0].value <- k8s/web.yaml:11:11 "info"',
      'test-create-probe k8s/worker.yaml:4:3 metadata.name',
    ]);
  });

  it('--staged compares the index: unstaged and untracked changes are not seen', async () => {
    const report = await diffGit([], { ...base, cwd: repo, base: 'HEAD', staged: true });
    expect(rules(report.findings)).toEqual(['valid-pod-update k8s/pods/web-pod.yaml:11:11 spec.containers[0].env[0].value <- k8s/web.yaml:11:11 "info"']);
  });

  it('follows a file moved into the paths from outside them', async () => {
    const report = await diffGit(['k8s/pods'], { ...base, cwd: repo, base: 'HEAD', staged: true });
    expect(rules(report.findings)).toEqual(['valid-pod-update k8s/pods/web-pod.yaml:11:11 spec.containers[0].env[0].value <- k8s/web.yaml:11:11 "info"']);
  });

  it('an older ref: the image change is allowed, the env change is not', async () => {
    const report = await diffGit(['k8s/pods'], { ...base, cwd: repo, base: 'v1', staged: true });
    expect(report.findings.filter((f) => f.ruleId === 'valid-pod-update').map((f) => f.path)).toEqual(['spec.containers[0].env[0].value']);
  });

  it('paths are relative to cwd, and so are the reported files', async () => {
    const report = await diffGit(['.'], { ...base, cwd: path.join(repo, 'k8s'), base: 'HEAD' });
    expect(rules(report.findings)).toEqual([
      'valid-workload-update api.yaml:6:3 spec.selector <- api.yaml:6:3 {"matchLabels":{"app":"api"}}',
      `valid-pod-update ${path.join('pods', 'web-pod.yaml')}:11:11 spec.containers[0].env[0].value <- web.yaml:11:11 "info"`,
      'test-create-probe worker.yaml:4:3 metadata.name',
    ]);
  });

  it('a deleted file is a delete: no finding', async () => {
    unlinkSync(path.join(repo, 'k8s/worker.yaml'));
    try {
      const report = await diffGit(['k8s/api.yaml'], { ...base, cwd: repo, base: 'HEAD' });
      expect(rules(report.findings)).toEqual(['valid-workload-update k8s/api.yaml:6:3 spec.selector <- k8s/api.yaml:6:3 {"matchLabels":{"app":"api"}}']);
    } finally {
      write(repo, 'k8s/worker.yaml', pod('worker', 'busybox:1.36'));
    }
  });

  it('an unknown ref is a usage error', async () => {
    await expect(diffGit([], { ...base, cwd: repo, base: 'no-such-branch' })).rejects.toThrow(/not a commit/);
  });
});
