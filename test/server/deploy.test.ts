// deploy/: `kubectl kustomize` renders the base and the cert-manager overlay; podlint at the restricted
// level finds nothing in them; the webhook configuration has the settings the README promises.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/core/config.js';
import { lintSources } from '../../src/core/engine.js';
import type { JsonObject } from '../../src/k8s/values.js';
import { settingsFromText } from '../../src/server/settings.js';
import { ALL_RULES, ROOT } from '../helpers.js';

const haveKubectl = spawnSync('sh', ['-c', 'command -v kubectl'], { stdio: 'ignore' }).status === 0;
if (!haveKubectl) console.warn('skipping the deploy/ rendering tests: kubectl is not installed (they run `kubectl kustomize deploy/`)');

function kustomize(dir: string): string {
  const r = spawnSync('kubectl', ['kustomize', path.join(ROOT, dir)], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`kubectl kustomize ${dir} failed: ${r.stderr}`);
  return r.stdout;
}

function objects(text: string): JsonObject[] {
  return parseAllDocuments(text).map((d) => d.toJS() as JsonObject);
}

function find(list: JsonObject[], kind: string): JsonObject {
  const o = list.find((x) => x['kind'] === kind);
  if (!o) throw new Error(`no ${kind}`);
  return o;
}

describe.skipIf(!haveKubectl)('deploy/ (kubectl kustomize)', () => {
  const base = haveKubectl ? kustomize('deploy') : '';
  const overlay = haveKubectl ? kustomize('deploy/cert-manager') : '';

  it.each([
    ['deploy/', () => base],
    ['deploy/cert-manager/', () => overlay],
  ])('%s: podlint at the restricted level finds nothing', (name, text) => {
    const resolver = new ConfigResolver({ podSecurityLevel: 'restricted' }, ALL_RULES);
    const report = lintSources([{ path: `${name}rendered.yaml`, text: text() }], ALL_RULES, resolver);
    expect(report.summary.objects).toBeGreaterThanOrEqual(7);
    expect(report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it('the restricted check is not vacuous: weakening the Deployment is found', () => {
    const weakened = base.replace('runAsNonRoot: true', 'runAsNonRoot: false').replace('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true');
    const resolver = new ConfigResolver({ podSecurityLevel: 'restricted' }, ALL_RULES);
    const report = lintSources([{ path: 'weakened.yaml', text: weakened }], ALL_RULES, resolver);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('renders every object the base needs', () => {
    const kinds = objects(base).map((o) => o['kind']).sort();
    expect(kinds).toEqual(['ConfigMap', 'Deployment', 'Namespace', 'PodDisruptionBudget', 'Service', 'ServiceAccount', 'ValidatingWebhookConfiguration']);
    const overlayKinds = objects(overlay).map((o) => o['kind']);
    expect(overlayKinds).toEqual(expect.arrayContaining(['Issuer', 'Certificate', ...kinds]));
  });

  it('the Deployment: 3 replicas spread across nodes, probes, resources, restricted settings, serve flags', () => {
    const d = find(objects(base), 'Deployment') as { spec: JsonObject };
    expect(d.spec['replicas']).toBe(3);
    const pod = (d.spec['template'] as { spec: JsonObject }).spec;
    const spread = pod['topologySpreadConstraints'] as JsonObject[];
    expect(spread.find((s) => s['topologyKey'] === 'kubernetes.io/hostname')).toMatchObject({ maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule' });
    const c = (pod['containers'] as JsonObject[])[0]!;
    expect(c['readinessProbe']).toMatchObject({ httpGet: { path: '/readyz' } });
    expect(c['livenessProbe']).toMatchObject({ httpGet: { path: '/healthz' } });
    expect(c['resources']).toMatchObject({ requests: { cpu: expect.any(String), memory: expect.any(String) }, limits: { memory: expect.any(String) } });
    expect(c['args']).toEqual(expect.arrayContaining(['serve', '--tls-cert=/etc/podlint/tls/tls.crt', '--tls-key=/etc/podlint/tls/tls.key', '--config=/etc/podlint/config/podlint.yaml']));
    expect(String(c['image'])).not.toMatch(/:latest$/);
  });

  it('the ValidatingWebhookConfiguration: v1 reviews, no side effects, 5 s, Ignore, pods and subresources, namespaces excluded', () => {
    const vwc = find(objects(base), 'ValidatingWebhookConfiguration') as { webhooks: JsonObject[] };
    expect(vwc.webhooks).toHaveLength(1);
    const w = vwc.webhooks[0]!;
    expect(w).toMatchObject({ admissionReviewVersions: ['v1'], sideEffects: 'None', timeoutSeconds: 5, failurePolicy: 'Ignore' });
    expect(w['clientConfig']).toMatchObject({ service: { name: 'podlint-webhook', namespace: 'podlint', path: '/validate', port: 443 } });
    const resources = (w['rules'] as JsonObject[]).flatMap((r) => r['resources'] as string[]);
    expect(resources).toEqual(expect.arrayContaining(['pods', 'pods/ephemeralcontainers', 'pods/resize', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs', 'replicationcontrollers', 'podtemplates']));
    for (const r of w['rules'] as JsonObject[]) expect(r['operations']).toEqual(['CREATE', 'UPDATE']);
    expect(w['namespaceSelector']).toEqual({ matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system', 'podlint'] }] });
    const injected = find(objects(overlay), 'ValidatingWebhookConfiguration') as { metadata: { annotations: Record<string, string> } };
    expect(injected.metadata.annotations['cert-manager.io/inject-ca-from']).toBe('podlint/podlint-webhook');
  });

  it('the Certificate names the Service, and the Service and Secret match the Deployment', () => {
    const list = objects(overlay);
    const cert = find(list, 'Certificate') as { spec: { dnsNames: string[]; secretName: string } };
    expect(cert.spec.dnsNames).toEqual(expect.arrayContaining(['podlint-webhook.podlint.svc', 'podlint-webhook.podlint.svc.cluster.local']));
    const d = find(list, 'Deployment') as { spec: { template: { spec: { volumes: JsonObject[] } } } };
    expect(d.spec.template.spec.volumes).toEqual(expect.arrayContaining([{ name: 'tls', secret: { secretName: cert.spec.secretName } }]));
    const svc = find(list, 'Service') as { metadata: { name: string; namespace: string } };
    expect(`${svc.metadata.name}.${svc.metadata.namespace}.svc`).toBe('podlint-webhook.podlint.svc');
  });

  it('the ConfigMap holds a valid webhook config', () => {
    const cm = find(objects(base), 'ConfigMap') as { data: Record<string, string> };
    const settings = settingsFromText(cm.data['podlint.yaml']!, ALL_RULES, 'configmap podlint.yaml');
    expect(settings.webhook.mode).toBe('enforce');
  });
});
