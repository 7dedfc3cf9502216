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

/** The containers of a pod spec at `specPath`, with roles. Entries that are not objects are skipped. */
export function listContainers(spec: JsonObject, specPath: FieldPath): ContainerInfo[] {
  const out: ContainerInfo[] = [];
  for (const list of LISTS) {
    arr(spec[list]).forEach((c, index) => {
      if (!isRecord(c)) return;
      const path: FieldPath = [...specPath, list, index];
      out.push({
        node: c,
        role: roleOf(list, c),
        list,
        index,
        name: str(c['name']),
        path,
        at: (...segments) => [...path, ...segments],
      });
    });
  }
  return out;
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
  const path: FieldPath = [...templatePath, 'spec'];
  return {
    kind,
    spec,
    path,
    metadata: rec(t['metadata']) ?? {},
    metadataPath: [...templatePath, 'metadata'],
    isTemplate: kind !== 'Pod',
    containers: listContainers(spec, path),
    at: (...segments) => [...path, ...segments],
  };
}
