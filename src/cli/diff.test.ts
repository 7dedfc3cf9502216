// `podlint diff` through main() with a fake io, and once through the real entry point.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import type { CliIo } from './main.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function scratch(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'podlint-cli-diff-'));
  dirs.push(d);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
    writeFileSync(path.join(d, f), text);
  }
  return d;
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: () => Promise.resolve(''),
    env: {},
    cwd,
    isTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const pod = (name: string, image: string, extra = ''): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: ${image}
${extra}`;

interface JsonReport {
  findings: { ruleId: string; severity: string; file: string; line: number; column: number; path: string; message: string; previous?: { file: string; line: number; column: number; value: unknown } }[];
  summary: { errors: number; warnings: number };
}

describe('podlint diff OLD NEW', () => {
  const d = scratch({
    'old.yaml': pod('web', 'nginx:1.26', '  activeDeadlineSeconds: 600\n'),
    'new.yaml': pod('web', 'nginx:1.27', '  activeDeadlineSeconds: 900\n'),
    'same.yaml': pod('web', 'nginx:1.27', '  activeDeadlineSeconds: 300\n'),
  });

  it('reports a forbidden change at the new line, with the old value (JSON)', async () => {
    const r = await cli(['diff', 'old.yaml', 'new.yaml', '-f', 'json', '--no-config-lookup'], d);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const f = report.findings.find((x) => x.ruleId === 'valid-pod-update');
    expect(f).toMatchObject({
      severity: 'error',
      file: 'new.yaml',
      line: 9,
      column: 3,
      path: 'spec.activeDeadlineSeconds',
      previous: { file: 'old.yaml', line: 9, column: 3, value: 600 },
    });
    expect(f?.message).toContain('spec.activeDeadlineSeconds: Invalid value: 900: must be less than or equal to previous value');
  });

  it('exits 0 when the update is allowed', async () => {
    const r = await cli(['diff', 'old.yaml', 'same.yaml', '--no-config-lookup'], d);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('--subresource is validated', async () => {
    const r = await cli(['diff', 'old.yaml', 'new.yaml', '--subresource', 'status', '--no-config-lookup'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('resize, ephemeralcontainers');
  });

  it('--subresource resize: the image change is ignored (warning), not forbidden', async () => {
    const r = await cli(['diff', 'old.yaml', 'same.yaml', '--subresource', 'resize', '-f', 'json', '--no-config-lookup'], d);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.ruleId.startsWith('valid-pod')).map((f) => `${f.ruleId} ${f.severity} ${f.path}`)).toEqual([
      'valid-pod-resize warning spec.containers[0].image',
      'valid-pod-resize warning spec.activeDeadlineSeconds',
    ]);
  });

  it('needs OLD and NEW without --base', async () => {
    const r = await cli(['diff', 'old.yaml', '--no-config-lookup'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give OLD and NEW');
  });

  it('a missing path is a usage error', async () => {
    const r = await cli(['diff', 'old.yaml', 'missing.yaml', '--no-config-lookup'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"missing.yaml" does not exist');
  });
});

describe('podlint diff --base', () => {
  it('compares the working tree, or the index with --staged, with a ref', async () => {
    const d = scratch({ 'k8s/web.yaml': pod('web', 'nginx:1.26') });
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: d });
    };
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'init');
    writeFileSync(path.join(d, 'k8s/web.yaml'), pod('web', 'nginx:1.26', '  hostname: web-0\n'));
    const tree = await cli(['diff', '--base', 'HEAD', 'k8s', '-f', 'json', '--no-config-lookup'], d);
    expect(tree.code).toBe(1);
    const report = JSON.parse(tree.stdout) as JsonReport;
    expect(report.findings.find((f) => f.ruleId === 'valid-pod-update')).toMatchObject({ file: path.join('k8s', 'web.yaml'), line: 9, column: 3, path: 'spec.hostname' });
    const staged = await cli(['diff', '--staged', '--no-config-lookup'], d);
    expect(staged.code).toBe(0);
    const bad = await cli(['diff', '--base', 'nope', '--no-config-lookup'], d);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"nope" is not a commit');
  });
});

describe('the real entry point', () => {
  it('node --import tsx src/cli/bin.ts diff …', () => {
    const d = scratch({ 'a.yaml': pod('web', 'nginx:1.26'), 'b.yaml': pod('web', 'nginx:1.26', '      ports: [{containerPort: 80}]\n') });
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'bin.ts'), 'diff', path.join(d, 'a.yaml'), path.join(d, 'b.yaml'), '--no-config-lookup', '--no-color'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('9:7');
    expect(r.stdout).toContain('spec.containers[0].ports: Forbidden: pod updates may not change fields other than');
  });
});
