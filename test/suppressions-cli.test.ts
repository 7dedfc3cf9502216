// Suppressions, baselines, presets and plugins through the CLI (main() with a fake io), from YAML on disk to
// stylish, JSON and SARIF output and exit codes. Built-in rules are turned off in these configs so that only
// the example plugin rule and no-privileged-container report, whatever rules are added later.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/main.js';
import { builtinRules } from '../rules/index.js';

const PLUGIN = path.join(import.meta.dirname, '..', 'fixtures', 'plugins', 'allowed-registries.mjs');
const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'podlint-suppress-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readStdin: async () => '',
    env,
    cwd,
    isTTY: false,
  };
  const code = await main(args, io);
  return { code, ...out };
}

interface JsonReport {
  findings: { ruleId: string; line: number; file: string; path: string; messageId: string; suppressed?: { kind: string; reason: string; expires?: string } }[];
  summary: Record<string, number>;
}
const json = (r: Run): JsonReport => JSON.parse(r.stdout) as JsonReport;

/** A project directory with a config (built-ins off except no-privileged-container, plus the plugin). */
function project(files: Record<string, string>, config: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(path.join(tmpRoot, 'p-'));
  const rules: Record<string, unknown> = Object.fromEntries(builtinRules.map((r) => [r.id, 'off']));
  rules['no-privileged-container'] = 'error';
  rules['allowed-image-registries'] = { severity: 'error', options: { registries: ['registry.example.com'] } };
  const full = { plugins: [PLUGIN], ...config, rules: { ...rules, ...((config['rules'] as object | undefined) ?? {}) } };
  writeFileSync(path.join(dir, '.podlint.yaml'), stringify(full));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: agent
  namespace: monitoring
spec:
  containers:
    - name: agent
      image: registry.example.com/agent:1.0.0
      securityContext:
        # podlint-disable-next-line no-privileged-container -- reads host devices; approved in SEC-1234
        privileged: true
    - name: istio-proxy
      image: docker.io/istio/proxyv2:1.23.0 # podlint-disable-line allowed-image-registries -- injected by the mesh
`;

describe('suppressions in the CLI output', () => {
  it('stylish hides suppressed findings and counts them; exit 0 when every error is suppressed', async () => {
    const dir = project({ 'pod.yaml': POD });
    const r = await run(['lint', '.', '--no-color'], dir);
    expect(r.stdout).toBe('✔ No problems (1 file, 1 object linted for Kubernetes 1.37, 2 findings suppressed).\n');
    expect(r.code).toBe(0);
  });

  it('JSON lists suppressed findings with kind and reason, and the summary counts them', async () => {
    const dir = project({ 'pod.yaml': POD });
    const r = await run(['lint', '.', '--format', 'json'], dir);
    const report = json(r);
    expect(report.findings.map((f) => [f.ruleId, f.line, f.suppressed])).toEqual([
      ['no-privileged-container', 12, { kind: 'inline', reason: 'reads host devices; approved in SEC-1234' }],
      ['allowed-image-registries', 14, { kind: 'inline', reason: 'injected by the mesh' }],
    ]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 2 });
  });

  it('--strict and strict: true honour only the config ignores', async () => {
    const config = { ignores: [{ rule: 'allowed-image-registries', container: 'istio-proxy', reason: 'mesh sidecar' }] };
    for (const [dir, args] of [
      [project({ 'pod.yaml': POD }, config), ['--strict']],
      [project({ 'pod.yaml': POD }, { ...config, strict: true }), []],
    ] as const) {
      const r = await run(['lint', '.', '--format', 'json', ...args], dir);
      expect(json(r).findings.map((f) => [f.ruleId, f.suppressed?.kind])).toEqual([
        ['no-privileged-container', undefined],
        ['allowed-image-registries', 'config'],
      ]);
      expect(r.code).toBe(1);
      const stylish = await run(['lint', '.', '--no-color', ...args], dir);
      expect(stylish.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file, 1 object linted for Kubernetes 1.37, 1 finding suppressed.');
    }
  });

  it('an expired config ignore stops suppressing and is reported at its entry in the config file', async () => {
    const dir = project({ 'pod.yaml': POD.replace(/ # podlint-disable-line.*\n/, '\n') }, { ignores: [{ rule: 'allowed-image-registries', image: 'docker.io/istio/*', reason: 'until the mirror exists', expires: '2020-01-31' }] });
    const r = await run(['lint', '.', '--format', 'json'], dir);
    const f = json(r).findings;
    expect(f.map((x) => [x.file, x.ruleId, x.messageId, x.suppressed?.kind])).toEqual([
      ['pod.yaml', 'no-privileged-container', 'privileged', 'inline'],
      ['pod.yaml', 'allowed-image-registries', 'notAllowed', undefined],
      ['.podlint.yaml', 'suppression', 'expired', undefined],
    ]);
    const config = readFileSync(path.join(dir, '.podlint.yaml'), 'utf8').split('\n');
    expect(config[f[2]!.line - 1]).toContain('rule: allowed-image-registries');
    expect(r.code).toBe(1);
    const stylish = await run(['lint', '.', '--no-color'], dir);
    expect(stylish.stdout).toContain('.podlint.yaml\n');
    expect(stylish.stdout).toContain('expired on 2020-01-31 and no longer suppresses anything');
  });

  it('unused suppressions are reported with the flag or when CI is set, not otherwise', async () => {
    const dir = project({ 'pod.yaml': POD.replace('privileged: true', 'privileged: false') });
    const unused = (r: Run): string[] => json(r).findings.filter((f) => f.ruleId === 'suppression').map((f) => `${f.line} ${f.messageId}`);
    expect(unused(await run(['lint', '.', '--format', 'json'], dir))).toEqual([]);
    expect(unused(await run(['lint', '.', '--format', 'json'], dir, { CI: 'false' }))).toEqual([]);
    expect(unused(await run(['lint', '.', '--format', 'json', '--report-unused-suppressions'], dir))).toEqual(['11 unused']);
    const ci = await run(['lint', '.', '--format', 'json'], dir, { CI: 'true' });
    expect(unused(ci)).toEqual(['11 unused']);
    expect(ci.code).toBe(0);
    expect((await run(['lint', '.', '--format', 'json', '--max-warnings', '0'], dir, { CI: 'true' })).code).toBe(1);
    expect(unused(await run(['lint', '.', '--format', 'json', '--no-report-unused-suppressions'], dir, { CI: 'true' }))).toEqual([]);
  });
});

describe('baseline', () => {
  const CLEAN = POD.replace(/ *# podlint-disable-next-line.*\n/, '').replace(/ # podlint-disable-line.*\n/, '\n');

  it('--write-baseline records findings; --baseline then reports only new ones', async () => {
    const dir = project({ 'pod.yaml': CLEAN });
    const before = await run(['lint', '.', '--format', 'json'], dir);
    expect(json(before).summary).toMatchObject({ errors: 2, suppressed: 0 });

    const written = await run(['lint', '.', '--no-color', '--write-baseline', '.podlint-baseline.json'], dir);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe('podlint: baseline of 2 findings written to .podlint-baseline.json\n');
    expect(written.stdout).toContain('2 findings suppressed');
    const baseline = JSON.parse(readFileSync(path.join(dir, '.podlint-baseline.json'), 'utf8')) as { findings: { ruleId: string; object: string; path: string; count: number }[] };
    expect(baseline.findings.map((e) => [e.ruleId, e.object, e.path, e.count])).toEqual([
      ['allowed-image-registries', 'Pod monitoring/agent', 'spec.containers[1].image', 1],
      ['no-privileged-container', 'Pod monitoring/agent', 'spec.containers[0].securityContext.privileged', 1],
    ]);

    // Same findings on other lines, plus a new one.
    writeFileSync(path.join(dir, 'pod.yaml'), `# moved down\n\n${CLEAN}    - name: debug\n      image: busybox:1.36\n`);
    const after = await run(['lint', '.', '--format', 'json', '--baseline', '.podlint-baseline.json'], dir);
    expect(json(after).findings.map((f) => [f.path, f.suppressed?.kind])).toEqual([
      ['spec.containers[0].securityContext.privileged', 'baseline'],
      ['spec.containers[1].image', 'baseline'],
      ['spec.containers[2].image', undefined],
    ]);
    expect(after.code).toBe(1);
    const stylish = await run(['lint', '.', '--no-color', '--baseline', '.podlint-baseline.json'], dir);
    expect(stylish.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file, 1 object linted for Kubernetes 1.37, 2 findings suppressed.');
    expect(stylish.stdout).toContain('spec.containers[2].image');
    expect(stylish.stdout).not.toContain('spec.containers[1].image');
  });

  it('a missing or malformed baseline is a usage error (exit 2)', async () => {
    const dir = project({ 'pod.yaml': CLEAN, 'bad.json': '{"findings": []}' });
    const missing = await run(['lint', '.', '--baseline', 'nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--baseline: cannot read "nope.json": ENOENT');
    const bad = await run(['lint', '.', '--baseline', 'bad.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json: unsupported baseline version undefined');
  });
});

describe('presets and plugins through the CLI', () => {
  it('extends: validity-only turns off security rules, plugin rules included; all turns them on', async () => {
    const dir = project({ 'pod.yaml': POD.replace(/ *# podlint-disable-next-line.*\n/, '') });
    // Validity rules stay on in every preset: turn the built-in ones off explicitly to isolate the plugin.
    const validityOff = Object.fromEntries(builtinRules.filter((r) => r.meta.category === 'validity').map((r) => [r.id, 'off']));
    writeFileSync(path.join(dir, '.podlint.yaml'), stringify({ plugins: [PLUGIN], extends: 'validity-only', rules: validityOff }));
    const r = await run(['lint', '.', '--format', 'json'], dir);
    expect(json(r).findings.map((f) => f.ruleId)).toEqual([]);
    writeFileSync(path.join(dir, '.podlint.yaml'), stringify({ plugins: [PLUGIN], extends: 'all', rules: Object.fromEntries(builtinRules.map((x) => [x.id, 'off'])) }));
    const all = await run(['lint', '.', '--format', 'json'], dir);
    // The agent's registry is not in the plugin's default list; the istio-proxy finding is suppressed inline.
    expect(json(all).findings.map((f) => [f.ruleId, f.path, f.suppressed?.kind])).toEqual([
      ['allowed-image-registries', 'spec.containers[0].image', undefined],
      ['allowed-image-registries', 'spec.containers[1].image', 'inline'],
    ]);
  });

  it('--rule accepts plugin rule ids', async () => {
    const dir = project({ 'pod.yaml': POD.replace(/ # podlint-disable-line.*\n/, '\n') });
    expect((await run(['lint', '.', '--format', 'json'], dir)).code).toBe(1);
    const off = await run(['lint', '.', '--format', 'json', '--rule', 'allowed-image-registries=off'], dir);
    expect(json(off).findings.map((f) => f.ruleId)).toEqual(['no-privileged-container']);
    expect(off.code).toBe(0);
  });

  it('podlint rules lists plugin rules with their own docs URL', async () => {
    const dir = project({});
    const text = await run(['rules'], dir);
    expect(text.stdout).toMatch(/^allowed-image-registries +security +error +Require container images to come from an allowed registry$/m);
    const list = JSON.parse((await run(['rules', '--format', 'json'], dir)).stdout) as { id: string; docsUrl: string; options?: unknown }[];
    const rule = list.find((r) => r.id === 'allowed-image-registries')!;
    expect(rule.docsUrl).toBe('https://github.com/podlint/podlint/blob/main/README.md#suppressions-presets-and-custom-rules');
    expect(rule.options).toMatchObject({ properties: { registries: { type: 'array' } } });
    expect((await run(['rules', '--format', 'markdown'], dir)).stdout).toContain(
      '| [`allowed-image-registries`](https://github.com/podlint/podlint/blob/main/README.md#suppressions-presets-and-custom-rules) | Require container images',
    );
    expect((await run(['rules', '--no-config-lookup'], dir)).stdout).not.toContain('allowed-image-registries');
  });

  it('SARIF output describes plugin rules like built-in ones', async () => {
    const dir = project({ 'pod.yaml': POD.replace(/ # podlint-disable-line.*\n/, '\n') });
    const r = await run(['lint', '.', '--format', 'sarif'], dir);
    const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
    expect(log.runs[0]!.tool.driver.rules.map((x) => x.id)).toContain('allowed-image-registries');
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toContain('allowed-image-registries');
  });

  it.each([
    [{ plugins: ['./missing.mjs'] }, 'plugin "./missing.mjs": no such file'],
    [{ plugins: [PLUGIN, PLUGIN] }, 'rule id "allowed-image-registries" is already used by plugin'],
    [{ plugins: ['./empty.mjs'] }, 'plugin "./empty.mjs" exports no rule'],
    [{ plugins: ['./clash.mjs'] }, 'plugin "./clash.mjs": rule id "no-privileged-container" is already used by a built-in rule'],
    [{ plugins: ['./broken.mjs'] }, 'plugin "./broken.mjs": rule "bad-rule": meta.category must be one of'],
    [{ plugins: ['./throws.mjs'] }, 'plugin "./throws.mjs": cannot be imported: boom'],
  ])('a bad plugin is a configuration error (exit 2): %j', async (config, message) => {
    const dir = mkdtempSync(path.join(tmpRoot, 'bad-'));
    writeFileSync(path.join(dir, '.podlint.yaml'), stringify(config));
    writeFileSync(path.join(dir, 'empty.mjs'), 'export const x = 1;\n');
    writeFileSync(path.join(dir, 'clash.mjs'), "export default { id: 'no-privileged-container', meta: { description: 'd', category: 'security', severity: 'error', remediation: 'r.', messages: { a: 'aaaaaaaaaaaa' } }, create: () => ({}) };\n");
    writeFileSync(path.join(dir, 'broken.mjs'), "export default [{ id: 'bad-rule', meta: { description: 'd', category: 'style', severity: 'error', remediation: 'r.', messages: { a: 'aaaaaaaaaaa' } }, create: () => ({}) }];\n");
    writeFileSync(path.join(dir, 'throws.mjs'), "throw new Error('boom');\n");
    writeFileSync(path.join(dir, 'pod.yaml'), POD);
    const r = await run(['lint', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
