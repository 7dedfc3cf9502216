import type { FieldPath } from './path.js';
import type { JsonObject } from './values.js';
/** The API group of an apiVersion (`apps/v1` -> `apps`, `v1` -> ``). */
export declare function apiGroup(apiVersion: string): string;
interface PodBearingKind {
    groups: readonly string[];
    /** Path of the pod template (metadata + spec) in the object; [] for a Pod itself. */
    template: FieldPath;
}
/** Every pod-bearing kind, the API groups it is served from (current and legacy), and where its pod sits. */
export declare const POD_BEARING_KINDS: Readonly<Record<string, PodBearingKind>>;
/** Workload kinds whose pod template must use `restartPolicy: Always`. */
export declare const ALWAYS_RESTART_KINDS: ReadonlySet<string>;
export declare function isPodBearing(apiVersion: string, kind: string): boolean;
export type ContainerRole = 'app' | 'init' | 'sidecar' | 'ephemeral';
export type ContainerListKey = 'containers' | 'initContainers' | 'ephemeralContainers';
/** One container of a pod, with its role and field path. */
export interface ContainerInfo {
    readonly node: JsonObject;
    /** `app` (spec.containers), `init`, `sidecar` (init container with restartPolicy: Always), `ephemeral`. */
    readonly role: ContainerRole;
    readonly list: ContainerListKey;
    readonly index: number;
    /** The container's name when it is a string. */
    readonly name: string | undefined;
    /** Path of the container in the object, e.g. `['spec', 'template', 'spec', 'containers', 0]`. */
    readonly path: FieldPath;
    /** Path of a field below the container. */
    at(...segments: (string | number)[]): FieldPath;
}
/** The pod of a pod-bearing object: its spec, its metadata, and its containers. */
export interface PodSpecInfo {
    readonly kind: string;
    readonly spec: JsonObject;
    /** Path of the pod spec in the object (`['spec']` for a Pod). */
    readonly path: FieldPath;
    /** The pod's metadata (the object's for a Pod, the template's for workloads); may be empty. */
    readonly metadata: JsonObject;
    readonly metadataPath: FieldPath;
    /** True for a pod template (workloads, PodTemplate), false for a Pod. */
    readonly isTemplate: boolean;
    /** All containers in API-server order: containers, initContainers, ephemeralContainers. */
    readonly containers: readonly ContainerInfo[];
    /** Path of a field below the pod spec. */
    at(...segments: (string | number)[]): FieldPath;
}
/** The containers of a pod spec at `specPath`, with roles. Entries that are not objects are skipped. */
export declare function listContainers(spec: JsonObject, specPath: FieldPath): ContainerInfo[];
/**
 * Data derived from one pod or container and shared by the rules that need it (src/k8s caches: volumes,
 * mounts, ports, probe targets): made by `make` on first use. Kept on the pods and containers getPodSpec
 * makes (no weak-map lookup on the hot path), and in a weak map for those built by hand (tests, plugins).
 * Each caller module passes its own `make`, and must use one kind of data per info object.
 */
export declare function derivedData<T extends object>(info: ContainerInfo | PodSpecInfo, make: () => T): T;
/** Like derivedData, a second slot of a pod, for the Pod Security policy of its object (pod-security.ts). */
export declare function podPolicyData<T extends object>(pod: PodSpecInfo, make: () => T): T;
/** Extract the pod spec of any pod-bearing object, or undefined (other kinds, or no spec object). */
export declare function getPodSpec(obj: JsonObject): PodSpecInfo | undefined;
export {};
