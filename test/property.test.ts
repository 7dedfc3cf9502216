// Property tests: generated and mutated manifests, and random bytes, never crash the engine; every input
// ends as findings (positions inside the text) or a parse-error finding.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import type { LintReport } from '../src/index.js';

function checkReport(text: string, report: LintReport): void {
  const lines = text.replace(/^\uFEFF/, '').split('\n').length;
  for (const f of report.findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(typeof f.message).toBe('string');
  }
}

const scalar = fc.oneof(
  fc.constantFrom('yes', 'no', 'on', '0755', '1_000', '0o17', '~', '', 'Always', 'true', '1:30', '-1', '65536', 'app', 'APP_1', '🚀'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
);
const container = fc.record(
  {
    name: scalar,
    image: scalar,
    restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never', 'always'),
    securityContext: fc.record({ privileged: fc.oneof(fc.boolean(), scalar), allowPrivilegeEscalation: fc.boolean(), runAsUser: fc.integer() }, { requiredKeys: [] }),
    ports: fc.array(fc.record({ name: scalar, containerPort: fc.oneof(fc.integer({ min: -1, max: 70000 }), scalar), hostPort: fc.integer({ min: 0, max: 70000 }), protocol: fc.constantFrom('TCP', 'UDP', 'SCTP', 'tcp') }, { requiredKeys: [] }), { maxLength: 3 }),
    volumeMounts: fc.array(fc.record({ name: scalar, mountPath: scalar, subPath: scalar }, { requiredKeys: [] }), { maxLength: 3 }),
    env: fc.array(fc.record({ name: scalar, value: scalar }, { requiredKeys: [] }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const podSpec = fc.record(
  {
    containers: fc.array(container, { maxLength: 4 }),
    initContainers: fc.array(container, { maxLength: 3 }),
    ephemeralContainers: fc.array(container, { maxLength: 2 }),
    volumes: fc.array(fc.record({ name: scalar, emptyDir: fc.constant({}) }, { requiredKeys: [] }), { maxLength: 3 }),
    hostNetwork: fc.boolean(),
    restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never'),
    nodeSelector: fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);
const kind = fc.constantFrom('Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet', 'Service', 'ConfigMap', 'List');
const manifest = fc.tuple(kind, podSpec, scalar, fc.dictionary(fc.string({ maxLength: 10 }), scalar, { maxKeys: 3 })).map(([k, spec, name, labels]) => {
  const apiVersion = k === 'Deployment' || k === 'StatefulSet' || k === 'DaemonSet' || k === 'ReplicaSet' ? 'apps/v1' : k === 'Job' || k === 'CronJob' ? 'batch/v1' : 'v1';
  const metadata = { name, labels };
  if (k === 'Pod') return { apiVersion, kind: k, metadata, spec };
  if (k === 'CronJob') return { apiVersion, kind: k, metadata, spec: { schedule: '@daily', jobTemplate: { spec: { template: { metadata: { labels }, spec } } } } };
  if (k === 'List') return { apiVersion, kind: k, items: [{ apiVersion: 'v1', kind: 'Pod', metadata, spec }] };
  return { apiVersion, kind: k, metadata, spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec } } };
});

describe('the engine never crashes', () => {
  it('on generated manifests in block, flow and JSON styles', () => {
    fc.assert(
      fc.property(fc.array(manifest, { minLength: 1, maxLength: 3 }), fc.constantFrom('block', 'flow', 'json'), fc.constantFrom('1.27', '1.29', '1.33', '1.35', '1.37'), (docs, style, version) => {
        const text =
          style === 'json' ? JSON.stringify(docs[0], null, 2) : docs.map((d) => stringify(d, { collectionStyle: style === 'flow' ? 'flow' : 'block' })).join('---\n');
        const report = lintText(text, { kubernetesVersion: version, config: { rules: {} } });
        checkReport(text, report);
        expect(report.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated manifests (bytes cut, inserted and replaced)', () => {
    fc.assert(
      fc.property(manifest, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 4 })), { maxLength: 4 }), (doc, edits) => {
        let text = stringify(doc);
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        const report = lintText(text);
        checkReport(text, report);
      }),
      { numRuns: 300 },
    );
  });

  it('on random text and bytes: the result is findings or a parse-error finding', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'))), (text) => {
        const report = lintText(text);
        checkReport(text, report);
        expect(report.summary.files).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});
