// Lint on worker threads (`--threads`): the committed bundle starts the workers; the report is byte-identical
// to a run on the main thread, with plugins, config ignores, inline suppressions, a baseline, files that
// cannot be read or parsed, and cross-object rules.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, generateCorpus, runCli } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'podlint-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  generateCorpus(path.join(dir, 'corpus'), 400, 5);
  writeFileSync(
    path.join(dir, '.podlint.yaml'),
    [
      `plugins: [${JSON.stringify(path.join(FIXTURES, 'plugins', 'allowed-registries.mjs'))}]`,
      'rules:',
      '  allowed-image-registries: {severity: warning, options: {registries: [registry.k8s.io]}}',
      'ignores:',
      '  - {rule: no-privileged-container, kind: DaemonSet, reason: node agents}',
      '  - {rule: valid-labels, reason: never matches, name: no-such-object}',
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(dir, 'corpus', 'extra'));
  writeFileSync(path.join(dir, 'corpus', 'extra', 'broken.yaml'), 'a: [1\n');
  writeFileSync(path.join(dir, 'corpus', 'extra', 'ns.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: data\n  labels: {pod-security.kubernetes.io/enforce: restricted}\n');
  writeFileSync(path.join(dir, 'corpus', 'extra', 'inline.yaml'), '# podlint-disable no-privileged-container -- test\n# podlint-disable-next-line unknown-rule-id\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: x, securityContext: {privileged: true}}\n');
  symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'corpus', 'extra', 'dangling.yaml'));
});

function lint(threads: string, extra: string[] = []): { code: number; stdout: string; stderr: string } {
  return runCli(['lint', 'corpus', '--format', 'json', '--threads', threads, '--report-unused-suppressions', ...extra], { cwd: dir });
}

describe('podlint lint --threads', () => {
  it('gives the same report on 2 and 3 worker threads as on the main thread', () => {
    const single = lint('0');
    expect(single.stderr).toBe('');
    expect(single.code).toBe(1);
    const report = JSON.parse(single.stdout) as { summary: { files: number; suppressed: number }; findings: { ruleId: string; file: string }[] };
    expect(report.summary.files).toBeGreaterThan(400);
    const rules = new Set(report.findings.map((f) => f.ruleId));
    // The run exercises plugins, parse errors, unreadable files, suppressions and their problems, Pod Security.
    for (const id of ['allowed-image-registries', 'parse-error', 'suppression', 'pod-security-run-as-non-root']) expect(rules).toContain(id);
    expect(report.summary.suppressed).toBeGreaterThan(0);
    for (const threads of ['2', '3']) {
      const parallel = lint(threads);
      expect(parallel.stderr).toBe('');
      expect(parallel.code).toBe(1);
      expect(parallel.stdout).toBe(single.stdout);
    }
  });

  it('gives the same report with a baseline, and in SARIF', () => {
    const baseline = path.join(dir, 'baseline.json');
    expect(lint('0', ['--write-baseline', baseline]).code).toBe(0);
    const single = lint('0', ['--baseline', baseline, '--format', 'sarif']);
    expect(lint('2', ['--baseline', baseline, '--format', 'sarif']).stdout).toBe(single.stdout);
  });

  it('a rule that crashes on a worker thread is an internal error (exit 2), as on the main thread', () => {
    const crash = path.join(dir, 'crash');
    mkdirSync(path.join(crash, 'm'), { recursive: true });
    writeFileSync(
      path.join(crash, 'crash.mjs'),
      "export default { id: 'crashes', meta: { description: 'Crash', category: 'pitfall', severity: 'warning', remediation: 'None.', messages: { m: 'x' } }, create: () => ({ object() { throw new Error('boom'); } }) };\n",
    );
    writeFileSync(path.join(crash, '.podlint.yaml'), 'plugins: [./crash.mjs]\n');
    for (let i = 0; i < 4; i++) writeFileSync(path.join(crash, 'm', `p${i}.yaml`), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: x}\n');
    for (const threads of ['0', '2']) {
      const r = runCli(['lint', 'm', '--threads', threads], { cwd: crash });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('rule "crashes" crashed on Pod "p" in m/p0.yaml: boom');
    }
  });

  it('refuses a thread count that is not a number or auto (exit 2)', () => {
    const r = lint('lots');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threads must be auto or a number/);
  });
});
