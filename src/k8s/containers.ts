// How the kubelet and the API server see the containers of one pod: native sidecars per version, ports,
// probes and handlers, volumes (with the API server's notion of a valid volume), localhost references
// between containers, well-known long-running helpers, and static pods.
import type { FieldPath } from './path.js';
import { isDNS1123Label } from './names.js';
import { derivedData } from './pod-spec.js';
import type { ContainerInfo, PodSpecInfo } from './pod-spec.js';
import { arr, isRecord, num, rec, str } from './values.js';
import type { JsonObject, JsonValue } from './values.js';
import { atLeast } from './versions.js';
import type { KubeVersion } from './versions.js';

/** Native sidecars (`initContainers[*].restartPolicy: Always`) work from 1.29 (SidecarContainers beta/on). */
export function nativeSidecarsSupported(v: KubeVersion): boolean {
  return atLeast(v, '1.29');
}

/** An init container that the target version runs as a native sidecar. */
export function isNativeSidecar(c: ContainerInfo, v: KubeVersion): boolean {
  return c.list === 'initContainers' && c.node['restartPolicy'] === 'Always' && nativeSidecarsSupported(v);
}

/** An init container that runs to completion before the next one starts (not a sidecar at `v`). */
export function isPlainInit(c: ContainerInfo, v: KubeVersion): boolean {
  return c.list === 'initContainers' && !isNativeSidecar(c, v);
}

/** Containers that run for the pod's lifetime: regular containers and native sidecars. */
export function longRunning(pod: PodSpecInfo, v: KubeVersion): ContainerInfo[] {
  return pod.containers.filter((c) => c.list === 'containers' || isNativeSidecar(c, v));
}

/** The pod's restartPolicy after defaulting (`Always` when unset). */
export function podRestartPolicy(pod: PodSpecInfo): string {
  const v = pod.spec['restartPolicy'];
  return typeof v === 'string' && v !== '' ? v : 'Always';
}

/** A JSON value as the API server prints it in `Invalid value: …` (strings quoted). */
export function showValue(v: JsonValue | undefined): string {
  return JSON.stringify(v ?? null);
}

// ---------------------------------------------------------------------------------------------------
// Ports

export interface PortInfo {
  readonly index: number;
  readonly node: JsonObject;
  readonly containerPort: number | undefined;
  /** After defaulting: `TCP` when unset or empty. */
  readonly protocol: string;
  readonly name: string | undefined;
  readonly hostPort: number | undefined;
  readonly hostIP: string;
}

// Several rules ask for the same derived data of one pod or container (its volumes, mounts, ports, probe
// targets). It is computed once per PodSpecInfo / ContainerInfo and shared: the engine builds those once per
// object, and rules never modify the objects they lint (the RuleTester freezes them to make sure). The
// cached lists are read-only. One cache object per pod and per container (pod-spec.ts derivedData).

interface ContainerCache {
  ports: readonly PortInfo[] | undefined;
  probeTargets: readonly HandlerTarget[] | undefined;
  allTargets: readonly HandlerTarget[] | undefined;
  listening: ReadonlySet<number> | undefined;
  localRefs: readonly LocalReference[] | undefined;
  /** null: not a known helper. */
  helper: string | null | undefined;
}

const newContainerCache = (): ContainerCache => ({ ports: undefined, probeTargets: undefined, allTargets: undefined, listening: undefined, localRefs: undefined, helper: undefined });

function containerCache(c: ContainerInfo): ContainerCache {
  return derivedData(c, newContainerCache);
}

interface PodCache {
  volumes: readonly VolumeInfo[] | undefined;
  mounts: readonly MountInfo[] | undefined;
  declared: ReadonlyMap<string, VolumeInfo> | undefined;
  declaredFor: JsonObject | undefined;
}

const newPodCache = (): PodCache => ({ volumes: undefined, mounts: undefined, declared: undefined, declaredFor: undefined });

function podCache(pod: PodSpecInfo): PodCache {
  return derivedData(pod, newPodCache);
}

/** The container's ports (entries that are objects), with defaults applied. */
export function portsOf(c: ContainerInfo): readonly PortInfo[] {
  const cache = containerCache(c);
  return (cache.ports ??= computePorts(c));
}

function computePorts(c: ContainerInfo): PortInfo[] {
  const out: PortInfo[] = [];
  const ports = arr(c.node['ports']);
  for (let index = 0; index < ports.length; index++) {
    const p = ports[index];
    if (!isRecord(p)) continue;
    const protocol = str(p['protocol']);
    out.push({
      index,
      node: p,
      containerPort: num(p['containerPort']),
      protocol: protocol === undefined || protocol === '' ? 'TCP' : protocol,
      name: str(p['name']),
      hostPort: num(p['hostPort']),
      hostIP: str(p['hostIP']) ?? '',
    });
  }
  return out;
}

/**
 * Ports a container listens on: its declared containerPorts, plus ports given to well-known flags in its
 * command and args (`--port=5432`, `--port 5432`, `…?port=5432`), as proxies such as cloud-sql-proxy take them.
 */
export function listeningPorts(c: ContainerInfo): ReadonlySet<number> {
  const cache = containerCache(c);
  return (cache.listening ??= computeListeningPorts(c));
}

function computeListeningPorts(c: ContainerInfo): Set<number> {
  const ports = new Set<number>();
  for (const p of portsOf(c)) if (p.containerPort !== undefined) ports.add(p.containerPort);
  const words = [...arr(c.node['command']), ...arr(c.node['args'])].filter((w): w is string => typeof w === 'string');
  words.forEach((w, i) => {
    for (const m of w.matchAll(/(?:^|[-?&\s])(?:port|listen-port|http-port)[= ](\d{1,5})\b/g)) ports.add(Number(m[1]));
    if (/^--?(?:port|listen-port)$/.test(w)) {
      const next = words[i + 1];
      if (next !== undefined && /^\d{1,5}$/.test(next)) ports.add(Number(next));
    }
  });
  return ports;
}

// ---------------------------------------------------------------------------------------------------
// Probes and handlers

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeKey = (typeof PROBES)[number];
/** Handler types of a probe, in the order the API server checks them. */
export const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
/** Handler types of a lifecycle hook, in the order the API server checks them. */
export const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;
export const LIFECYCLE_HOOKS = ['postStart', 'preStop'] as const;

/** A probe or lifecycle handler that sends traffic to a port: where, and the port as written. */
export interface HandlerTarget {
  readonly path: readonly (string | number)[];
  readonly handler: 'httpGet' | 'tcpSocket' | 'grpc';
  readonly port: JsonValue | undefined;
  readonly host: string | undefined;
}

/** Network targets of a container's probes (and, with `lifecycle`, its hooks), relative to the container. */
export function handlerTargets(c: ContainerInfo, options: { lifecycle?: boolean } = {}): readonly HandlerTarget[] {
  const cache = containerCache(c);
  if (options.lifecycle === true) return (cache.allTargets ??= computeHandlerTargets(c, true));
  return (cache.probeTargets ??= computeHandlerTargets(c, false));
}

/** Paths (relative to the container) of every probe and hook handler that has a port: built once, shared. */
const TARGET_SOURCES: readonly { readonly hook: boolean; readonly key: string; readonly handlers: readonly { readonly handler: 'httpGet' | 'tcpSocket' | 'grpc'; readonly path: readonly string[] }[] }[] = [
  ...PROBES.map((p) => ({ hook: false, key: p, handlers: (['httpGet', 'tcpSocket', 'grpc'] as const).map((handler) => ({ handler, path: [p, handler] })) })),
  ...LIFECYCLE_HOOKS.map((h) => ({ hook: true, key: h, handlers: (['httpGet', 'tcpSocket', 'grpc'] as const).map((handler) => ({ handler, path: ['lifecycle', h, handler] })) })),
];

function computeHandlerTargets(c: ContainerInfo, lifecycle: boolean): HandlerTarget[] {
  const out: HandlerTarget[] = [];
  const hooks = lifecycle ? rec(c.node['lifecycle']) : undefined;
  for (const source of TARGET_SOURCES) {
    if (source.hook && !lifecycle) break;
    const h = rec(source.hook ? hooks?.[source.key] : c.node[source.key]);
    if (!h) continue;
    for (const { handler, path } of source.handlers) {
      const t = rec(h[handler]);
      if (t) out.push({ path, handler, port: t['port'], host: str(t['host']) });
    }
  }
  return out;
}

const LOCAL_HOSTS = /^(?:localhost|localhost\.|127(?:\.\d{1,3}){3}|::1|\[::1\]|0:0:0:0:0:0:0:1)$/i;

/** True for host names that mean "this network namespace": localhost, 127.0.0.0/8, ::1. */
export function isLocalhost(host: string): boolean {
  return LOCAL_HOSTS.test(host.trim());
}

export interface LocalReference {
  readonly port: number;
  readonly text: string;
  /** Path of the string that holds it, relative to the container. */
  readonly path: readonly (string | number)[];
}

const LOCAL_REF = /(?:^|[^A-Za-z0-9.\-_])(localhost|127(?:\.\d{1,3}){3}|\[::1\]):(\d{1,5})(?![0-9])/gi;

/** `localhost:<port>` (127.0.0.1, [::1]) references in a container's command, args and env values. */
export function localReferences(c: ContainerInfo): readonly LocalReference[] {
  const cache = containerCache(c);
  return (cache.localRefs ??= computeLocalReferences(c));
}

function computeLocalReferences(c: ContainerInfo): LocalReference[] {
  const out: LocalReference[] = [];
  const scan = (v: JsonValue | undefined, path: (string | number)[]): void => {
    if (typeof v !== 'string') return;
    for (const m of v.matchAll(LOCAL_REF)) {
      const port = Number(m[2]);
      if (port >= 1 && port <= 65535) out.push({ port, text: `${m[1]}:${m[2]}`, path });
    }
  };
  for (const key of ['command', 'args'] as const) arr(c.node[key]).forEach((w, i) => scan(w, [key, i]));
  arr(c.node['env']).forEach((e, i) => scan(rec(e)?.['value'], ['env', i, 'value']));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Long-running helpers (proxies, agents, log shippers)

export interface KnownHelper {
  readonly pattern: RegExp;
  readonly what: string;
}

/** Images (and container names) of helpers that run until they are killed. */
export const KNOWN_HELPERS: readonly KnownHelper[] = [
  { pattern: /(?:^|\/)istio[/-]?proxy(?:v2)?(?:[:@]|$)|(?:^|\/)proxyv2(?:[:@]|$)/, what: 'the Istio proxy (Envoy)' },
  { pattern: /(?:^|\/)envoy(?:proxy)?(?:\/envoy)?(?:-(?:distroless|alpine|dev|contrib|windows[a-z0-9-]*))?(?:[:@]|$)/, what: 'an Envoy proxy' },
  { pattern: /(?:^|\/)linkerd[/-]?proxy(?:[:@]|$)/, what: 'the Linkerd proxy' },
  { pattern: /(?:^|\/)(?:cloud-sql-proxy|cloudsql-proxy|gce-proxy)(?:[:@]|$)/, what: 'the Cloud SQL Auth Proxy' },
  { pattern: /(?:^|\/)alloydb-auth-proxy(?:[:@]|$)/, what: 'the AlloyDB Auth Proxy' },
  { pattern: /(?:^|\/)vault(?:-agent|-k8s)?(?:[:@]|$)|(?:^|\/)vault-agent(?:[:@]|$)/, what: 'a Vault agent' },
  { pattern: /(?:^|\/)fluent-bit(?:[:@]|$)/, what: 'Fluent Bit' },
  { pattern: /(?:^|\/)fluentd(?:-[a-z0-9-]+)?(?:[:@]|$)/, what: 'Fluentd' },
  { pattern: /(?:^|\/)(?:filebeat|promtail|vector)(?:[:@]|$)/, what: 'a log shipper' },
  { pattern: /(?:^|\/)(?:otel|opentelemetry)-collector(?:-contrib|-k8s)?(?:[:@]|$)/, what: 'the OpenTelemetry Collector' },
  { pattern: /(?:^|\/)consul-dataplane(?:[:@]|$)/, what: 'the Consul dataplane (Envoy)' },
];

/** What a container is when it is a known long-running helper (by image, else by name), or undefined. */
export function knownHelper(c: ContainerInfo): string | undefined {
  const cache = containerCache(c);
  if (cache.helper === undefined) cache.helper = computeKnownHelper(c) ?? null;
  return cache.helper ?? undefined;
}

function computeKnownHelper(c: ContainerInfo): string | undefined {
  const image = (str(c.node['image']) ?? '').toLowerCase();
  const name = (c.name ?? '').toLowerCase();
  for (const h of KNOWN_HELPERS) if (h.pattern.test(image)) return h.what;
  for (const h of KNOWN_HELPERS) if (h.pattern.test(name)) return h.what;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Volumes

/** Every VolumeSource field of core/v1 (unknown keys are dropped by the decoder). */
export const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos',
  'csi', 'ephemeral', 'image',
] as const;

/** Required field of some volume sources (the API server rejects the volume without it). */
const REQUIRED_SOURCE_FIELDS: Readonly<Record<string, string>> = {
  hostPath: 'path',
  secret: 'secretName',
  configMap: 'name',
  persistentVolumeClaim: 'claimName',
  nfs: 'server',
  csi: 'driver',
  ephemeral: 'volumeClaimTemplate',
};

export interface VolumeInfo {
  readonly index: number;
  readonly node: JsonObject;
  readonly name: string | undefined;
  /** Source types set on the volume (after defaulting: none set means emptyDir). */
  readonly sources: readonly string[];
  /** Why the API server rejects the volume, or undefined when it is valid. */
  readonly problem: string | undefined;
}

const SOURCE_ORDER: ReadonlyMap<string, number> = new Map(VOLUME_SOURCES.map((s, i) => [s, i]));
const EMPTY_DIR_ONLY: readonly string[] = Object.freeze(['emptyDir']);

/** The source types a volume sets (objects under a VolumeSource key), in VOLUME_SOURCES order. */
function volumeSources(v: JsonObject): string[] {
  const out: string[] = [];
  for (const k in v) if (SOURCE_ORDER.has(k) && isRecord(v[k])) out.push(k);
  if (out.length > 1) out.sort((a, b) => SOURCE_ORDER.get(a)! - SOURCE_ORDER.get(b)!);
  return out;
}

/** The pod's volumes with the API server's verdict on each. A volume with no source defaults to emptyDir. */
export function volumesOf(pod: PodSpecInfo): readonly VolumeInfo[] {
  const cache = podCache(pod);
  return (cache.volumes ??= computeVolumes(pod));
}

function computeVolumes(pod: PodSpecInfo): VolumeInfo[] {
  const out: VolumeInfo[] = [];
  const seen = new Set<string>();
  const volumes = arr(pod.spec['volumes']);
  for (let index = 0; index < volumes.length; index++) {
    const v = volumes[index];
    if (!isRecord(v)) continue;
    const name = str(v['name']);
    const sources = volumeSources(v);
    let problem: string | undefined;
    if (name === undefined || name === '') problem = 'it has no name';
    else if (isDNS1123Label(name).length > 0) problem = 'its name is not a lowercase RFC 1123 label';
    else if (seen.has(name)) problem = 'its name is a duplicate';
    else if (sources.length > 1) problem = `it sets more than one volume type (${sources.join(', ')})`;
    else if (sources.length === 1) {
      const field = REQUIRED_SOURCE_FIELDS[sources[0]!];
      const src = rec(v[sources[0]!])!;
      if (field !== undefined && (src[field] === undefined || src[field] === null || src[field] === '')) problem = `${sources[0]}.${field} is required`;
    }
    if (name !== undefined) seen.add(name);
    out.push({ index, node: v, name, sources: sources.length === 0 ? EMPTY_DIR_ONLY : sources, problem });
  }
  return out;
}

/**
 * Volumes a mount can reference: the API server only records a volume that validated without errors
 * (the first of duplicate names counts), so a mount of an invalid volume is `Not found`. Pass the object
 * to include a StatefulSet's volumeClaimTemplates.
 */
export function declaredVolumes(pod: PodSpecInfo, object?: JsonObject): ReadonlyMap<string, VolumeInfo> {
  const cache = podCache(pod);
  if (cache.declared === undefined || cache.declaredFor !== object) {
    cache.declared = computeDeclaredVolumes(pod, object);
    cache.declaredFor = object;
  }
  return cache.declared;
}

function computeDeclaredVolumes(pod: PodSpecInfo, object: JsonObject | undefined): Map<string, VolumeInfo> {
  const out = new Map<string, VolumeInfo>();
  for (const v of volumesOf(pod)) if (v.name !== undefined && v.problem === undefined && !out.has(v.name)) out.set(v.name, v);
  // A StatefulSet's controller adds a PVC volume per volumeClaimTemplate (a pod volume of that name wins).
  if (pod.kind === 'StatefulSet' && object) {
    arr(rec(object['spec'])?.['volumeClaimTemplates']).forEach((t, index) => {
      const name = str(rec(rec(t)?.['metadata'])?.['name']);
      if (name !== undefined && name !== '' && !out.has(name)) out.set(name, { index, node: rec(t)!, name, sources: ['persistentVolumeClaim'], problem: undefined });
    });
  }
  return out;
}

export interface MountInfo {
  readonly container: ContainerInfo;
  readonly index: number;
  readonly node: JsonObject;
  readonly name: string | undefined;
  readonly readOnly: boolean;
  readonly subPath: string;
  readonly kind: 'volumeMounts' | 'volumeDevices';
}

/** Every volumeMount and volumeDevice of every container. */
export function mountsOf(pod: PodSpecInfo): readonly MountInfo[] {
  const cache = podCache(pod);
  return (cache.mounts ??= computeMounts(pod));
}

const MOUNT_KINDS = ['volumeMounts', 'volumeDevices'] as const;

function computeMounts(pod: PodSpecInfo): MountInfo[] {
  const out: MountInfo[] = [];
  for (const c of pod.containers) {
    for (const kind of MOUNT_KINDS) {
      const list = arr(c.node[kind]);
      for (let index = 0; index < list.length; index++) {
        const m = list[index];
        if (!isRecord(m)) continue;
        out.push({ container: c, index, node: m, name: str(m['name']), readOnly: m['readOnly'] === true, subPath: str(m['subPath']) ?? '', kind });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Static pods

export const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

/** A Pod the kubelet reads from a manifest file (config `staticPodPaths`) or a mirror pod (annotation). */
export function isStaticPod(kind: string, pod: PodSpecInfo, staticPodFile: boolean): boolean {
  if (kind !== 'Pod') return false;
  return staticPodFile || rec(pod.metadata['annotations'])?.[MIRROR_ANNOTATION] !== undefined;
}

export interface ApiReference {
  /** Path relative to the object. */
  readonly path: FieldPath;
  /** The resource as the kubelet names it: `secrets`, `configmaps (via projected volumes)`, … */
  readonly resource: string;
}

/** Volume types whose `secretRef` names a Secret (the kubelet's VisitPodSecretNames). */
const SECRET_REF_VOLUMES = ['cephfs', 'cinder', 'flexVolume', 'iscsi', 'rbd', 'scaleIO', 'storageos'] as const;

/**
 * The API objects a pod references, named as the kubelet's static-pod check (`HasAPIObjectReference`)
 * names them. The kubelet checks in this order and reports only the first: serviceAccountName, any Secret
 * (VisitPodSecretNames: imagePullSecrets, env, envFrom, secret, projected and azureFile volumes, volume
 * secretRefs), any ConfigMap, resourceClaims, then volume types.
 */
export function apiReferences(pod: PodSpecInfo): ApiReference[] {
  const out: ApiReference[] = [];
  const spec = pod.spec;
  for (const key of ['serviceAccountName', 'serviceAccount'] as const) {
    const v = str(spec[key]);
    if (v !== undefined && v !== '') out.push({ path: pod.at(key), resource: 'serviceaccounts' });
  }
  arr(spec['imagePullSecrets']).forEach((s, i) => {
    if (isRecord(s)) out.push({ path: pod.at('imagePullSecrets', i), resource: 'secrets' });
  });
  for (const c of pod.containers) {
    arr(c.node['env']).forEach((e, i) => {
      const from = rec(rec(e)?.['valueFrom']);
      if (isRecord(from?.['secretKeyRef'])) out.push({ path: c.at('env', i, 'valueFrom', 'secretKeyRef'), resource: 'secrets' });
      if (isRecord(from?.['configMapKeyRef'])) out.push({ path: c.at('env', i, 'valueFrom', 'configMapKeyRef'), resource: 'configmaps' });
    });
    arr(c.node['envFrom']).forEach((e, i) => {
      if (isRecord(rec(e)?.['secretRef'])) out.push({ path: c.at('envFrom', i, 'secretRef'), resource: 'secrets' });
      if (isRecord(rec(e)?.['configMapRef'])) out.push({ path: c.at('envFrom', i, 'configMapRef'), resource: 'configmaps' });
    });
  }
  arr(spec['resourceClaims']).forEach((r, i) => {
    if (isRecord(r)) out.push({ path: pod.at('resourceClaims', i), resource: 'resourceclaims' });
  });
  for (const v of volumesOf(pod)) {
    const at = (...s: (string | number)[]): FieldPath => pod.at('volumes', v.index, ...s);
    const n = v.node;
    if (isRecord(n['secret'])) out.push({ path: at('secret'), resource: 'secrets' });
    if (isRecord(n['configMap'])) out.push({ path: at('configMap'), resource: 'configmaps' });
    if (isRecord(n['azureFile'])) out.push({ path: at('azureFile'), resource: 'secrets' });
    for (const t of SECRET_REF_VOLUMES) {
      if (isRecord(rec(n[t])?.['secretRef'])) out.push({ path: at(t, 'secretRef'), resource: 'secrets' });
    }
    if (isRecord(n['persistentVolumeClaim'])) out.push({ path: at('persistentVolumeClaim'), resource: 'persistentvolumeclaims' });
    if (isRecord(n['ephemeral'])) out.push({ path: at('ephemeral'), resource: 'persistentvolumeclaims (via ephemeral volumes)' });
    if (isRecord(n['csi'])) out.push({ path: at('csi'), resource: 'csidrivers (via CSI volumes)' });
    if (isRecord(n['glusterfs'])) out.push({ path: at('glusterfs'), resource: 'endpoints (via glusterFS volumes)' });
    arr(rec(n['projected'])?.['sources']).forEach((p, j) => {
      const src = rec(p);
      if (!src) return;
      const kinds: [string, string][] = [
        ['secret', 'secrets'],
        ['configMap', 'configmaps'],
        ['serviceAccountToken', 'serviceaccounts (via projected volumes)'],
        ['clusterTrustBundle', 'clustertrustbundles'],
        ['podCertificate', 'podcertificates'],
      ];
      for (const [key, resource] of kinds) {
        if (isRecord(src[key])) out.push({ path: at('projected', 'sources', j, key), resource });
      }
    });
  }
  return out;
}
