import { describe, expect, it } from 'vitest';
import { formatPath } from './path.js';
import {
  classifyPodField,
  defaultImagePullPolicy,
  diffPodSpecs,
  diffValues,
  firstModifiedToleration,
  forbiddenPodSpecChanges,
  mungePodSpecForUpdate,
  nodeSelectorTermOnlyAdditions,
  parseQuantity,
  POD_UPDATABLE_FIELDS,
  qosClass,
  scheduleHasTimeZone,
  semanticEqual,
  statefulSetForbiddenText,
} from './update.js';
import type { JsonObject, JsonValue } from './values.js';
import { parseVersion } from './versions.js';

const v = (s: string) => parseVersion(s)!;
const paths = (changes: { path: readonly (string | number)[] }[]): string[] => changes.map((c) => formatPath(c.path));

describe('parseQuantity', () => {
  it.each([
    ['1', 1],
    ['500m', 0.5],
    ['1Gi', 2 ** 30],
    ['1024Mi', 2 ** 30],
    ['1k', 1000],
    ['1e3', 1000],
    ['0.5', 0.5],
    [2, 2],
  ] as [JsonValue, number][])('%s', (q, n) => expect(parseQuantity(q)).toBeCloseTo(n));
  it.each(['', 'abc', '1 Gi', '1GB', true])('%s is not a quantity', (q) => expect(parseQuantity(q)).toBeUndefined());
});

describe('diffValues', () => {
  it('reports added, removed and changed leaves with full paths', () => {
    const changes = diffValues({ a: 1, b: { c: 'x' } }, { b: { c: 'y', d: true } }, ['spec']);
    expect(changes.map((c) => [formatPath(c.path), c.kind])).toEqual([
      ['spec.a', 'removed'],
      ['spec.b.c', 'changed'],
      ['spec.b.d', 'added'],
    ]);
  });
  it('treats absent, null, "", {} and [] alike', () => {
    expect(semanticEqual({ a: null, b: '', c: {}, d: [], e: { f: [] } }, {})).toBe(true);
  });
  it('compares lists item by item, and reports a length change at the list', () => {
    expect(paths(diffValues({ l: [1, 2] }, { l: [1, 3] }))).toEqual(['l[1]']);
    expect(paths(diffValues({ l: [1, 2] }, { l: [1, 2, 3] }))).toEqual(['l']);
  });
  it('compares quantities under requests and limits by value only', () => {
    expect(semanticEqual({ limits: { cpu: '1', memory: '1Gi' } }, { limits: { cpu: '1000m', memory: '1024Mi' } })).toBe(true);
    expect(semanticEqual({ limits: { cpu: '1' } }, { limits: { cpu: '2' } })).toBe(false);
    expect(semanticEqual({ other: { cpu: '1' } }, { other: { cpu: '1000m' } })).toBe(false);
  });
  it('fills pod spec defaults before comparing', () => {
    const old: JsonObject = { containers: [{ name: 'a', image: 'x:1', ports: [{ containerPort: 80 }] }] };
    const written: JsonObject = {
      restartPolicy: 'Always',
      dnsPolicy: 'ClusterFirst',
      containers: [{ name: 'a', image: 'x:1', imagePullPolicy: 'IfNotPresent', ports: [{ containerPort: 80, protocol: 'TCP' }], terminationMessagePolicy: 'File' }],
    };
    expect(diffPodSpecs(old, written, ['spec'])).toEqual([]);
    expect(paths(diffPodSpecs(old, { ...written, restartPolicy: 'Never' }, ['spec']))).toEqual(['spec.restartPolicy']);
  });
  it('defaults imagePullPolicy from the image', () => {
    expect(defaultImagePullPolicy('nginx')).toBe('Always');
    expect(defaultImagePullPolicy('nginx:latest')).toBe('Always');
    expect(defaultImagePullPolicy('registry:5000/nginx')).toBe('Always');
    expect(defaultImagePullPolicy('registry:5000/nginx:1.27')).toBe('IfNotPresent');
    expect(defaultImagePullPolicy('nginx@sha256:abc')).toBe('IfNotPresent');
    const latest = { containers: [{ name: 'a', image: 'x' }] };
    expect(diffPodSpecs(latest, { containers: [{ name: 'a', image: 'x', imagePullPolicy: 'Always' }] }, [])).toEqual([]);
    expect(diffPodSpecs(latest, { containers: [{ name: 'a', image: 'x', imagePullPolicy: 'IfNotPresent' }] }, [])).toHaveLength(1);
  });
});

describe('the Pod spec update allow-list', () => {
  it('has the API server text exactly', () => {
    expect(`spec: Forbidden: pod updates may not change fields other than ${POD_UPDATABLE_FIELDS}`).toBe(
      'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    );
  });
  it.each([
    [['containers', 0, 'image'], 'image'],
    [['initContainers', 2, 'image'], 'image'],
    [['containers', 0, 'env'], 'other'],
    [['ephemeralContainers', 0, 'image'], 'other'],
    [['activeDeadlineSeconds'], 'activeDeadlineSeconds'],
    [['tolerations', 1, 'tolerationSeconds'], 'tolerations'],
    [['schedulingGates'], 'schedulingGates'],
    [['affinity', 'nodeAffinity', 'x'], 'nodeAffinity'],
    [['affinity', 'podAffinity'], 'other'],
    [['nodeName'], 'other'],
  ] as [(string | number)[], string][])('classifies %j as %s', (rel, cls) => expect(classifyPodField(rel)).toBe(cls));

  const base: JsonObject = { containers: [{ name: 'a', image: 'x:1' }] };
  it.each<[string, JsonObject, JsonObject, string[]]>([
    ['image', base, { containers: [{ name: 'a', image: 'x:2' }] }, []],
    ['deadline set', base, { ...base, activeDeadlineSeconds: 10 }, []],
    ['tolerations', base, { ...base, tolerations: [{ operator: 'Exists' }] }, []],
    ['gates removed', { ...base, schedulingGates: [{ name: 'g' }] }, base, []],
    ['grace -1 to 1', { ...base, terminationGracePeriodSeconds: -1 }, { ...base, terminationGracePeriodSeconds: 1 }, []],
    ['grace -1 to 2', { ...base, terminationGracePeriodSeconds: -1 }, { ...base, terminationGracePeriodSeconds: 2 }, ['spec.terminationGracePeriodSeconds']],
    ['grace 30 to 1', base, { ...base, terminationGracePeriodSeconds: 1 }, ['spec.terminationGracePeriodSeconds']],
    ['nodeSelector, not gated', base, { ...base, nodeSelector: { a: 'b' } }, ['spec.nodeSelector']],
    ['nodeSelector, gated', { ...base, schedulingGates: [{ name: 'g' }] }, { ...base, nodeSelector: { a: 'b' } }, []],
    ['podAffinity, gated', { ...base, schedulingGates: [{ name: 'g' }] }, { ...base, affinity: { podAffinity: { x: 1 } } }, ['spec.affinity']],
    ['nodeAffinity, gated, beside an old podAffinity', { ...base, schedulingGates: [{ name: 'g' }], affinity: { podAffinity: { x: 1 } } }, { ...base, affinity: { podAffinity: { x: 1 }, nodeAffinity: { y: 1 } } }, []],
    ['env', base, { containers: [{ name: 'a', image: 'x:1', env: [{ name: 'A', value: '1' }] }] }, ['spec.containers[0].env']],
  ])('%s', (_name, oldSpec, newSpec, expected) => {
    expect(paths(forbiddenPodSpecChanges(oldSpec, newSpec))).toEqual(expected);
  });
  it('munging does not touch the input', () => {
    const n: JsonObject = { containers: [{ name: 'a', image: 'x:2' }], activeDeadlineSeconds: 5 };
    const copy = JSON.parse(JSON.stringify(n)) as JsonObject;
    mungePodSpecForUpdate(base, n);
    expect(n).toEqual(copy);
  });
  it('tolerations: only tolerationSeconds may change', () => {
    const t = { key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 5 };
    expect(firstModifiedToleration([t], [{ ...t, tolerationSeconds: 1 }, { key: 'b' }])).toBe(-1);
    expect(firstModifiedToleration([{ key: 'a' }, t], [{ key: 'a' }, { ...t, effect: 'NoSchedule' }])).toBe(1);
    expect(firstModifiedToleration([{ key: 'a' }], [])).toBe(0);
  });
  it('node selector terms: only appended requirements', () => {
    const e1 = { key: 'a', operator: 'In', values: ['x'] };
    const e2 = { key: 'b', operator: 'Exists' };
    expect(nodeSelectorTermOnlyAdditions({ matchExpressions: [e1, e2] }, { matchExpressions: [e1] })).toBe(true);
    expect(nodeSelectorTermOnlyAdditions({ matchExpressions: [e2, e1] }, { matchExpressions: [e1] })).toBe(false);
    expect(nodeSelectorTermOnlyAdditions({ matchExpressions: [] }, { matchExpressions: [e1] })).toBe(false);
    expect(nodeSelectorTermOnlyAdditions({ matchExpressions: [e1], matchFields: [e2] }, { matchExpressions: [e1] })).toBe(true);
  });
});

describe('qosClass', () => {
  const c = (resources: JsonObject): JsonObject => ({ containers: [{ name: 'a', resources }] });
  it.each<[string, JsonObject, string]>([
    ['nothing', { containers: [{ name: 'a' }] }, 'BestEffort'],
    ['limits only (requests default to limits)', c({ limits: { cpu: '1', memory: '1Gi' } }), 'Guaranteed'],
    ['equal requests and limits', c({ requests: { cpu: '1000m', memory: '1Gi' }, limits: { cpu: '1', memory: '1024Mi' } }), 'Guaranteed'],
    ['lower request', c({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }), 'Burstable'],
    ['memory limit missing', c({ limits: { cpu: '1' } }), 'Burstable'],
    ['an init container without limits', { ...c({ limits: { cpu: '1', memory: '1Gi' } }), initContainers: [{ name: 'i' }] }, 'Burstable'],
    ['pod-level resources win', { ...c({}), resources: { limits: { cpu: '1', memory: '1Gi' } } }, 'Guaranteed'],
  ])('%s', (_n, spec, expected) => expect(qosClass(spec)).toBe(expected));
});

describe('workload helpers', () => {
  it('StatefulSet message per version', () => {
    expect(statefulSetForbiddenText(v('1.37'))).toBe(
      "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    );
    expect(statefulSetForbiddenText(v('1.27'))).toBe(
      "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    );
  });
  it('schedule time zones', () => {
    expect(scheduleHasTimeZone('TZ=UTC 0 * * * *')).toBe(true);
    expect(scheduleHasTimeZone('CRON_TZ=UTC 0 * * * *')).toBe(true);
    expect(scheduleHasTimeZone('0 * * * *')).toBe(false);
    expect(scheduleHasTimeZone(undefined)).toBe(false);
  });
});
