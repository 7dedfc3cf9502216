import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, LintReport } from '../core/report.js';
import { command, setOutput } from './commands.js';
import { onlyFiles } from './diff.js';
import { ActionInputError, getInput, readInputs } from './inputs.js';
import { mostSevere, plan } from './run.js';
import { summaryMarkdown } from './summary.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'podlint-action-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'r',
  category: 'pitfall',
  severity: 'warning',
  message: 'm.',
  file: 'a.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  path: '',
  ...over,
});

function report(findings: Finding[]): LintReport {
  return { kubernetesVersion: '1.37', findings, summary: { files: 2, documents: 2, objects: 2, skipped: 0, errors: 0, warnings: 0, infos: 0 } };
}

describe('inputs', () => {
  it('reads INPUT_<NAME> with dashes kept and spaces as underscores', () => {
    expect(getInput({ 'INPUT_SARIF-FILE': ' x.sarif ' }, 'sarif-file')).toBe('x.sarif');
    expect(getInput({ INPUT_MY_INPUT: 'v' }, 'my input')).toBe('v');
  });

  it('applies the defaults of action.yml to empty inputs', () => {
    expect(readInputs({})).toEqual({
      paths: ['.'],
      mode: 'auto',
      baseRef: undefined,
      config: undefined,
      kubernetesVersion: undefined,
      podSecurityLevel: undefined,
      sarifFile: 'podlint.sarif',
      failOn: 'error',
      maxAnnotations: 10,
    });
  });

  it('splits paths on lines', () => {
    expect(readInputs({ INPUT_PATHS: 'k8s\n\n  apps/*/deploy  \r\n# comment\n' }).paths).toEqual(['k8s', 'apps/*/deploy']);
  });

  it.each([
    ['INPUT_MODE', 'always'],
    ['INPUT_FAIL-ON', 'errors'],
    ['INPUT_POD-SECURITY-LEVEL', 'strict'],
    ['INPUT_KUBERNETES-VERSION', '2.0'],
    ['INPUT_MAX-ANNOTATIONS', '-1'],
    ['INPUT_MAX-ANNOTATIONS', 'ten'],
  ])('%s=%s is an input error', (name, value) => {
    expect(() => readInputs({ [name]: value })).toThrow(ActionInputError);
  });
});

describe('plan', () => {
  const inputs = readInputs({});
  const pr = { baseSha: 'abc', headSha: 'def' };
  it('auto: diff on pull_request events, lint otherwise', () => {
    expect(plan(inputs, { GITHUB_EVENT_NAME: 'pull_request' }, pr)).toEqual({ mode: 'diff', base: 'abc' });
    expect(plan(inputs, { GITHUB_EVENT_NAME: 'push' }, undefined)).toEqual({ mode: 'lint' });
    expect(plan(inputs, { GITHUB_EVENT_NAME: 'pull_request' }, { baseSha: undefined, headSha: undefined })).toEqual({ mode: 'lint' });
  });
  it('base-ref wins over the payload; lint ignores both', () => {
    expect(plan(readInputs({ 'INPUT_BASE-REF': 'main' }), { GITHUB_EVENT_NAME: 'pull_request' }, pr)).toEqual({ mode: 'diff', base: 'main' });
    expect(plan(readInputs({ INPUT_MODE: 'lint' }), { GITHUB_EVENT_NAME: 'pull_request' }, pr)).toEqual({ mode: 'lint' });
    expect(plan(readInputs({ INPUT_MODE: 'diff', 'INPUT_BASE-REF': 'v1' }), { GITHUB_EVENT_NAME: 'push' }, undefined)).toEqual({ mode: 'diff', base: 'v1' });
  });
});

describe('annotations and outputs', () => {
  it('annotates the most severe findings first and never suppressed ones', () => {
    const findings = [
      f({ severity: 'info', line: 1 }),
      f({ severity: 'warning', line: 2 }),
      f({ severity: 'error', line: 3, suppressed: { kind: 'inline', reason: 'ok' } }),
      f({ severity: 'error', line: 4 }),
      f({ severity: 'warning', line: 5 }),
    ];
    expect(mostSevere(findings, 2).map((x) => x.line)).toEqual([4, 2]);
    expect(mostSevere(findings, 10).map((x) => x.line)).toEqual([4, 2, 5, 1]);
  });

  it('escapes workflow commands', () => {
    expect(command('error', { title: 'a:b,c' }, '100%\nnext')).toBe('::error title=a%3Ab%2Cc::100%25%0Anext\n');
    expect(command('notice', {}, 'x')).toBe('::notice::x\n');
  });

  it('writes outputs with a delimiter that a multi-line value cannot close', () => {
    const file = path.join(tmp, 'output');
    setOutput({ env: { GITHUB_OUTPUT: file }, cwd: tmp, stdout: () => undefined }, 'errors', 'a\nb');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^errors<<(ghadelimiter_[0-9a-f-]+)\na\nb\n\1\n$/);
  });
});

describe('pull-request scope', () => {
  it('keeps the findings of the changed files and recounts', () => {
    const r = onlyFiles(report([f({ file: 'k8s/a.yaml', severity: 'error' }), f({ file: 'k8s/b.yaml' }), f({ file: './k8s/a.yaml', severity: 'warning' })]), ['k8s/a.yaml'], '/w');
    expect(r.findings).toHaveLength(2);
    expect(r.summary).toMatchObject({ files: 1, errors: 1, warnings: 1, infos: 0 });
  });
});

describe('job summary', () => {
  it('tables findings by rule and file, errors first, with escaped cells and links', () => {
    const md = summaryMarkdown(
      { ...report([f({ ruleId: 'w', file: 'a|b.yaml', line: 3 }), f({ ruleId: 'e', severity: 'error', file: 'x y.yaml', line: 7 }), f({ ruleId: 'w', file: 'a|b.yaml', line: 9 })]), summary: { files: 2, documents: 2, objects: 2, skipped: 0, errors: 1, warnings: 2, infos: 0 } },
      { blobBase: 'https://github.com/o/r/blob/sha/', repoPath: (p) => `deploy/${p}`, scope: 'Linted `.`.', sarifFile: 'podlint.sarif', failed: true },
    );
    const rows = md.split('\n').filter((l) => l.startsWith('| ['));
    expect(rows).toEqual([
      '| [`e`](https://github.com/podlint/podlint/blob/main/rules/e.md) | [`deploy/x y.yaml`](https://github.com/o/r/blob/sha/deploy/x%20y.yaml) | error | 1 | [7](https://github.com/o/r/blob/sha/deploy/x%20y.yaml#L7) |',
      '| [`w`](https://github.com/podlint/podlint/blob/main/rules/w.md) | [`deploy/a\\|b.yaml`](https://github.com/o/r/blob/sha/deploy/a%7Cb.yaml) | warning | 2 | [3](https://github.com/o/r/blob/sha/deploy/a%7Cb.yaml#L3), [9](https://github.com/o/r/blob/sha/deploy/a%7Cb.yaml#L9) |',
    ]);
    expect(md).toContain('❌ 1 error, 2 warnings, 0 infos in 2 files');
  });

  it('has no table when there is nothing to show', () => {
    const md = summaryMarkdown(report([]), { blobBase: undefined, repoPath: (p) => p, scope: '', sarifFile: 'p.sarif', failed: false });
    expect(md).toContain('✅ 0 errors');
    expect(md).not.toContain('| Rule |');
  });
});
