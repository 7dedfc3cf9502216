// Kubernetes update semantics shared by the update rules: field-level diffs that compare values the way
// the API server does after defaulting (absent = empty = default, quantities by value), the Pod spec
// update allow-list, QoS classes, and small helpers for the pod, workload and subresource rules.
import type { FieldPath } from './path.js';
import { arr, isRecord, num, rec, str } from './values.js';
import type { JsonObject, JsonValue } from './values.js';
import { atLeast } from './versions.js';
import type { KubeVersion } from './versions.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One changed field between an old and a new value. */
export interface Change {
  /** Path of the field (the base path given to `diffValues` followed by the relative path). */
  readonly path: FieldPath;
  /** Path relative to the value that was diffed (e.g. relative to the pod spec). */
  readonly rel: FieldPath;
  readonly kind: ChangeKind;
  readonly old: JsonValue | undefined;
  readonly new: JsonValue | undefined;
}

/** A default the API server fills in when a field is absent: a value, or one computed from the parent. */
export type DefaultValue = JsonValue | ((parent: JsonObject) => JsonValue | undefined);

export interface DiffOptions {
  /** Defaults by relative path pattern (list indexes written `*`): `containers.*.imagePullPolicy`. */
  defaults?: Readonly<Record<string, DefaultValue>>;
}

/** Keys whose values are resource quantities (compared by value: `1` = `1000m`, `1Gi` = `1024Mi`). */
const QUANTITY_PARENTS = new Set(['requests', 'limits', 'overhead', 'capacity', 'allocatable']);
const QUANTITY_KEYS = new Set(['sizeLimit', 'storage']);

const SUFFIXES: Readonly<Record<string, number>> = {
  '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** A Kubernetes resource quantity as a number (`500m` -> 0.5, `1Gi` -> 1073741824); undefined if malformed. */
export function parseQuantity(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/.exec(v.trim());
  if (!m) return undefined;
  const base = Number(m[1]);
  if (m[2]) return Number(`${m[1]}${m[2]}`);
  return base * (SUFFIXES[m[3] ?? ''] ?? 1);
}

/** The pattern of a relative path: numbers become `*`, segments joined by `.`. */
export function pathPattern(rel: FieldPath): string {
  return rel.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
}

/** Absent, null, "" and empty objects/lists are all "not set" (Go's omitempty zero values). */
function normalise(v: JsonValue | undefined): JsonValue | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (Array.isArray(v)) return v.length === 0 ? undefined : v;
  if (isRecord(v)) {
    for (const child of Object.values(v)) if (normalise(child) !== undefined) return v;
    return undefined;
  }
  return v;
}

function effective(v: JsonValue | undefined, rel: FieldPath, parent: JsonObject | undefined, opts: DiffOptions): JsonValue | undefined {
  const n = normalise(v);
  if (n !== undefined || !opts.defaults || !parent) return n;
  const d = opts.defaults[pathPattern(rel)];
  if (d === undefined) return undefined;
  return normalise(typeof d === 'function' ? d(parent) : d);
}

function leafEqual(a: JsonValue, b: JsonValue, key: string | number | undefined, parentKey: string | number | undefined): boolean {
  if (a === b) return true;
  if ((typeof parentKey === 'string' && QUANTITY_PARENTS.has(parentKey)) || (typeof key === 'string' && QUANTITY_KEYS.has(key))) {
    const qa = parseQuantity(a);
    const qb = parseQuantity(b);
    if (qa !== undefined && qb !== undefined) return Math.abs(qa - qb) <= Math.abs(qa) * 1e-12;
  }
  return false;
}

function walk(
  oldV: JsonValue | undefined,
  newV: JsonValue | undefined,
  base: FieldPath,
  rel: FieldPath,
  oldParent: JsonObject | undefined,
  newParent: JsonObject | undefined,
  opts: DiffOptions,
  out: Change[],
): void {
  const o = effective(oldV, rel, oldParent, opts);
  const n = effective(newV, rel, newParent, opts);
  if (o === undefined && n === undefined) return;
  const path = [...base, ...rel];
  if (o === undefined) {
    out.push({ path, rel, kind: 'added', old: undefined, new: n });
    return;
  }
  if (n === undefined) {
    out.push({ path, rel, kind: 'removed', old: o, new: undefined });
    return;
  }
  if (isRecord(o) && isRecord(n)) {
    const keys = new Set([...Object.keys(o), ...Object.keys(n)]);
    // Defaults of fields absent on both sides do not matter; keys are visited in a stable order.
    for (const k of [...keys].sort()) walk(o[k], n[k], base, [...rel, k], o, n, opts, out);
    return;
  }
  if (Array.isArray(o) && Array.isArray(n)) {
    if (o.length !== n.length) {
      out.push({ path, rel, kind: 'changed', old: o, new: n });
      return;
    }
    for (let i = 0; i < o.length; i++) {
      const oi = o[i]!;
      const ni = n[i]!;
      walk(oi, ni, base, [...rel, i], undefined, undefined, opts, out);
    }
    return;
  }
  const key = rel[rel.length - 1];
  const parentKey = rel[rel.length - 2];
  if (!leafEqual(o, n, key, parentKey)) out.push({ path, rel, kind: 'changed', old: o, new: n });
}

/**
 * Field-level differences between two values, as the API server sees them after defaulting. Objects are
 * compared key by key, lists of equal length item by item (a list whose length changed is one change at
 * the list). `base` is prepended to every reported path.
 */
export function diffValues(oldV: JsonValue | undefined, newV: JsonValue | undefined, base: FieldPath = [], opts: DiffOptions = {}): Change[] {
  const out: Change[] = [];
  walk(oldV, newV, base, [], undefined, undefined, opts, out);
  return out;
}

/** `apiequality.Semantic.DeepEqual` after defaulting. */
export function semanticEqual(a: JsonValue | undefined, b: JsonValue | undefined, opts: DiffOptions = {}): boolean {
  return diffValues(a, b, [], opts).length === 0;
}

/** A value for a message: JSON, shortened. */
export function show(v: JsonValue | undefined, max = 80): string {
  if (v === undefined) return 'null';
  const text = JSON.stringify(v);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `old → new` for a message. */
export function describeChange(c: Change): string {
  if (c.kind === 'added') return `added ${show(c.new, 60)}`;
  if (c.kind === 'removed') return `removed ${show(c.old, 60)}`;
  return `${show(c.old, 40)} → ${show(c.new, 40)}`;
}

/** The default image pull policy: `Always` for `:latest` or an untagged image, else `IfNotPresent`. */
export function defaultImagePullPolicy(image: string | undefined): string | undefined {
  if (image === undefined) return undefined;
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  const tag = colon === -1 ? '' : image.slice(colon + 1);
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

const PROBE_DEFAULTS: Record<string, DefaultValue> = {
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
  'httpGet.scheme': 'HTTP',
  'httpGet.path': '/',
};

function containerDefaults(list: string): Record<string, DefaultValue> {
  const out: Record<string, DefaultValue> = {
    [`${list}.*.terminationMessagePath`]: '/dev/termination-log',
    [`${list}.*.terminationMessagePolicy`]: 'File',
    [`${list}.*.imagePullPolicy`]: (c) => defaultImagePullPolicy(str(c['image'])),
    [`${list}.*.ports.*.protocol`]: 'TCP',
    [`${list}.*.env.*.valueFrom.fieldRef.apiVersion`]: 'v1',
    [`${list}.*.stdin`]: false,
    [`${list}.*.stdinOnce`]: false,
    [`${list}.*.tty`]: false,
  };
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    for (const [k, v] of Object.entries(PROBE_DEFAULTS)) out[`${list}.*.${probe}.${k}`] = v;
  }
  return out;
}

/** Defaults of a pod spec (paths relative to the spec), as the API server fills them in. */
export const POD_SPEC_DEFAULTS: Readonly<Record<string, DefaultValue>> = {
  restartPolicy: 'Always',
  dnsPolicy: 'ClusterFirst',
  schedulerName: 'default-scheduler',
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
  hostNetwork: false,
  hostPID: false,
  hostIPC: false,
  serviceAccountName: 'default',
  'volumes.*.configMap.defaultMode': 420,
  'volumes.*.secret.defaultMode': 420,
  'volumes.*.downwardAPI.defaultMode': 420,
  'volumes.*.projected.defaultMode': 420,
  ...containerDefaults('containers'),
  ...containerDefaults('initContainers'),
  ...containerDefaults('ephemeralContainers'),
};

/** Field-level differences between two pod specs (`base` is the spec's path in the object). */
export function diffPodSpecs(oldSpec: JsonValue | undefined, newSpec: JsonValue | undefined, base: FieldPath): Change[] {
  return diffValues(oldSpec, newSpec, base, { defaults: POD_SPEC_DEFAULTS });
}

/**
 * The API server's list of updatable Pod spec fields, joined exactly as in
 * `spec: Forbidden: pod updates may not change fields other than …`.
 */
export const POD_UPDATABLE_FIELDS =
  '`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** The pod spec update the API server allows for a field (relative to the spec), before other checks. */
export type PodFieldClass = 'image' | 'activeDeadlineSeconds' | 'tolerations' | 'schedulingGates' | 'terminationGracePeriodSeconds' | 'nodeSelector' | 'nodeAffinity' | 'other';

/** Classify a changed field of a pod spec (relative path). */
export function classifyPodField(rel: FieldPath): PodFieldClass {
  const [a, b, c, d] = rel;
  if ((a === 'containers' || a === 'initContainers') && typeof b === 'number' && c === 'image' && d === undefined) return 'image';
  if (a === 'activeDeadlineSeconds') return 'activeDeadlineSeconds';
  if (a === 'tolerations') return 'tolerations';
  if (a === 'schedulingGates') return 'schedulingGates';
  if (a === 'terminationGracePeriodSeconds') return 'terminationGracePeriodSeconds';
  if (a === 'nodeSelector') return 'nodeSelector';
  if (a === 'affinity' && (b === 'nodeAffinity' || b === undefined)) return 'nodeAffinity';
  return 'other';
}

/** The four fields of a toleration that must stay equal when it is kept (all but `tolerationSeconds`). */
export function tolerationKey(t: JsonValue | undefined): string {
  const r = rec(t) ?? {};
  return JSON.stringify([str(r['key']) ?? '', str(r['operator']) ?? '', str(r['value']) ?? '', str(r['effect']) ?? '']);
}

/** Index of the first old toleration no longer present (ignoring `tolerationSeconds`), or -1. */
export function firstModifiedToleration(oldList: JsonValue | undefined, newList: JsonValue | undefined): number {
  const present = new Set(arr(newList).map(tolerationKey));
  return arr(oldList).findIndex((t) => !present.has(tolerationKey(t)));
}

export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

function resourcesOf(c: JsonValue | undefined): { requests: JsonObject; limits: JsonObject } {
  const r = rec(rec(c)?.['resources']);
  return { requests: rec(r?.['requests']) ?? {}, limits: rec(r?.['limits']) ?? {} };
}

const QOS_RESOURCES = ['cpu', 'memory'] as const;

/**
 * The QoS class of a pod spec (`qos.ComputePodQOS`): pod-level resources when set, else every container
 * and init container. Guaranteed: cpu and memory limits everywhere, requests equal to limits (requests
 * default to limits). BestEffort: no cpu or memory request or limit anywhere.
 */
export function qosClass(spec: JsonObject): QosClass {
  const podLevel = resourcesOf(spec);
  const hasPodLevel = QOS_RESOURCES.some((k) => podLevel.requests[k] !== undefined || podLevel.limits[k] !== undefined);
  const units = hasPodLevel ? [podLevel] : [...arr(spec['containers']), ...arr(spec['initContainers'])].map(resourcesOf);
  let any = false;
  let guaranteed = true;
  for (const { requests, limits } of units) {
    for (const k of QOS_RESOURCES) {
      const req = parseQuantity(requests[k]);
      const lim = parseQuantity(limits[k]);
      if ((req !== undefined && req !== 0) || (lim !== undefined && lim !== 0)) any = true;
      if (lim === undefined) guaranteed = false;
      else if (req !== undefined && req !== lim) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed && units.length > 0 ? 'Guaranteed' : 'Burstable';
}

/** True when a schedule uses `TZ=` or `CRON_TZ=` (the API server checks for the substring `TZ`). */
export function scheduleHasTimeZone(schedule: unknown): boolean {
  return typeof schedule === 'string' && schedule.includes('TZ');
}

/** Fields of a StatefulSet spec that an update may change, for a version (the rest is forbidden). */
export function statefulSetMutableFields(v: KubeVersion): string[] {
  return atLeast(v, '1.33')
    ? ['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds']
    : ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];
}

/** The API server's StatefulSet message for a version: `… fields other than 'a', 'b' and 'c' are forbidden`. */
export function statefulSetForbiddenText(v: KubeVersion): string {
  const f = statefulSetMutableFields(v).map((x) => `'${x}'`);
  return `updates to statefulset spec for fields other than ${f.slice(0, -1).join(', ')} and ${f[f.length - 1]} are forbidden`;
}

export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';
export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** A static pod: the file is under `staticPodPaths`, or the (old) Pod carries the mirror-pod annotation. */
export function isStaticPod(obj: JsonObject, staticPodSetting: boolean): boolean {
  return staticPodSetting || rec(rec(obj['metadata'])?.['annotations'])?.[MIRROR_POD_ANNOTATION] !== undefined;
}

/** `spec.os.name: windows`. */
export function isWindowsPod(spec: JsonObject | undefined): boolean {
  return str(rec(spec?.['os'])?.['name']) === 'windows';
}

/** Set `target[key]` to `source[key]`, or remove it from `target` when `source` has none (a copy of a field). */
export function copyField(target: JsonObject, source: JsonObject, key: string): void {
  const value = source[key];
  if (value === undefined) Reflect.deleteProperty(target, key);
  else target[key] = value;
}

/**
 * The new pod spec with every change the API server allows in a Pod update put back to the old value
 * (images, activeDeadlineSeconds, tolerations, scheduling gates, the terminationGracePeriodSeconds
 * fix-up, and — while the old pod is gated — nodeSelector and node affinity), as `ValidatePodUpdate`
 * munges it before its final comparison. Container lists must have the same lengths.
 */
export function mungePodSpecForUpdate(oldSpec: JsonObject, newSpec: JsonObject): JsonObject {
  const munged: JsonObject = { ...newSpec };
  for (const list of ['containers', 'initContainers'] as const) {
    if (!Array.isArray(newSpec[list])) continue;
    const oldList = arr(oldSpec[list]);
    munged[list] = arr(newSpec[list]).map((c, i) => {
      const r = rec(c);
      if (!r) return c;
      const copy: JsonObject = { ...r };
      const oldImage = rec(oldList[i])?.['image'];
      if (oldImage === undefined) delete copy['image'];
      else copy['image'] = oldImage;
      return copy;
    });
  }
  const restore = (key: string): void => copyField(munged, oldSpec, key);
  restore('activeDeadlineSeconds');
  restore('tolerations');
  restore('schedulingGates');
  const oldGrace = num(oldSpec['terminationGracePeriodSeconds']);
  if (oldGrace !== undefined && oldGrace < 0 && newSpec['terminationGracePeriodSeconds'] === 1) restore('terminationGracePeriodSeconds');
  if (arr(oldSpec['schedulingGates']).length > 0) {
    restore('nodeSelector');
    const oldNodeAffinity = rec(oldSpec['affinity'])?.['nodeAffinity'];
    const newAffinity = rec(newSpec['affinity']);
    if (!newAffinity) {
      if (oldNodeAffinity === undefined) delete munged['affinity'];
      else munged['affinity'] = { nodeAffinity: oldNodeAffinity };
    } else {
      const copy: JsonObject = { ...newAffinity };
      if (oldNodeAffinity === undefined) delete copy['nodeAffinity'];
      else copy['nodeAffinity'] = oldNodeAffinity;
      munged['affinity'] = copy;
    }
  }
  return munged;
}

/** True when a container list's length differs (`pod updates may not add or remove containers`). */
export function containerListChanged(oldSpec: JsonObject, newSpec: JsonObject): 'containers' | 'initContainers' | undefined {
  for (const list of ['containers', 'initContainers'] as const) {
    if (arr(oldSpec[list]).length !== arr(newSpec[list]).length) return list;
  }
  return undefined;
}

/**
 * The changes of a Pod update that fall outside every allowance (each one is reported with the
 * `pod updates may not change fields other than …` message). `base` is the spec's path (`['spec']`).
 */
export function forbiddenPodSpecChanges(oldSpec: JsonObject, newSpec: JsonObject, base: FieldPath = ['spec']): Change[] {
  return diffPodSpecs(oldSpec, mungePodSpecForUpdate(oldSpec, newSpec), base);
}

/** Only additions to a node selector term's matchExpressions and matchFields (`validateNodeSelectorTermHasOnlyAdditions`). */
export function nodeSelectorTermOnlyAdditions(newTerm: JsonValue | undefined, oldTerm: JsonValue | undefined): boolean {
  for (const key of ['matchExpressions', 'matchFields']) {
    const o = arr(rec(oldTerm)?.[key]);
    const n = arr(rec(newTerm)?.[key]);
    if (o.length > n.length) return false;
    if (o.length > 0 && !semanticEqual(o, n.slice(0, o.length))) return false;
  }
  return true;
}

/** True when the object has an owner reference with `controller: true` (it is managed by a workload). */
export function hasController(obj: JsonObject): boolean {
  return arr(rec(obj['metadata'])?.['ownerReferences']).some((r) => rec(r)?.['controller'] === true);
}

/** Defaults of a StatefulSet spec (relative to the spec) that matter when comparing the immutable part. */
export const STATEFULSET_SPEC_DEFAULTS: Readonly<Record<string, DefaultValue>> = {
  podManagementPolicy: 'OrderedReady',
  'volumeClaimTemplates.*.apiVersion': 'v1',
  'volumeClaimTemplates.*.kind': 'PersistentVolumeClaim',
  'volumeClaimTemplates.*.spec.volumeMode': 'Filesystem',
  'volumeClaimTemplates.*.status.phase': 'Pending',
};

/** Pod template defaults (relative to the template: `spec.` + the pod spec defaults). */
export const POD_TEMPLATE_DEFAULTS: Readonly<Record<string, DefaultValue>> = Object.fromEntries(
  Object.entries(POD_SPEC_DEFAULTS).map(([k, v]) => [`spec.${k}`, v]),
);

/** Field-level differences between two pod templates (metadata + spec); `base` is the template's path. */
export function diffPodTemplates(oldT: JsonValue | undefined, newT: JsonValue | undefined, base: FieldPath): Change[] {
  return diffValues(oldT, newT, base, { defaults: POD_TEMPLATE_DEFAULTS });
}

