// Kinds that carry a pod spec, where it sits in each, and the containers of a pod with their roles.
import type { FieldPath } from './path.js';
import { arr, isRecord, rec, str } from './values.js';
import type { JsonObject } from './values.js';

/** The API group of an apiVersion (`apps/v1` -> `apps`, `v1` -> ``). */
export function apiGroup(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i === -1 ? '' : apiVersion.slice(0, i);
}

interface PodBearingKind {
  groups: readonly string[];
  /** Path of the pod template (metadata + spec) in the object; [] for a Pod itself. */
  template: FieldPath;
}

/** Every pod-bearing kind, the API groups it is served from (current and legacy), and where its pod sits. */
export const POD_BEARING_KINDS: Readonly<Record<string, PodBearingKind>> = {
  Pod: { groups: [''], template: [] },
  PodTemplate: { groups: [''], template: ['template'] },
  ReplicationController: { groups: [''], template: ['spec', 'template'] },
  ReplicaSet: { groups: ['apps', 'extensions'], template: ['spec', 'template'] },
  Deployment: { groups: ['apps', 'extensions'], template: ['spec', 'template'] },
  StatefulSet: { groups: ['apps'], template: ['spec', 'template'] },
  DaemonSet: { groups: ['apps', 'extensions'], template: ['spec', 'template'] },
  Job: { groups: ['batch'], template: ['spec', 'template'] },
  CronJob: { groups: ['batch'], template: ['spec', 'jobTemplate', 'spec', 'template'] },
};

/** Workload kinds whose pod template must use `restartPolicy: Always`. */
export const ALWAYS_RESTART_KINDS: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ReplicationController']);

export function isPodBearing(apiVersion: string, kind: string): boolean {
  const k = POD_BEARING_KINDS[kind];
  return k !== undefined && k.groups.includes(apiGroup(apiVersion));
}

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

const LISTS: readonly ContainerListKey[] = ['containers', 'initContainers', 'ephemeralContainers'];

function roleOf(list: ContainerListKey, c: JsonObject): ContainerRole {
  if (list === 'containers') return 'app';
  if (list === 'ephemeralContainers') return 'ephemeral';
  return c['restartPolicy'] === 'Always' ? 'sidecar' : 'init';
}

/** A container as listContainers makes it: `at` lives on the prototype (no closure per container). */
class Container implements ContainerInfo {
  readonly node: JsonObject;
  readonly role: ContainerRole;
  readonly list: ContainerListKey;
  readonly index: number;
  readonly name: string | undefined;
  readonly path: FieldPath;
  constructor(node: JsonObject, list: ContainerListKey, index: number, path: FieldPath) {
    this.node = node;
    this.role = roleOf(list, node);
    this.list = list;
    this.index = index;
    this.name = str(node['name']);
    this.path = path;
  }
  at(...segments: (string | number)[]): FieldPath {
    return [...this.path, ...segments];
  }
  /** Derived data of this container (see derivedData); private, so that it is invisible to comparisons and JSON. */
  #derived: object | undefined = undefined;
  static derived<T extends object>(c: Container, make: () => T): T {
    return (c.#derived ??= make()) as T;
  }
}

/** The containers of a pod spec at `specPath`, with roles. Entries that are not objects are skipped. */
export function listContainers(spec: JsonObject, specPath: FieldPath): ContainerInfo[] {
  const out: ContainerInfo[] = [];
  for (const list of LISTS) {
    const items = arr(spec[list]);
    for (let index = 0; index < items.length; index++) {
      const c = items[index];
      if (!isRecord(c)) continue;
      out.push(new Container(c, list, index, [...specPath, list, index]));
    }
  }
  return out;
}

/** A pod as getPodSpec makes it (`at` on the prototype). */
class PodSpec implements PodSpecInfo {
  readonly kind: string;
  readonly spec: JsonObject;
  readonly path: FieldPath;
  readonly metadata: JsonObject;
  readonly metadataPath: FieldPath;
  readonly isTemplate: boolean;
  readonly containers: readonly ContainerInfo[];
  constructor(kind: string, spec: JsonObject, path: FieldPath, metadata: JsonObject, metadataPath: FieldPath) {
    this.kind = kind;
    this.spec = spec;
    this.path = path;
    this.metadata = metadata;
    this.metadataPath = metadataPath;
    this.isTemplate = kind !== 'Pod';
    this.containers = listContainers(spec, path);
  }
  at(...segments: (string | number)[]): FieldPath {
    return [...this.path, ...segments];
  }
  #derived: object | undefined = undefined;
  static derived<T extends object>(p: PodSpec, make: () => T): T {
    return (p.#derived ??= make()) as T;
  }
  #policy: object | undefined = undefined;
  static policy<T extends object>(p: PodSpec, make: () => T): T {
    return (p.#policy ??= make()) as T;
  }
}

const derivedElsewhere = new WeakMap<object, object>();

/**
 * Data derived from one pod or container and shared by the rules that need it (src/k8s caches: volumes,
 * mounts, ports, probe targets): made by `make` on first use. Kept on the pods and containers getPodSpec
 * makes (no weak-map lookup on the hot path), and in a weak map for those built by hand (tests, plugins).
 * Each caller module passes its own `make`, and must use one kind of data per info object.
 */
export function derivedData<T extends object>(info: ContainerInfo | PodSpecInfo, make: () => T): T {
  if (info instanceof Container) return Container.derived(info, make);
  if (info instanceof PodSpec) return PodSpec.derived(info, make);
  let data = derivedElsewhere.get(info) as T | undefined;
  if (data === undefined) {
    data = make();
    derivedElsewhere.set(info, data);
  }
  return data;
}

const policyElsewhere = new WeakMap<object, object>();

/** Like derivedData, a second slot of a pod, for the Pod Security policy of its object (pod-security.ts). */
export function podPolicyData<T extends object>(pod: PodSpecInfo, make: () => T): T {
  if (pod instanceof PodSpec) return PodSpec.policy(pod, make);
  let data = policyElsewhere.get(pod) as T | undefined;
  if (data === undefined) {
    data = make();
    policyElsewhere.set(pod, data);
  }
  return data;
}

/** Extract the pod spec of any pod-bearing object, or undefined (other kinds, or no spec object). */
export function getPodSpec(obj: JsonObject): PodSpecInfo | undefined {
  const kind = str(obj['kind']);
  const apiVersion = str(obj['apiVersion']);
  if (kind === undefined || apiVersion === undefined || !isPodBearing(apiVersion, kind)) return undefined;
  const templatePath = POD_BEARING_KINDS[kind]!.template;
  let template: unknown = obj;
  for (const seg of templatePath) template = rec(template)?.[seg as string];
  const t = rec(template);
  const spec = rec(t?.['spec']);
  if (!t || !spec) return undefined;
  return new PodSpec(kind, spec, [...templatePath, 'spec'], rec(t['metadata']) ?? {}, [...templatePath, 'metadata']);
}
