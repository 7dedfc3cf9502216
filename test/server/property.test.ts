// Property tests: random and mutated AdmissionReview bodies never crash the decision or the server, and
// always get a well-formed answer (a valid AdmissionReview response, or a 400 JSON error).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSyntaxRules } from '../../src/core/syntax-rules.js';
import { BadReviewError, reviewAdmission, WARNING_MAX_LENGTH, WARNINGS_MAX_TOTAL } from '../../src/server/admission.js';
import { startServer } from '../../src/server/http.js';
import type { RunningServer } from '../../src/server/http.js';
import { settingsFromConfig } from '../../src/server/settings.js';
import { builtinRules } from '../../rules/index.js';
import { request } from './client.js';
import { cronJob, container, deployment, hasOpenssl, makeCert, pod, review, sample } from './helpers.js';

const RULES = withSyntaxRules(builtinRules);
const SETTINGS = [
  settingsFromConfig({}, RULES),
  settingsFromConfig({ webhook: { mode: 'warn' } }, RULES),
  settingsFromConfig({ webhook: { mode: 'audit', exemptions: { groups: ['sre'] } }, podSecurityLevel: 'restricted' }, RULES),
];

const SEEDS: unknown[] = [
  sample('pod-create-request.json'),
  sample('pod-update-request.json'),
  sample('pod-ephemeralcontainers-update-request.json'),
  review({ object: deployment('web', [container('app', { privileged: true }), container('app')]) }),
  review({ object: cronJob('nightly', [container('job')]), operation: 'UPDATE', oldObject: cronJob('nightly', [container('job', { privileged: true })]) }),
  review({ object: pod('web', [container('a')]), operation: 'UPDATE', oldObject: pod('web', [container('a')]), subResource: 'resize' }),
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Apply one mutation at the node reached by following `steps` (each picks a child by index). */
function mutate(value: Json, steps: number[], action: number, replacement: Json): Json {
  if (steps.length === 0 || value === null || typeof value !== 'object') {
    if (action === 0) return replacement;
    if (Array.isArray(value)) return action === 1 ? [] : [...value, replacement];
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (action === 1 && keys.length > 0) {
        const drop = keys[steps.length % keys.length];
        return Object.fromEntries(Object.entries(value).filter(([k]) => k !== drop));
      }
      const copy = { ...value };
      copy[['spec', 'containers', 'metadata', 'securityContext', 'uid', '__proto__', 'kind'][action % 7]!] = replacement;
      return copy;
    }
    return replacement;
  }
  const [step, ...rest] = steps;
  if (Array.isArray(value)) {
    if (value.length === 0) return mutate(value, [], action, replacement);
    const i = step! % value.length;
    const copy = [...value];
    copy[i] = mutate(value[i]!, rest, action, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return mutate(value, [], action, replacement);
  const k = keys[step! % keys.length]!;
  return { ...value, [k]: mutate(value[k]!, rest, action, replacement) };
}

/** Mutate below a named root (`request.object`…), so most bodies stay AdmissionReviews and reach the rules. */
function mutateAt(value: Json, root: readonly string[], steps: number[], action: number, replacement: Json): Json {
  if (root.length === 0) return mutate(value, steps, action, replacement);
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !(root[0]! in value)) return value;
  const [k, ...rest] = root;
  return { ...value, [k!]: mutateAt(value[k!]!, rest, steps, action, replacement) };
}

const ROOTS: readonly (readonly string[])[] = [[], ['request'], ['request', 'object'], ['request', 'object', 'spec'], ['request', 'object', 'spec', 'template', 'spec'], ['request', 'oldObject']];
const jsonValue = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const mutation = fc.record({
  root: fc.constantFrom(...ROOTS),
  steps: fc.array(fc.nat(50), { maxLength: 7 }),
  action: fc.nat(8),
  replacement: fc.oneof(jsonValue, fc.constantFrom<Json>(true, 'Always', [], {}, null, -1, 'x'.repeat(300), { privileged: true }, [{ name: 'app' }])),
});
const mutatedBody = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, ms]) => ms.reduce((v, m) => mutateAt(v, m.root, m.steps, m.action, m.replacement), JSON.parse(JSON.stringify(seed)) as Json));
const randomBody = fc.oneof(fc.anything(), jsonValue, fc.record({ apiVersion: fc.constantFrom('admission.k8s.io/v1', 'x'), kind: fc.constant('AdmissionReview'), request: fc.anything() }));

/** The checks every answer must pass. */
function checkAnswer(body: unknown, answer: Record<string, unknown>): void {
  const b = body as { apiVersion: string; request: { uid: string } };
  expect(answer['apiVersion']).toBe(b.apiVersion);
  expect(answer['kind']).toBe('AdmissionReview');
  const res = answer['response'] as Record<string, unknown>;
  expect(res['uid']).toBe(b.request.uid);
  expect(typeof res['allowed']).toBe('boolean');
  if (res['allowed'] === false) {
    const status = res['status'] as Record<string, unknown>;
    expect([403, 500]).toContain(status['code']);
    expect(typeof status['message']).toBe('string');
  }
  if (res['warnings'] !== undefined) {
    const w = res['warnings'] as unknown[];
    expect(w.every((x) => typeof x === 'string' && x.length <= WARNING_MAX_LENGTH)).toBe(true);
    expect((w as string[]).join('').length).toBeLessThanOrEqual(WARNINGS_MAX_TOTAL);
  }
}

function decideChecked(body: unknown, which: number): void {
  let result;
  try {
    result = reviewAdmission(body, SETTINGS[which % SETTINGS.length]!);
  } catch (e) {
    expect(e).toBeInstanceOf(BadReviewError);
    return;
  }
  checkAnswer(body, JSON.parse(JSON.stringify(result.review)) as Record<string, unknown>);
  // A rule that crashes on a strange object is a bug to fix, not a verdict: make it visible here.
  expect(result.verdict === 'error' ? result.reason : undefined).toBeUndefined();
}

describe('reviewAdmission on arbitrary input', () => {
  it('mutated AdmissionReviews always get a well-formed answer', () => {
    fc.assert(fc.property(mutatedBody, fc.nat(), (body, which) => decideChecked(body, which)), { numRuns: 1500 });
  });
  it('random values are rejected as BadReviewError or answered', () => {
    fc.assert(fc.property(randomBody, fc.nat(), (body, which) => decideChecked(body, which)), { numRuns: 1000 });
  });
});

describe.skipIf(!hasOpenssl())('the server on arbitrary bodies', () => {
  let server: RunningServer;
  let ca: string;
  let dir: string;
  beforeAll(async () => {
    const certs = makeCert(mkdtempSync(path.join(os.tmpdir(), 'podlint-prop-')));
    dir = certs.dir;
    ca = readFileSync(certs.cert, 'utf8');
    server = await startServer({ port: 0, host: '127.0.0.1', tls: { certFile: certs.cert, keyFile: certs.key }, rules: RULES, log: () => undefined });
  });
  afterAll(async () => {
    await server?.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 200 with a well-formed review or 400 with a JSON error, and stays up', async () => {
    const text = fc.oneof(
      mutatedBody.map((b) => JSON.stringify(b)),
      mutatedBody.map((b) => JSON.stringify(b)).chain((s) => fc.nat(s.length).map((n) => s.slice(0, n))),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(text, async (body) => {
        const r = await request(`https://127.0.0.1:${server.port}/validate`, body, { ca });
        if (r.status === 200) {
          checkAnswer(JSON.parse(body), r.json() as Record<string, unknown>);
        } else {
          expect(r.status).toBe(400);
          expect(r.json()).toMatchObject({ code: 400, error: expect.any(String) });
        }
      }),
      { numRuns: 300 },
    );
    expect((await request(`https://127.0.0.1:${server.port}/healthz`, undefined, { ca })).status).toBe(200);
  });
});
