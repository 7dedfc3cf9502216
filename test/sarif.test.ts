// `--format sarif`: every log this file produces is checked against the OASIS schema, GitHub's
// requirements and (where it runs) Microsoft's SARIF multitool; then the details GitHub displays.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { docsUrl } from '../src/core/meta.js';
import type { Finding, LintReport } from '../src/core/report.js';
import { buildSarif, formatSarif } from '../src/formatters/sarif.js';
import type { SarifLog, SarifResult } from '../src/formatters/sarif.js';
import type { FormatContext } from '../src/formatters/types.js';
import { ALL_RULES, ROOT } from './helpers.js';
import { githubProblems, runMultitool, schemaErrors } from './sarif-validate.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'podlint-sarif-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every SARIF log produced here; the multitool checks them all at the end. */
const produced: { name: string; log: SarifLog }[] = [];

function checked(name: string, text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  expect(schemaErrors(log), `${name}: OASIS SARIF 2.1.0 schema`).toEqual([]);
  expect(githubProblems(log), `${name}: GitHub code scanning requirements`).toEqual([]);
  produced.push({ name, log });
  return log;
}

function write(rel: string, text: string): string {
  const file = path.join(tmp, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: () => Promise.resolve(''),
    env: {},
    cwd,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

async function sarifOf(args: string[], cwd: string, name: string): Promise<SarifLog> {
  const r = await cli(['lint', '--format', 'sarif', ...args], cwd);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return checked(name, r.stdout);
}

const PRIVILEGED = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\n  namespace: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n';
const CLEAN = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';

function gitInit(dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', dir]);
}

const results = (log: SarifLog): SarifResult[] => log.runs[0]!.results;
const uris = (log: SarifLog): string[] => results(log).map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);

describe('SARIF of the bundled examples and every rule fixture', () => {
  it('is valid and GitHub-ready, with one run and the full rule list', async () => {
    const log = await sarifOf(['fixtures/examples'], ROOT, 'examples');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('podlint');
    expect(run.tool.driver.informationUri).toBe('https://github.com/podlint/podlint#readme');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    expect(run.automationDetails).toBeUndefined();
    // The privileged CronJob container, at its exact line and column, repository-relative.
    const priv = results(log).find((r) => r.ruleId === 'no-privileged-container')!;
    expect(priv.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/examples/cronjob.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 21, startColumn: 17, endLine: 21, endColumn: 32 },
    });
    expect(priv.locations[0]!.logicalLocations).toEqual([
      { name: 'nightly-backup', fullyQualifiedName: 'CronJob/data/nightly-backup', kind: 'resource', properties: { apiVersion: 'batch/v1', kind: 'CronJob', namespace: 'data' } },
    ]);
    expect(priv.properties).toMatchObject({ podSecurity: { level: 'baseline', check: 'privileged' }, category: 'security' });
    expect(priv.level).toBe('error');
    expect(JSON.stringify(log)).not.toContain('partialFingerprints');
  });

  it('every rule fixture in one run', async () => {
    // Fixture settings (versions, old/new pairs) do not apply here: this is about the SARIF, not the rules.
    const log = await sarifOf(['fixtures/rules'], ROOT, 'fixtures/rules');
    const ruleIds = new Set(results(log).map((r) => r.ruleId));
    expect(ruleIds.size).toBeGreaterThanOrEqual(4);
  });
});

describe('rules[] from rule metadata', () => {
  const log = buildSarif({ kubernetesVersion: '1.37', findings: [], summary: { files: 0, documents: 0, objects: 0, skipped: 0, errors: 0, warnings: 0, infos: 0 } }, {
    rules: ALL_RULES,
    cwd: ROOT,
    color: false,
    tool: { name: 'podlint', version: '1.2.3', informationUri: 'https://github.com/podlint/podlint#readme' },
  });
  const rules = log.runs[0]!.tool.driver.rules;

  it('an empty run still has results: [] and is valid', () => {
    checked('empty', JSON.stringify(log));
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver).toMatchObject({ version: '1.2.3', semanticVersion: '1.2.3' });
  });

  for (const rule of ALL_RULES) {
    it(rule.id, () => {
      const d = rules.find((r) => r.id === rule.id)!;
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(d.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
      expect(d.shortDescription.text).toBe(`${rule.meta.description}.`);
      expect(d.fullDescription.text.startsWith(`${rule.meta.description}.`)).toBe(true);
      expect(d.helpUri).toBe(docsUrl(rule.id));
      expect(d.help.text).toContain(rule.meta.remediation);
      expect(d.help.text).toContain(docsUrl(rule.id));
      expect(d.help.markdown).toContain(rule.meta.remediation);
      expect(d.help.markdown).toContain(`](${docsUrl(rule.id)})`);
      expect(d.defaultConfiguration.level).toBe(rule.meta.severity === 'info' ? 'note' : rule.meta.severity);
      expect(d.properties.tags).toContain(rule.meta.category);
      expect(d.properties.tags).toContain('kubernetes');
      const security = rule.meta.category === 'security' || rule.meta.podSecurity !== undefined;
      expect(d.properties.tags.includes('security')).toBe(security);
      if (security) {
        expect(d.properties['security-severity']).toMatch(/^\d+\.\d$/);
        expect(d.properties['problem.severity']).toBeUndefined();
      } else {
        expect(d.properties['security-severity']).toBeUndefined();
        expect(d.properties['problem.severity']).toBe(rule.meta.severity === 'info' ? 'recommendation' : rule.meta.severity);
      }
    });
  }

  it('a security rule that errors is "high" (security-severity ≥ 7)', () => {
    const d = rules.find((r) => r.id === 'no-privileged-container')!;
    expect(Number(d.properties['security-severity'])).toBeGreaterThanOrEqual(7);
    expect(d.properties['podSecurity']).toEqual({ level: 'baseline', check: 'privileged' });
  });
});

describe('artifact URIs', () => {
  it('are relative to the git repository root when run from a subdirectory, and percent-encoded', async () => {
    const repo = path.join(tmp, 'repo');
    gitInit(repo);
    write('repo/deploy/web pod#1.yaml', PRIVILEGED);
    write('repo/deploy/ünïcode.yaml', PRIVILEGED);
    const log = await sarifOf(['.'], path.join(repo, 'deploy'), 'subdir');
    expect(uris(log).sort()).toEqual(['deploy/%C3%BCn%C3%AFcode.yaml', 'deploy/web%20pod%231.yaml']);
  });

  it('are relative even for absolute inputs', async () => {
    const repo = path.join(tmp, 'repo-abs');
    gitInit(repo);
    const file = write('repo-abs/k8s/pod.yaml', PRIVILEGED);
    const log = await sarifOf([file], path.join(repo, 'k8s'), 'absolute input');
    expect(uris(log)).toEqual(['k8s/pod.yaml']);
    expect(JSON.stringify(log)).not.toContain(tmp);
  });

  it('are relative to the working directory outside a git repository', async () => {
    const dir = path.join(tmp, 'no-git', 'work');
    write('no-git/work/a/pod.yaml', PRIVILEGED);
    const log = await sarifOf(['a'], dir, 'no git');
    expect(uris(log)).toEqual(['a/pod.yaml']);
  });

  it('are never absolute for stdin', async () => {
    const r = await main(['lint', '--format', 'sarif', '-', '--stdin-filename', 'k8s/from stdin.yaml'], {
      stdout: (t) => {
        const log = checked('stdin', t);
        expect(uris(log)).toEqual(['k8s/from%20stdin.yaml']);
      },
      stderr: () => undefined,
      readStdin: () => Promise.resolve(PRIVILEGED),
      env: {},
      cwd: path.join(tmp, 'no-git'),
      isTTY: false,
    });
    expect(r).toBe(1);
  });
});

describe('results', () => {
  it('columns count UTF-16 code units', async () => {
    const dir = path.join(tmp, 'utf16');
    // "😀" is two UTF-16 code units: `privileged` starts at column 36.
    write('utf16/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: smile\nspec:\n  containers:\n    - {name: app, image: "😀", securityContext: {privileged: true}}\n');
    const log = await sarifOf(['pod.yaml'], dir, 'utf16');
    const line = '    - {name: app, image: "😀", securityContext: {privileged: true}}';
    expect(results(log)[0]!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 7, startColumn: line.indexOf('privileged') + 1 });
  });

  it('a file that does not parse is a parse-error result and a tool execution notification', async () => {
    const dir = path.join(tmp, 'broken');
    write('broken/bad.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [oops\n');
    const log = await sarifOf(['bad.yaml'], dir, 'parse error');
    const r = results(log);
    expect(r.map((x) => x.ruleId)).toEqual(['parse-error']);
    const run = log.runs[0]!;
    const notes = run.invocations[0]!.toolExecutionNotifications!;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ level: 'error', message: { text: r[0]!.message.text }, associatedRule: { id: 'parse-error', index: 0 } });
    expect(notes[0]!.locations[0]!.physicalLocation).toEqual(r[0]!.locations[0]!.physicalLocation);
  });

  it('--sarif-category fills automationDetails.id', async () => {
    const dir = path.join(tmp, 'category');
    write('category/pod.yaml', CLEAN);
    const bare = await sarifOf(['pod.yaml', '--sarif-category', 'k8s-prod'], dir, 'category bare');
    expect(bare.runs[0]!.automationDetails).toEqual({ id: 'k8s-prod/' });
    const full = await sarifOf(['pod.yaml', '--sarif-category', 'podlint/prod/'], dir, 'category');
    expect(full.runs[0]!.automationDetails).toEqual({ id: 'podlint/prod/' });
    expect(results(full)).toEqual([]);
  });

  it('writes to --output-file', async () => {
    const dir = path.join(tmp, 'outfile');
    write('outfile/pod.yaml', PRIVILEGED);
    const r = await cli(['lint', '--format', 'sarif', '-o', 'podlint.sarif', 'pod.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const log = checked('output file', readFileSync(path.join(dir, 'podlint.sarif'), 'utf8'));
    expect(results(log)).toHaveLength(1);
  });

  it('an update finding carries the old location as a related location', () => {
    const finding: Finding = {
      ruleId: 'no-privileged-container',
      category: 'security',
      severity: 'warning',
      message: 'spec.containers[0].securityContext.privileged: changed.',
      file: 'k8s/pod.yaml',
      line: 11,
      column: 9,
      endLine: 11,
      endColumn: 19,
      path: 'spec.containers[0].securityContext.privileged',
      object: { apiVersion: 'v1', kind: 'Pod', name: 'web' },
      previous: { file: 'k8s/old pod.yaml', line: 10, column: 9, value: false },
    };
    const report: LintReport = { kubernetesVersion: '1.37', findings: [finding], summary: { files: 1, documents: 1, objects: 1, skipped: 0, errors: 0, warnings: 1, infos: 0 } };
    const ctx: FormatContext = { rules: ALL_RULES, cwd: '/repo', repoRoot: '/repo', color: false, tool: { name: 'podlint', version: '0.1.0', informationUri: 'https://github.com/podlint/podlint#readme' } };
    const log = checked('update', formatSarif(report, ctx));
    const r = results(log)[0]!;
    expect(r.level).toBe('warning');
    expect(r.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'k8s/old%20pod.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 10, startColumn: 9 } },
        message: { text: 'Previous value: false.' },
      },
    ]);
    expect(r.locations[0]!.logicalLocations![0]!.fullyQualifiedName).toBe('Pod/web');
    expect(r.suppressions).toBeUndefined();
  });

  it('keeps suppressed findings, with inSource or external suppressions and the reason', async () => {
    const dir = path.join(tmp, 'suppressed');
    write('suppressed/inline.yaml', PRIVILEGED.replace('        privileged: true', '        privileged: true # podlint-disable-line no-privileged-container -- node agent needs it'));
    write('suppressed/config.yaml', PRIVILEGED.replace('name: bad', 'name: vendor'));
    write('suppressed/.podlint.yaml', 'ignores:\n  - rule: no-privileged-container\n    name: vendor\n    reason: third-party chart\n    expires: "2999-01-01"\n');
    const log = await sarifOf(['.'], dir, 'suppressed');
    const byFile = new Map(results(log).map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r]));
    expect(byFile.get('config.yaml')!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'third-party chart; expires 2999-01-01' }]);
    expect(byFile.get('inline.yaml')!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'node agent needs it' }]);
  });

  it('a finding of a rule outside ctx.rules still gets a complete descriptor', () => {
    const report: LintReport = {
      kubernetesVersion: '1.37',
      findings: [{ ruleId: 'plugin-rule', category: 'pitfall', severity: 'info', message: 'x: note.', file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, path: 'x' }],
      summary: { files: 1, documents: 1, objects: 1, skipped: 0, errors: 0, warnings: 0, infos: 1 },
    };
    const log = checked('plugin', formatSarif(report, { rules: ALL_RULES, cwd: '/w', color: false, tool: { name: 'podlint', version: '0.1.0' } }));
    const r = results(log)[0]!;
    expect(log.runs[0]!.tool.driver.rules[r.ruleIndex]!.id).toBe('plugin-rule');
    expect(r.level).toBe('note');
  });
});

describe("Microsoft's SARIF multitool (rule kinds Sarif;Gh)", () => {
  it('finds no error in any SARIF log produced above', (ctx) => {
    expect(produced.length).toBeGreaterThan(10);
    const outcome = runMultitool(...produced.map((p) => p.log));
    if ('skipped' in outcome) {
      ctx.skip(`skipped: ${outcome.skipped}`);
      return;
    }
    const names = produced.map((p, i) => `log-${i}.sarif = ${p.name}`).join(', ');
    expect(outcome.errors, `multitool errors (${names})`).toEqual([]);
  }, 300_000);

  it('does report errors (the check can fail)', (ctx) => {
    const log = JSON.parse(JSON.stringify(produced[0]!.log)) as SarifLog;
    const r = log.runs[0]!.results[0]!;
    r.locations[0]!.physicalLocation.artifactLocation.uri = '/abs/with space.yaml';
    r.message.text = '';
    const outcome = runMultitool(log);
    if ('skipped' in outcome) {
      ctx.skip(`skipped: ${outcome.skipped}`);
      return;
    }
    expect(outcome.errors.join('\n')).toMatch(/SARIF1002|SARIF1004/);
    expect(outcome.errors.join('\n')).toMatch(/GH1015|GH2012/);
    expect(schemaErrors(log).join('\n')).toContain('must match format "uri-reference"');
    expect(githubProblems(log).join('\n')).toContain('message.text missing or empty');
  }, 300_000);
});
