// The pure admission decision: verdicts, messages, warnings limits, UPDATE diffing, subresources, modes,
// exemptions, failure mode, bad envelopes.
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config.js';
import { defineRule } from '../../src/core/rule.js';
import type { AnyRule } from '../../src/core/rule.js';
import type { Finding } from '../../src/core/report.js';
import { withSyntaxRules } from '../../src/core/syntax-rules.js';
import type { JsonObject } from '../../src/k8s/values.js';
import {
  BadReviewError,
  DENY_MAX_ITEMS,
  findingLine,
  introducedFindings,
  reviewAdmission,
  WARNING_MAX_LENGTH,
  WARNINGS_MAX_TOTAL,
} from '../../src/server/admission.js';
import type { ReviewResult } from '../../src/server/admission.js';
import { settingsFromConfig } from '../../src/server/settings.js';
import { builtinRules } from '../../rules/index.js';
import { container, cronJob, deployment, pod, review, sample } from './helpers.js';

const RULES = withSyntaxRules(builtinRules);

function decide(body: unknown, config: Config = {}, rules: readonly AnyRule[] = RULES): ReviewResult {
  return reviewAdmission(body, settingsFromConfig(config, withSyntaxRules(rules)));
}
function response(r: ReviewResult): JsonObject {
  return r.review['response'] as JsonObject;
}

describe('envelope', () => {
  it('answers the same apiVersion and kind, with the request uid', () => {
    const body = sample('pod-update-request.json');
    const r = decide(body);
    expect(r.review['apiVersion']).toBe('admission.k8s.io/v1');
    expect(r.review['kind']).toBe('AdmissionReview');
    expect(response(r)['uid']).toBe('9a3e1b7d-4c2f-4e8a-b1d0-7f6e5d4c3b21');
    const beta = decide({ ...review({ object: pod('web', [container('app')]) }), apiVersion: 'admission.k8s.io/v1beta1' });
    expect(beta.review['apiVersion']).toBe('admission.k8s.io/v1beta1');
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an array', []],
    ['a wrong apiVersion', { apiVersion: 'admission.k8s.io/v2', kind: 'AdmissionReview', request: { uid: 'a', operation: 'CREATE' } }],
    ['a wrong kind', { apiVersion: 'admission.k8s.io/v1', kind: 'Review', request: { uid: 'a', operation: 'CREATE' } }],
    ['no request', { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', response: { uid: 'a', allowed: true } }],
    ['no uid', { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: { operation: 'CREATE' } }],
    ['an empty uid', { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: { uid: '', operation: 'CREATE' } }],
    ['no operation', { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: { uid: 'a' } }],
  ])('rejects %s as not an AdmissionReview', (_what, body) => {
    expect(() => decide(body)).toThrow(BadReviewError);
  });
});

describe('CREATE', () => {
  it('denies the sample pod with a privileged container: 403 Forbidden, path once, rule id', () => {
    const r = decide(sample('pod-create-request.json'));
    const res = response(r);
    expect(r.verdict).toBe('denied');
    expect(res['allowed']).toBe(false);
    const status = res['status'] as JsonObject;
    expect(status['code']).toBe(403);
    expect(status['reason']).toBe('Forbidden');
    const message = status['message'] as string;
    expect(message.startsWith('spec.containers[0].securityContext.privileged: ')).toBe(true);
    expect(message.split('spec.containers[0].securityContext.privileged').length).toBe(2);
    expect(message.endsWith('(no-privileged-container)')).toBe(true);
    expect(res['auditAnnotations']).toEqual({ findings: 'no-privileged-container' });
    // Same envelope fields as the reference deny sample.
    const ref = sample('response-deny.json')['response'] as JsonObject;
    expect(Object.keys(status).sort()).toEqual(Object.keys(ref['status'] as JsonObject).sort());
  });

  it('allows a clean pod with no warnings and no status', () => {
    const r = decide(review({ object: pod('web', [container('app'), container('proxy')]) }));
    expect(response(r)).toEqual({ uid: expect.any(String), allowed: true });
    expect(r.verdict).toBe('allowed');
  });

  it('denies workloads at their template paths (Deployment, CronJob)', () => {
    const d = decide(review({ object: deployment('web', [container('app', { privileged: true })]) }));
    expect(d.verdict).toBe('denied');
    expect(d.introduced.map((f) => f.path)).toEqual(['spec.template.spec.containers[0].securityContext.privileged']);
    const c = decide(review({ object: cronJob('nightly', [container('job'), container('job')]) }));
    expect(c.verdict).toBe('denied');
    expect(c.introduced.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['unique-container-names spec.jobTemplate.spec.template.spec.containers[1].name']);
  });

  it('lists each finding on its own line and cuts the list after DENY_MAX_ITEMS', () => {
    const containers = Array.from({ length: 14 }, (_, i) => container(`c${i}`, { privileged: true }));
    const r = decide(review({ object: pod('many', containers) }));
    const lines = ((response(r)['status'] as JsonObject)['message'] as string).split('\n');
    expect(lines).toHaveLength(DENY_MAX_ITEMS + 1);
    expect(lines[0]).toMatch(/^spec\.containers\[0\]\.securityContext\.privileged: .*\(no-privileged-container\)$/);
    expect(lines.at(-1)).toBe('(and 4 more; run podlint lint for the full list)');
  });

  it('puts warning-severity findings in response.warnings and still allows', () => {
    const r = decide(review({ object: pod('web', [container('app', { privileged: true })]) }), { rules: { 'no-privileged-container': 'warning' } });
    const res = response(r);
    expect(res['allowed']).toBe(true);
    expect(r.verdict).toBe('warned');
    expect(res['warnings']).toEqual([expect.stringMatching(/^spec\.containers\[0\]\.securityContext\.privileged: .*\(no-privileged-container\)$/)]);
  });

  it('honours podlint.io/ignore annotations and config ignores, as the CLI does', () => {
    const annotated = pod('web', [container('app', { privileged: true })]);
    (annotated['metadata'] as JsonObject)['annotations'] = { 'podlint.io/ignore': 'no-privileged-container', 'podlint.io/ignore-reason': 'Node agent; approved in SEC-1234.' };
    const r = decide(review({ object: annotated }));
    expect(r.verdict).toBe('allowed');
    expect(r.suppressed).toBe(1);
    const ignored = decide(review({ object: pod('web', [container('app', { privileged: true })]) }), {
      ignores: [{ rule: 'no-privileged-container', namespace: 'team-*', reason: 'Approved in SEC-1.' }],
    } as Config);
    expect(ignored.verdict).toBe('allowed');
    const expired = reviewAdmission(
      review({ object: pod('web', [container('app', { privileged: true })]) }),
      settingsFromConfig({ ignores: [{ rule: 'no-privileged-container', reason: 'Until the fix.', expires: '2026-01-31' }] } as Config, RULES, { today: '2026-02-01' }),
    );
    expect(expired.verdict).toBe('denied');
  });

  it('applies config overrides matched against <namespace>/<kind>/<name>', () => {
    const body = review({ object: pod('web', [container('app', { privileged: true })]), namespace: 'legacy' });
    const config: Config = { overrides: [{ files: ['legacy/**'], rules: { 'no-privileged-container': 'off' } }] };
    expect(decide(body, config).verdict).toBe('allowed');
    expect(decide(review({ object: pod('web', [container('app', { privileged: true })]) }), config).verdict).toBe('denied');
  });
});

// Rules that make many findings, to test the limits.
const noisy = defineRule<'w'>({
  id: 'noisy',
  meta: { description: 'Warn a lot', category: 'pitfall', severity: 'warning', remediation: 'Do not.', messages: { w: '{{path}}: {{text}}' } },
  create: (ctx) => ({
    podSpec(p) {
      for (let i = 0; i < 60; i++) ctx.report({ messageId: 'w', path: p.at('containers', i), data: { text: `${'x'.repeat(400)}\u0007${i}` } });
    },
  }),
});
const crashing = defineRule<'m'>({
  id: 'crashing',
  meta: { description: 'Crash', category: 'pitfall', severity: 'error', remediation: 'Fix it.', messages: { m: '{{path}}: m' } },
  create: () => ({
    podSpec() {
      throw new Error('boom');
    },
  }),
});

describe('warnings', () => {
  it('keeps each warning under 256 characters and all of them within 4096, printable', () => {
    const r = decide(review({ object: pod('web', [container('app')]) }), {}, [noisy]);
    const warnings = response(r)['warnings'] as string[];
    expect(warnings.length).toBeGreaterThan(5);
    for (const w of warnings) {
      expect(w.length).toBeLessThanOrEqual(WARNING_MAX_LENGTH);
      // eslint-disable-next-line no-control-regex
      expect(w).not.toMatch(/[\u0000-\u001f]/);
    }
    expect(warnings.join('').length).toBeLessThanOrEqual(WARNINGS_MAX_TOTAL);
    expect(warnings.at(-1)).toMatch(/^podlint: \d+ more findings not shown$/);
    // Long messages are cut, never the rule id.
    for (const w of warnings.slice(0, -1)) expect(w).toMatch(/^spec\.containers\[\d+\]: x+…? \(noisy\)$/);
  });
});

describe('UPDATE', () => {
  it('allows the sample image update', () => {
    const r = decide(sample('pod-update-request.json'));
    expect(r.verdict).toBe('allowed');
    expect(response(r)['allowed']).toBe(true);
  });

  it('does not deny a finding already present on oldObject (label and finalizer updates)', () => {
    const old = pod('web', [container('app', { privileged: true })]);
    const cur = pod('web', [container('app', { privileged: true })], { labels: { app: 'web', release: 'two' } });
    const r = decide(review({ operation: 'UPDATE', object: cur, oldObject: old }));
    expect(r.verdict).toBe('allowed');
    expect(r.findings).toHaveLength(1);
    expect(r.introduced).toHaveLength(0);
  });

  it('denies what the update introduces on a workload', () => {
    const old = deployment('web', [container('app')]);
    const cur = deployment('web', [container('app'), container('debug', { privileged: true })]);
    const r = decide(review({ operation: 'UPDATE', object: cur, oldObject: old }));
    expect(r.verdict).toBe('denied');
    expect(r.introduced.map((f) => f.path)).toEqual(['spec.template.spec.containers[1].securityContext.privileged']);
  });

  it('denies a privileged ephemeral container added through pods/ephemeralcontainers', () => {
    const r = decide(sample('pod-ephemeralcontainers-update-request.json'));
    expect(r.verdict).toBe('denied');
    expect(r.introduced.map((f) => f.path)).toEqual(['spec.ephemeralContainers[0].securityContext.privileged']);
  });

  it('counts identical findings as a multiset', () => {
    const f = (path: string): Finding => ({ ruleId: 'r', category: 'pitfall', severity: 'error', message: `${path}: m`, file: 'x', line: 1, column: 1, endLine: 1, endColumn: 1, path });
    expect(introducedFindings([f('a'), f('a'), f('b')], [f('a')]).map((x) => x.path)).toEqual(['a', 'b']);
  });

  it('runs the update rules with the subresource, and skips other subresources', () => {
    const seen: (string | undefined)[] = [];
    const spy = defineRule<'u'>({
      id: 'spy-update',
      meta: { description: 'Report every update', category: 'validity', severity: 'error', remediation: 'None.', phase: 'update', messages: { u: '{{path}}: updated via {{sub}}' } },
      create: (ctx) => ({
        update(u) {
          seen.push(u.subresource);
          ctx.report({ messageId: 'u', path: ['spec'], data: { sub: u.subresource ?? 'main' } });
        },
      }),
    });
    const old = pod('web', [container('app')]);
    const cur = pod('web', [container('app')], { labels: { app: 'web', x: 'y' } });
    for (const sub of ['ephemeralcontainers', 'resize', undefined]) {
      const r = decide(review({ operation: 'UPDATE', object: cur, oldObject: old, ...(sub ? { subResource: sub } : {}) }), {}, [spy]);
      expect(r.verdict).toBe('denied');
      expect(r.introduced.map((f) => f.message)).toEqual([`spec: updated via ${sub ?? 'main'}`]);
    }
    expect(seen).toEqual(['ephemeralcontainers', 'resize', undefined]);
    for (const sub of ['status', 'binding', 'eviction']) {
      expect(decide(review({ operation: 'UPDATE', object: cur, oldObject: old, subResource: sub }), {}, [spy]).verdict).toBe('skipped');
    }
    expect(seen).toHaveLength(3);
  });
});

describe('requests that are allowed without evaluation', () => {
  const bad = pod('web', [container('app', { privileged: true })]);
  it.each(['DELETE', 'CONNECT'])('%s', (operation) => {
    const r = decide(review({ operation, object: operation === 'DELETE' ? null : bad, oldObject: bad }), {}, [crashing]);
    expect(r.verdict).toBe('skipped');
    expect(response(r)).toEqual({ uid: expect.any(String), allowed: true });
  });
  it.each([
    ['Service', { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} }],
    ['ConfigMap', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }],
    ['a Deployment in the wrong group', { ...deployment('web', [container('a', { privileged: true })]), apiVersion: 'v1' }],
    ['a List', { apiVersion: 'v1', kind: 'List', items: [bad] }],
  ])('unknown kinds: %s', (_what, object) => {
    const r = decide(review({ object }), {}, [...RULES, crashing]);
    expect(r.verdict).toBe('skipped');
    expect(response(r)['allowed']).toBe(true);
  });
  it('a pod being deleted (finalizer removal)', () => {
    const deleting = pod('web', [container('app', { privileged: true })], { deletionTimestamp: '2026-01-01T00:00:00Z' });
    const r = decide(review({ operation: 'UPDATE', object: deleting, oldObject: pod('web', [container('app')]) }));
    expect(r.verdict).toBe('skipped');
    expect(response(r)['allowed']).toBe(true);
  });
});

describe('modes and exemptions', () => {
  const body = (namespace = 'team-a', username?: string, groups?: string[]): JsonObject =>
    review({ object: pod('web', [container('app', { privileged: true })]), namespace, ...(username ? { username } : {}), ...(groups ? { groups } : {}) });

  it('enforce is the default', () => {
    expect(decide(body()).verdict).toBe('denied');
  });
  it('warn: nothing denies, errors become warnings', () => {
    const r = decide(body(), { webhook: { mode: 'warn' } });
    expect(r.verdict).toBe('warned');
    expect(response(r)['allowed']).toBe(true);
    expect((response(r)['warnings'] as string[])[0]).toMatch(/\(no-privileged-container\)$/);
  });
  it('audit: allowed, no warnings, counted as audited', () => {
    const r = decide(body(), { webhook: { mode: 'audit' } });
    expect(r.verdict).toBe('audited');
    expect(response(r)['allowed']).toBe(true);
    expect(response(r)['warnings']).toBeUndefined();
    expect(r.introduced).toHaveLength(1);
  });
  it('per-namespace modes win over the global mode', () => {
    const config: Config = { webhook: { mode: 'audit', namespaces: { prod: 'enforce', dev: 'warn' } } };
    expect(decide(body('prod'), config).verdict).toBe('denied');
    expect(decide(body('dev'), config).verdict).toBe('warned');
    expect(decide(body('other'), config).verdict).toBe('audited');
    // Not fooled by Object.prototype keys.
    expect(decide(body('constructor'), { webhook: { namespaces: {} } }).verdict).toBe('denied');
  });
  it('exempts namespaces, usernames and groups', () => {
    const config: Config = { webhook: { exemptions: { namespaces: ['monitoring'], usernames: ['system:serviceaccount:ci:deployer'], groups: ['platform-admins'] } } };
    expect(decide(body('monitoring'), config).verdict).toBe('exempt');
    expect(decide(body('team-a', 'system:serviceaccount:ci:deployer'), config).verdict).toBe('exempt');
    expect(decide(body('team-a', 'bob', ['developers', 'platform-admins']), config).verdict).toBe('exempt');
    expect(decide(body('team-a', 'bob', ['developers']), config).verdict).toBe('denied');
  });
});

describe('internal errors', () => {
  const body = review({ object: pod('web', [container('app')]) });
  it('failureMode allow (default): allowed with a warning', () => {
    const r = decide(body, {}, [crashing]);
    expect(r.verdict).toBe('error');
    expect(r.reason).toMatch(/boom/);
    expect(response(r)['allowed']).toBe(true);
    expect(response(r)['warnings']).toEqual([expect.stringMatching(/internal error/)]);
  });
  it('failureMode deny: denied with code 500', () => {
    const r = decide(body, { webhook: { failureMode: 'deny' } }, [crashing]);
    expect(response(r)['allowed']).toBe(false);
    expect(response(r)['status']).toMatchObject({ code: 500, reason: 'InternalError' });
  });
});

describe('findingLine', () => {
  const base: Finding = { ruleId: 'r', category: 'pitfall', severity: 'error', message: '', file: 'x', line: 1, column: 1, endLine: 1, endColumn: 1, path: 'spec.a' };
  it('does not print the path twice, and adds it when the message lacks it', () => {
    expect(findingLine({ ...base, message: 'spec.a: Required value' })).toBe('spec.a: Required value (r)');
    expect(findingLine({ ...base, message: 'Required value' })).toBe('spec.a: Required value (r)');
    expect(findingLine({ ...base, path: '', message: 'whole object' })).toBe('whole object (r)');
  });
});
