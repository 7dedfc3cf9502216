// The example plugin (fixtures/plugins/allowed-registries.mjs): its RuleTester table, as a plugin author would
// write it with `podlint/testing`, then end to end through the CLI and the library with its example config.
// The plugin imports `podlint`, which resolves to this package (package.json `exports` -> dist/index.js).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/main.js';
import type { AnyRule, RuleModule } from '../src/core/rule.js';
import { lintFiles } from '../src/node/lint-files.js';
import { loadPlugins } from '../src/node/plugins.js';
import { RuleTester } from '../src/testing/index.js';
import { runCli } from './helpers.js';

const PLUGINS = path.join(import.meta.dirname, '..', 'fixtures', 'plugins');
const EXAMPLE = path.join(PLUGINS, 'example');
const plugin = (await import(pathToFileURL(path.join(PLUGINS, 'allowed-registries.mjs')).href)) as {
  default: RuleModule<'notAllowed', { registries: string[] }>;
  registryOf(image: string): string;
};
const rule = plugin.default;

const pod = (image: string, list = 'containers'): string => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  ${list}:
    - name: web
      image: ${image}
`;

describe('registryOf', () => {
  it.each([
    ['nginx', 'docker.io'],
    ['library/nginx:1.27', 'docker.io'],
    ['docker.io/istio/proxyv2:1.23.0', 'docker.io'],
    ['registry.k8s.io/pause:3.10', 'registry.k8s.io'],
    ['localhost/app', 'localhost'],
    ['registry.local:5000/app@sha256:abc', 'registry.local:5000'],
  ])('%s comes from %s', (image, registry) => {
    expect(plugin.registryOf(image)).toBe(registry);
  });
});

new RuleTester().run(rule, {
  valid: [
    pod('registry.k8s.io/pause:3.10'),
    { code: pod('registry.example.com/web:1.0'), options: { registries: ['registry.example.com'] } },
    // a missing image is another rule's business
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n',
  ],
  invalid: [
    {
      code: pod('nginx:1.27'),
      errors: [{ messageId: 'notAllowed', path: 'spec.containers[0].image', line: 8, column: 7, endLine: 8, endColumn: 24, message: 'image "nginx:1.27" comes from registry "docker.io"' }],
    },
    {
      code: pod('ghcr.io/acme/tool:2', 'initContainers'),
      options: { registries: ['registry.example.com', 'quay.io'] },
      errors: [{ messageId: 'notAllowed', path: 'spec.initContainers[0].image', line: 8, column: 7, message: '(registry.example.com, quay.io)' }],
    },
    {
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: job
              image: busybox:1.36
`,
      errors: [{ messageId: 'notAllowed', path: 'spec.jobTemplate.spec.template.spec.containers[0].image', line: 14, column: 15 }],
    },
  ],
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
async function run(args: string[], cwd: string): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), readStdin: async () => '', env: {}, cwd, isTTY: false };
  return { code: await main(args, io), ...out };
}

describe('fixtures/plugins/example end to end', () => {
  it('through the bin, also when it runs from its compile cache (plugins are imported by the bin itself)', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'podlint-plugin-cache-'));
    try {
      // A private TMPDIR: the first run compiles the bundle and writes the cache, the second runs from it.
      const runs = [1, 2].map(() => runCli(['lint', 'deployment.yaml', '--format', 'json'], { cwd: EXAMPLE, env: { TMPDIR: tmp } }));
      expect(readdirSync(tmp).length).toBe(1);
      for (const r of runs) {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('"ruleId": "allowed-image-registries"');
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('stylish: the plugin finding at its line and column; the config-ignored sidecar is counted as suppressed', async () => {
    const r = await run(['lint', 'deployment.yaml', '--no-color', '--rule', 'no-privileged-container=off'], EXAMPLE);
    expect(r.stdout).toContain(
      '  18:11  error  spec.template.spec.containers[0].image: image "nginx:1.27" comes from registry "docker.io", which is not allowed (registry.example.com, registry.k8s.io); mirror it into an allowed registry.  allowed-image-registries',
    );
    expect(r.stdout).toContain('1 finding suppressed');
    expect(r.code).toBe(1);
  });

  it('JSON: plugin findings carry path, object and suppression like built-in ones', async () => {
    const r = await run(['lint', 'deployment.yaml', '--format', 'json'], EXAMPLE);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; path: string; line: number; column: number; object: unknown; suppressed?: unknown }[] };
    const mine = report.findings.filter((f) => f.ruleId === 'allowed-image-registries');
    expect(mine).toEqual([
      expect.objectContaining({ path: 'spec.template.spec.containers[0].image', line: 18, column: 11, object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' } }),
      expect.objectContaining({
        path: 'spec.template.spec.containers[2].image',
        line: 22,
        suppressed: { kind: 'config', reason: "The istio-proxy sidecar is injected by the mesh, from the mesh's own registry." },
      }),
    ]);
    expect(mine[0]).not.toHaveProperty('suppressed');
  });

  it('inline comments and annotations suppress plugin findings too', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'podlint-plugin-'));
    try {
      writeFileSync(path.join(dir, '.podlint.yaml'), `plugins: [${JSON.stringify(path.join(PLUGINS, 'allowed-registries.mjs'))}]\n`);
      writeFileSync(
        path.join(dir, 'pod.yaml'),
        `${pod('nginx:1.27 # podlint-disable-line allowed-image-registries -- upstream image, mirrored in INFRA-9')}---\n${pod('busybox:1.36').replace('  name: web\n', '  name: debug\n  annotations:\n    podlint.io/ignore.web: allowed-image-registries\n    podlint.io/ignore-reason: debugging pod\n')}`,
      );
      const r = await run(['lint', '.', '--format', 'json', '--rule', 'no-privileged-container=off'], dir);
      const report = JSON.parse(r.stdout) as { findings: { ruleId: string; suppressed?: { kind: string } }[] };
      expect(report.findings.filter((f) => f.ruleId === 'allowed-image-registries').map((f) => f.suppressed?.kind)).toEqual(['inline', 'annotation']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the library loads the config plugins by itself', async () => {
    const report = await lintFiles(['deployment.yaml'], { cwd: EXAMPLE });
    expect(report.findings.filter((f) => f.ruleId === 'allowed-image-registries' && !f.suppressed).map((f) => f.path)).toEqual(['spec.template.spec.containers[0].image']);
    expect(report.summary.suppressed).toBeGreaterThanOrEqual(1);
  });
});

describe('loadPlugins', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'podlint-plugins-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const ruleSource = (id: string): string =>
    `{ id: '${id}', meta: { description: 'Require x', category: 'pitfall', severity: 'warning', remediation: 'Do x.', messages: { x: '{{path}}: x is wrong here.' } }, create: () => ({}) }`;

  it.each([
    ['a default export', (id: string) => `export default ${ruleSource(id)};`],
    ['a default array', (id: string) => `export default [${ruleSource(id)}];`],
    ['a rules export', (id: string) => `export const rules = [${ruleSource(id)}];`],
    ['a default { rules } object', (id: string) => `export default { rules: { one: ${ruleSource(id)} } };`],
  ])('accepts %s', async (_name, source) => {
    const file = `shape-${Math.random().toString(36).slice(2)}.mjs`;
    writeFileSync(path.join(tmp, file), source('my-rule'));
    const rules: AnyRule[] = await loadPlugins([`./${file}`], tmp);
    expect(rules.map((r) => r.id)).toEqual(['my-rule']);
  });

  it('rejects a rule id that is not kebab-case', async () => {
    writeFileSync(path.join(tmp, 'camel.mjs'), `export default ${ruleSource('myRule')};`);
    await expect(loadPlugins(['./camel.mjs'], tmp)).rejects.toThrow('plugin "./camel.mjs": rule id "myRule" must be kebab-case');
  });
});
