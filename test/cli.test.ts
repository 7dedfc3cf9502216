// The real binary (the committed bundle), as users run it: exit codes, stdin, JSON shape, errors, config.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES, FIXTURES, ROOT, runCli } from './helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'podlint-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const file = path.join(tmp, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const CLEAN = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';
const PRIVILEGED = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext: {privileged: true}\n';

interface JsonReport {
  tool: { name: string; version: string };
  kubernetesVersion: string;
  findings: Record<string, unknown>[];
  summary: Record<string, number>;
}

describe('podlint lint (binary)', () => {
  it('lints the bundled examples with exact positions and exits 1', () => {
    const r = runCli(['lint', 'fixtures/examples', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => [f['file'], f['line'], f['column'], f['ruleId']])).toContainEqual([
      path.join('fixtures', 'examples', 'cronjob.yaml'),
      21,
      17,
      'no-privileged-container',
    ]);
    expect(report.summary['skipped']).toBeGreaterThanOrEqual(1);
  });

  it('prints the documented JSON shape', () => {
    const file = write('shape/pod.yaml', PRIVILEGED);
    const r = runCli(['lint', '--format', 'json', file]);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['tool', 'kubernetesVersion', 'findings', 'summary']);
    expect(report.tool.name).toBe('podlint');
    expect(report.kubernetesVersion).toBe('1.37');
    const f = report.findings[0]!;
    expect(Object.keys(f).slice(0, 12)).toEqual(['ruleId', 'category', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'path', 'object', 'podSecurity']);
    expect(f).toMatchObject({
      ruleId: 'no-privileged-container',
      severity: 'error',
      file,
      line: 9,
      column: 25,
      path: 'spec.containers[0].securityContext.privileged',
      object: { apiVersion: 'v1', kind: 'Pod', name: 'bad' },
      podSecurity: { level: 'baseline', check: 'privileged' },
    });
    // Fields may be added (suppressed), never renamed.
    expect(Object.keys(report.summary).slice(0, 7)).toEqual(['files', 'documents', 'objects', 'skipped', 'errors', 'warnings', 'infos']);
  });

  it('keeps relative paths relative', () => {
    write('rel/pod.yaml', PRIVILEGED);
    const r = runCli(['lint', '--format', 'json', 'rel'], { cwd: tmp });
    expect((JSON.parse(r.stdout) as JsonReport).findings[0]!['file']).toBe(path.join('rel', 'pod.yaml'));
  });

  it('exits 0 on clean input and prints a summary', () => {
    const file = write('clean/pod.yaml', CLEAN);
    const r = runCli(['lint', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems');
  });

  it('reads stdin with -, named by --stdin-filename', () => {
    const r = runCli(['lint', '-', '--stdin-filename', 'chart/pod.yaml', '-f', 'json'], { input: PRIVILEGED, cwd: tmp });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).findings[0]).toMatchObject({ file: 'chart/pod.yaml', line: 9 });
  });

  it('reports a broken file as a parse-error finding and still lints the others', () => {
    write('mixed/a-broken.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n');
    write('mixed/b-bad.yaml', PRIVILEGED);
    const r = runCli(['lint', '-f', 'json', 'mixed'], { cwd: tmp });
    expect(r.code).toBe(1);
    const ids = (JSON.parse(r.stdout) as JsonReport).findings.map((f) => [f['file'], f['ruleId']]);
    expect(ids).toEqual([
      [path.join('mixed', 'a-broken.yaml'), 'parse-error'],
      [path.join('mixed', 'b-bad.yaml'), 'no-privileged-container'],
    ]);
  });

  it('skips documents without apiVersion/kind and counts them', () => {
    const file = write('values/values.yaml', 'replicaCount: 2\nimage: {tag: "1.0"}\n');
    const r = runCli(['lint', '-f', 'json', file]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonReport).summary).toMatchObject({ documents: 1, objects: 0, skipped: 1, errors: 0 });
  });

  it('walks directories for yaml, yml and json, skipping dot-folders and node_modules, honouring .podlintignore', () => {
    write('walk/a.yml', PRIVILEGED);
    write('walk/b.json', JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j' }, spec: { containers: [{ name: 'a', image: 'x', securityContext: { privileged: true } }] } }));
    write('walk/.hidden/c.yaml', PRIVILEGED);
    write('walk/node_modules/d.yaml', PRIVILEGED);
    write('walk/vendor/e.yaml', PRIVILEGED);
    write('walk/notes.txt', PRIVILEGED);
    write('walk/.podlintignore', 'vendor/\n');
    const r = runCli(['lint', '-f', 'json', '.'], { cwd: path.join(tmp, 'walk') });
    expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => f['file'])).toEqual(['a.yml', 'b.json']);
    const r2 = runCli(['lint', '-f', 'json', '.', '--ignore-pattern', 'b.json'], { cwd: path.join(tmp, 'walk') });
    expect((JSON.parse(r2.stdout) as JsonReport).findings.map((f) => f['file'])).toEqual(['a.yml']);
  });

  it('expands glob patterns, and a pattern that matches nothing is a usage error', () => {
    write('glob/x/deploy.yaml', PRIVILEGED);
    write('glob/y/other.yaml', PRIVILEGED);
    const r = runCli(['lint', '-f', 'json', 'glob/**/deploy.yaml'], { cwd: tmp });
    expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => f['file'])).toEqual(['glob/x/deploy.yaml']);
    const none = runCli(['lint', 'glob/**/nothing*.yaml'], { cwd: tmp });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No files matching');
  });

  it('--quiet shows errors only; --max-warnings turns warnings into exit 1', () => {
    const file = write('warn/pod.yaml', PRIVILEGED);
    const asWarning = runCli(['lint', file, '--rule', 'no-privileged-container=warning', '-f', 'json']);
    expect(asWarning.code).toBe(0);
    expect((JSON.parse(asWarning.stdout) as JsonReport).summary['warnings']).toBe(1);
    expect(runCli(['lint', file, '--rule', 'no-privileged-container=warning', '--max-warnings', '0']).code).toBe(1);
    const quiet = runCli(['lint', file, '--rule', 'no-privileged-container=warning', '--quiet', '-f', 'json']);
    expect((JSON.parse(quiet.stdout) as JsonReport).findings).toEqual([]);
    expect(runCli(['lint', file, '--rule', 'no-privileged-container=off']).code).toBe(0);
  });

  it('--output-file writes the report and says so on stderr', () => {
    const file = write('out/pod.yaml', PRIVILEGED);
    const out = path.join(tmp, 'out', 'report.json');
    const r = runCli(['lint', file, '-f', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('report written');
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).findings).toHaveLength(1);
  });

  it('uses no colour when not on a terminal or with NO_COLOR, and colour with --color', () => {
    const file = write('color/pod.yaml', PRIVILEGED);
    expect(runCli(['lint', file]).stdout).not.toContain('\u001b[');
    expect(runCli(['lint', file, '--color']).stdout).toContain('\u001b[');
    expect(runCli(['lint', file], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it.each([
    [['lint', '--kubernetes-version', '1.26', 'fixtures/examples'], 'not supported'],
    [['lint', '--kubernetes-version', 'latest', 'fixtures/examples'], 'not supported'],
    [['lint', '--rule', 'no-such-rule=error', 'fixtures/examples'], 'unknown rule'],
    [['lint', '--rule', 'no-privileged-container=fatal', 'fixtures/examples'], '--rule expects'],
    [['lint', '--format', 'xml', 'fixtures/examples'], 'xml'],
    [['lint', '--no-such-flag'], 'unknown option'],
    [['lint', 'does/not/exist.yaml'], 'No such file'],
  ])('usage error %j exits 2', (args, text) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
  });

  it('validates the config file and names the offending key (exit 2)', () => {
    const dir = path.join(tmp, 'cfg');
    write('cfg/pod.yaml', CLEAN);
    write('cfg/.podlint.yaml', 'kubernetesVersion: "1.30"\nrulez: {}\n');
    let r = runCli(['lint', 'pod.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown key "rulez"');
    write('cfg/.podlint.yaml', 'rules:\n  no-privileged-container: loud\n');
    r = runCli(['lint', 'pod.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules.no-privileged-container');
    write('cfg/.podlint.yaml', 'kubernetesVersion: 1.30\n');
    r = runCli(['lint', 'pod.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kubernetesVersion');
    write('cfg/.podlint.yaml', 'rules: {nope: error}\n');
    r = runCli(['lint', 'pod.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "nope"');
  });

  it('finds .podlint.yaml upwards and applies overrides by path glob', () => {
    write('up/.podlint.yaml', 'kubernetesVersion: "1.30"\noverrides:\n  - files: ["legacy/**"]\n    rules:\n      no-privileged-container: off\n');
    write('up/legacy/pod.yaml', PRIVILEGED);
    write('up/apps/pod.yaml', PRIVILEGED);
    const r = runCli(['lint', '-f', 'json', '..'], { cwd: path.join(tmp, 'up', 'apps') });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.kubernetesVersion).toBe('1.30');
    expect(report.findings.map((f) => f['file'])).toEqual([path.join('..', 'apps', 'pod.yaml')]);
    expect(runCli(['lint', '-f', 'json', '..', '--no-config-lookup'], { cwd: path.join(tmp, 'up', 'apps') }).stdout).toContain('"1.37"');
  });

  it('--version and --help exit 0', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    expect(runCli(['lint', '--help']).stdout).toContain('--kubernetes-version');
  });
});

describe('podlint rules (binary)', () => {
  it('lists every rule from its metadata', () => {
    const r = runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as { id: string; category: string; severity: string; docsUrl: string }[];
    expect(rules.map((x) => x.id).sort()).toEqual(ALL_RULES.map((x) => x.id).sort());
    for (const x of rules) expect(x.docsUrl).toMatch(new RegExp(`/rules/${x.id}\\.md$`));
    expect(runCli(['rules']).stdout).toContain('no-privileged-container');
    expect(runCli(['rules', '--format', 'markdown']).stdout).toContain('| [`unique-container-names`](rules/unique-container-names.md)');
  });
});

void FIXTURES;
