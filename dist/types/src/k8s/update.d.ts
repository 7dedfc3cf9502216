import type { FieldPath } from './path.js';
import type { JsonObject, JsonValue } from './values.js';
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
/** A Kubernetes resource quantity as a number (`500m` -> 0.5, `1Gi` -> 1073741824); undefined if malformed. */
export declare function parseQuantity(v: unknown): number | undefined;
/** The pattern of a relative path: numbers become `*`, segments joined by `.`. */
export declare function pathPattern(rel: FieldPath): string;
/**
 * Field-level differences between two values, as the API server sees them after defaulting. Objects are
 * compared key by key, lists of equal length item by item (a list whose length changed is one change at
 * the list). `base` is prepended to every reported path.
 */
export declare function diffValues(oldV: JsonValue | undefined, newV: JsonValue | undefined, base?: FieldPath, opts?: DiffOptions): Change[];
/** `apiequality.Semantic.DeepEqual` after defaulting. */
export declare function semanticEqual(a: JsonValue | undefined, b: JsonValue | undefined, opts?: DiffOptions): boolean;
/** A value for a message: JSON, shortened. */
export declare function show(v: JsonValue | undefined, max?: number): string;
/** `old → new` for a message. */
export declare function describeChange(c: Change): string;
/** The default image pull policy: `Always` for `:latest` or an untagged image, else `IfNotPresent`. */
export declare function defaultImagePullPolicy(image: string | undefined): string | undefined;
/** Defaults of a pod spec (paths relative to the spec), as the API server fills them in. */
export declare const POD_SPEC_DEFAULTS: Readonly<Record<string, DefaultValue>>;
/** Field-level differences between two pod specs (`base` is the spec's path in the object). */
export declare function diffPodSpecs(oldSpec: JsonValue | undefined, newSpec: JsonValue | undefined, base: FieldPath): Change[];
/**
 * The API server's list of updatable Pod spec fields, joined exactly as in
 * `spec: Forbidden: pod updates may not change fields other than …`.
 */
export declare const POD_UPDATABLE_FIELDS = "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";
/** The pod spec update the API server allows for a field (relative to the spec), before other checks. */
export type PodFieldClass = 'image' | 'activeDeadlineSeconds' | 'tolerations' | 'schedulingGates' | 'terminationGracePeriodSeconds' | 'nodeSelector' | 'nodeAffinity' | 'other';
/** Classify a changed field of a pod spec (relative path). */
export declare function classifyPodField(rel: FieldPath): PodFieldClass;
/** The four fields of a toleration that must stay equal when it is kept (all but `tolerationSeconds`). */
export declare function tolerationKey(t: JsonValue | undefined): string;
/** Index of the first old toleration no longer present (ignoring `tolerationSeconds`), or -1. */
export declare function firstModifiedToleration(oldList: JsonValue | undefined, newList: JsonValue | undefined): number;
export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';
/**
 * The QoS class of a pod spec (`qos.ComputePodQOS`): pod-level resources when set, else every container
 * and init container. Guaranteed: cpu and memory limits everywhere, requests equal to limits (requests
 * default to limits). BestEffort: no cpu or memory request or limit anywhere.
 */
export declare function qosClass(spec: JsonObject): QosClass;
/** True when a schedule uses `TZ=` or `CRON_TZ=` (the API server checks for the substring `TZ`). */
export declare function scheduleHasTimeZone(schedule: unknown): boolean;
/** Fields of a StatefulSet spec that an update may change, for a version (the rest is forbidden). */
export declare function statefulSetMutableFields(v: KubeVersion): string[];
/** The API server's StatefulSet message for a version: `… fields other than 'a', 'b' and 'c' are forbidden`. */
export declare function statefulSetForbiddenText(v: KubeVersion): string;
export declare const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";
export declare const APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
/** A static pod: the file is under `staticPodPaths`, or the (old) Pod carries the mirror-pod annotation. */
export declare function isStaticPod(obj: JsonObject, staticPodSetting: boolean): boolean;
/** `spec.os.name: windows`. */
export declare function isWindowsPod(spec: JsonObject | undefined): boolean;
/** Set `target[key]` to `source[key]`, or remove it from `target` when `source` has none (a copy of a field). */
export declare function copyField(target: JsonObject, source: JsonObject, key: string): void;
/**
 * The new pod spec with every change the API server allows in a Pod update put back to the old value
 * (images, activeDeadlineSeconds, tolerations, scheduling gates, the terminationGracePeriodSeconds
 * fix-up, and — while the old pod is gated — nodeSelector and node affinity), as `ValidatePodUpdate`
 * munges it before its final comparison. Container lists must have the same lengths.
 */
export declare function mungePodSpecForUpdate(oldSpec: JsonObject, newSpec: JsonObject): JsonObject;
/** True when a container list's length differs (`pod updates may not add or remove containers`). */
export declare function containerListChanged(oldSpec: JsonObject, newSpec: JsonObject): 'containers' | 'initContainers' | undefined;
/**
 * The changes of a Pod update that fall outside every allowance (each one is reported with the
 * `pod updates may not change fields other than …` message). `base` is the spec's path (`['spec']`).
 */
export declare function forbiddenPodSpecChanges(oldSpec: JsonObject, newSpec: JsonObject, base?: FieldPath): Change[];
/** Only additions to a node selector term's matchExpressions and matchFields (`validateNodeSelectorTermHasOnlyAdditions`). */
export declare function nodeSelectorTermOnlyAdditions(newTerm: JsonValue | undefined, oldTerm: JsonValue | undefined): boolean;
/** True when the object has an owner reference with `controller: true` (it is managed by a workload). */
export declare function hasController(obj: JsonObject): boolean;
/** Defaults of a StatefulSet spec (relative to the spec) that matter when comparing the immutable part. */
export declare const STATEFULSET_SPEC_DEFAULTS: Readonly<Record<string, DefaultValue>>;
/** Pod template defaults (relative to the template: `spec.` + the pod spec defaults). */
export declare const POD_TEMPLATE_DEFAULTS: Readonly<Record<string, DefaultValue>>;
/** Field-level differences between two pod templates (metadata + spec); `base` is the template's path. */
export declare function diffPodTemplates(oldT: JsonValue | undefined, newT: JsonValue | undefined, base: FieldPath): Change[];
