// The GitHub Action, run as a runner runs it: INPUT_* variables, GITHUB_EVENT_PATH, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, in a scratch git repository with a base and a head commit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import type { SarifLog, SarifResult } from '../src/formatters/sarif.js';
import { ROOT } from './helpers.js';
import { githubProblems, runMultitool, schemaErrors } from './sarif-validate.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'podlint-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TSX = import.meta.resolve('tsx');
const SOURCE_ENTRY = path.join(ROOT, 'src', 'action', 'main.ts');
const DIST_ENTRY = path.join(ROOT, 'dist', 'action.js');

const POD_BASE = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: web
      image: nginx:1.25
      ports:
        - containerPort: 80
`;
// Head: the image bump is an allowed Pod update; the port change (line 11) is forbidden.
const POD_HEAD = POD_BASE.replace('nginx:1.25', 'nginx:1.27').replace('containerPort: 80', 'containerPort: 8080');
const POD_PORT_LINE = 11;
const POD_IMAGE_LINE = 9;

const DEPLOY_BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: registry.example/api:1.0.0
`;
const DEPLOY_HEAD = DEPLOY_BASE.replace('api:1.0.0', 'api:1.1.0');

// New on the head: a privileged container at line 11.
const PRIVILEGED = `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: shop
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true
`;
const PRIVILEGED_LINE = 11;

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: tmp, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function write(dir: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}

const repo = path.join(tmp, 'repo');
let baseSha = '';
let headSha = '';

beforeAll(() => {
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, 'k8s/pod.yaml', POD_BASE);
  write(repo, 'k8s/deploy.yaml', DEPLOY_BASE);
  write(repo, 'README.md', '# shop\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  write(repo, 'k8s/pod.yaml', POD_HEAD);
  write(repo, 'k8s/deploy.yaml', DEPLOY_HEAD);
  write(repo, 'k8s/debug pod.yaml', PRIVILEGED);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'head');
  headSha = git(repo, 'rev-parse', 'HEAD');
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarif: SarifLog | undefined;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

let runs = 0;

/** Run the Action in `workspace` as the runner would. */
function runAction(workspace: string, inputs: Record<string, string>, event: { name: string; payload: unknown }, entry: 'source' | 'dist' = 'source'): Run {
  const dir = path.join(tmp, `run-${++runs}`);
  mkdirSync(dir);
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: headSha,
    GIT_CONFIG_NOSYSTEM: '1',
    // Defaults from action.yml, as the runner passes them.
    INPUT_PATHS: '.',
    INPUT_MODE: 'auto',
    'INPUT_BASE-REF': '',
    INPUT_CONFIG: '',
    'INPUT_KUBERNETES-VERSION': '',
    'INPUT_POD-SECURITY-LEVEL': '',
    'INPUT_SARIF-FILE': 'podlint.sarif',
    'INPUT_FAIL-ON': 'error',
    'INPUT_MAX-ANNOTATIONS': '10',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const args = entry === 'source' ? ['--import', TSX, SOURCE_ENTRY] : [DIST_ENTRY];
  const sarifFile = path.join(workspace, env['INPUT_SARIF-FILE']!);
  rmSync(sarifFile, { force: true });
  const r = spawnSync(process.execPath, args, { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
  const sarif = existsSync(sarifFile) ? (JSON.parse(readFileSync(sarifFile, 'utf8')) as SarifLog) : undefined;
  if (sarif) {
    expect(schemaErrors(sarif), 'OASIS SARIF schema').toEqual([]);
    expect(githubProblems(sarif), 'GitHub requirements').toEqual([]);
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), sarif };
}

function pullRequest(base: string, head: string): { name: string; payload: unknown } {
  return {
    name: 'pull_request',
    payload: { action: 'synchronize', number: 7, pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } } },
  };
}

const PUSH = { name: 'push', payload: { ref: 'refs/heads/main', after: 'x' } };

function at(log: SarifLog, uri: string): SarifResult[] {
  return log.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === uri);
}

describe('action.yml', () => {
  const meta = loadYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    runs: { using: string; main: string };
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
  };

  it('is a node24 JavaScript action running the committed bundle', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
  });

  it('declares the documented inputs and outputs, with no expressions in defaults', () => {
    expect(Object.keys(meta.inputs)).toEqual(['paths', 'mode', 'base-ref', 'config', 'kubernetes-version', 'pod-security-level', 'sarif-file', 'fail-on', 'max-annotations']);
    expect(Object.keys(meta.outputs)).toEqual(['sarif-file', 'errors', 'warnings']);
    for (const [id, input] of Object.entries(meta.inputs)) {
      expect(input.description, id).not.toBe('');
      expect(String(input.default ?? ''), id).not.toContain('${{');
    }
    expect(meta.inputs['paths']!.default).toBe('.');
    expect(meta.inputs['mode']!.default).toBe('auto');
    expect(meta.inputs['base-ref']!.default).toBe('');
    expect(meta.inputs['sarif-file']!.default).toBe('podlint.sarif');
    expect(meta.inputs['fail-on']!.default).toBe('error');
  });
});

describe('the Action on a push (lint mode)', () => {
  it('lints every manifest, fails on the privileged container and reports it everywhere', () => {
    const r = runAction(repo, {}, PUSH);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const log = r.sarif!;
    const priv = at(log, 'k8s/debug%20pod.yaml');
    expect(priv.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.region.startLine])).toEqual([['no-privileged-container', 'error', PRIVILEGED_LINE]]);
    expect(at(log, 'k8s/deploy.yaml')).toEqual([]);
    expect(at(log, 'k8s/pod.yaml')).toEqual([]);
    expect(r.outputs).toEqual({ 'sarif-file': 'podlint.sarif', errors: '1', warnings: '0' });
    expect(r.stdout).toContain(`::error file=k8s/debug pod.yaml,line=${PRIVILEGED_LINE},endLine=${PRIVILEGED_LINE},col=9,endColumn=25,title=no-privileged-container::`);
    expect(r.stdout).toContain('::group::podlint report');
    expect(r.stdout).toContain('::error title=podlint::podlint found 1 error and 0 warnings (fail-on: error).');
    expect(r.summary).toContain('## podlint');
    expect(r.summary).toContain('| Rule | File | Severity | Findings | Lines |');
    expect(r.summary).toContain(
      `| [\`no-privileged-container\`](https://github.com/podlint/podlint/blob/main/rules/no-privileged-container.md) | [\`k8s/debug pod.yaml\`](https://github.com/acme/shop/blob/${headSha}/k8s/debug%20pod.yaml) | error | 1 | [${PRIVILEGED_LINE}](https://github.com/acme/shop/blob/${headSha}/k8s/debug%20pod.yaml#L${PRIVILEGED_LINE}) |`,
    );
  });

  it('passes with fail-on: never, and with fail-on: error on clean paths', () => {
    const never = runAction(repo, { 'fail-on': 'never' }, PUSH);
    expect(never.code).toBe(0);
    expect(never.outputs['errors']).toBe('1');
    const clean = runAction(repo, { paths: 'k8s/pod.yaml\nk8s/deploy.yaml' }, PUSH);
    expect(clean.code).toBe(0);
    expect(clean.sarif!.runs[0]!.results).toEqual([]);
    expect(clean.outputs).toEqual({ 'sarif-file': 'podlint.sarif', errors: '0', warnings: '0' });
    expect(clean.summary).toContain('✅ 0 errors, 0 warnings, 0 infos in 2 files');
  });

  it('honours max-annotations and sarif-file', () => {
    const r = runAction(repo, { 'max-annotations': '0', 'sarif-file': 'out/results.sarif' }, PUSH);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('::error file=');
    expect(r.stdout).toContain('::notice title=podlint::1 more finding is not annotated (max-annotations: 0)');
    expect(r.outputs['sarif-file']).toBe('out/results.sarif');
    expect(r.sarif!.runs[0]!.results).toHaveLength(1);
    rmSync(path.join(repo, 'out'), { recursive: true, force: true });
  });

  it('honours pod-security-level: privileged containers are allowed at the privileged level', () => {
    const r = runAction(repo, { 'pod-security-level': 'privileged' }, PUSH);
    expect(r.code).toBe(0);
    expect(at(r.sarif!, 'k8s/debug%20pod.yaml')).toEqual([]);
  });

  it('fails with a clear error on a bad input', () => {
    const r = runAction(repo, { 'fail-on': 'sometimes' }, PUSH);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=podlint::Input "fail-on" must be one of error, warning, never; got "sometimes".');
    const v = runAction(repo, { 'kubernetes-version': '1.12' }, PUSH);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('kubernetes-version');
  });

  it('mode: diff without a base is an error', () => {
    const r = runAction(repo, { mode: 'diff' }, PUSH);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=podlint::mode "diff" needs "base-ref"');
  });
});

describe('the Action on a pull request (diff mode)', () => {
  function expectPrVerdict(r: Run): void {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const log = r.sarif!;
    // The forbidden update, on the head at the changed line; the image bump is no finding.
    // (A warning that a bare Pod's spec change needs delete-and-recreate may sit at `spec:`.)
    const pod = at(log, 'k8s/pod.yaml');
    const podErrors = pod.filter((x) => x.level === 'error');
    expect(podErrors.length).toBeGreaterThan(0);
    expect(podErrors.map((x) => x.locations[0]!.physicalLocation.region.startLine), JSON.stringify(pod, null, 1)).toEqual(podErrors.map(() => POD_PORT_LINE));
    expect(podErrors.every((x) => x.relatedLocations?.[0]?.physicalLocation.region.startLine === POD_PORT_LINE)).toBe(true);
    expect(pod.some((x) => x.locations[0]!.physicalLocation.region.startLine === POD_IMAGE_LINE)).toBe(false);
    expect(at(log, 'k8s/deploy.yaml')).toEqual([]);
    // The new privileged container.
    const priv = at(log, 'k8s/debug%20pod.yaml');
    expect(priv.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.region.startLine])).toEqual([['no-privileged-container', PRIVILEGED_LINE]]);
    expect(Number(r.outputs['errors'])).toBe(podErrors.length + 1);
    expect(r.stdout).toContain(`::error file=k8s/pod.yaml,line=${POD_PORT_LINE},`);
    expect(r.summary).toContain('k8s/pod.yaml');
  }

  it('diffs the head against pull_request.base.sha from the event payload', () => {
    expectPrVerdict(runAction(repo, {}, pullRequest(baseSha, headSha)));
  });

  it('fetches the base commit when the checkout is shallow', () => {
    const clone = path.join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth=1', `file://${repo}`, clone);
    expect(spawnSync('git', ['cat-file', '-e', `${baseSha}^{commit}`], { cwd: clone }).status).not.toBe(0);
    const r = runAction(clone, {}, pullRequest(baseSha, headSha));
    expect(r.stdout).toContain(`Fetched the base commit ${baseSha}`);
    expectPrVerdict(r);
  });

  it('base-ref overrides the payload, and mode: lint ignores the pull request', () => {
    // Against the head itself nothing changed: the step passes; the SARIF file still has every finding.
    const self = runAction(repo, { 'base-ref': headSha }, pullRequest(baseSha, headSha));
    expect(self.code).toBe(0);
    expect(self.outputs).toEqual({ 'sarif-file': 'podlint.sarif', errors: '0', warnings: '0' });
    expect(self.stdout).not.toContain('::error file=');
    expect(self.sarif!.runs[0]!.results.map((x) => x.ruleId)).toEqual(['no-privileged-container']);
    expect(self.summary).toContain('0 changed manifests under `.`');
    expect(self.summary).toContain('1 finding in unchanged manifests is in the SARIF file only.');
    const lint = runAction(repo, { mode: 'lint' }, pullRequest(baseSha, headSha));
    expect(at(lint.sarif!, 'k8s/pod.yaml')).toEqual([]);
    expect(lint.outputs['errors']).toBe('1');
  });

  it('the SARIF file passes the multitool (rule kinds Sarif;Gh)', (ctx) => {
    const r = runAction(repo, {}, pullRequest(baseSha, headSha));
    const outcome = runMultitool(r.sarif);
    if ('skipped' in outcome) {
      ctx.skip(`skipped: ${outcome.skipped}`);
      return;
    }
    expect(outcome.errors).toEqual([]);
  });
});

describe('the committed bundle dist/action.js', () => {
  it('runs as the runner runs it (run `npm run build` after changing src/action)', () => {
    expect(existsSync(DIST_ENTRY), 'dist/action.js is missing: run `npm run build` and commit dist/').toBe(true);
    const r = runAction(repo, {}, PUSH, 'dist');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ 'sarif-file': 'podlint.sarif', errors: '1', warnings: '0' });
    expect(at(r.sarif!, 'k8s/debug%20pod.yaml').map((x) => x.locations[0]!.physicalLocation.region.startLine)).toEqual([PRIVILEGED_LINE]);
  });
});
