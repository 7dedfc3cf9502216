import type { FieldPath } from './path.js';
import type { ContainerInfo, PodSpecInfo } from './pod-spec.js';
import type { JsonObject, JsonValue } from './values.js';
import type { KubeVersion } from './versions.js';
/** Native sidecars (`initContainers[*].restartPolicy: Always`) work from 1.29 (SidecarContainers beta/on). */
export declare function nativeSidecarsSupported(v: KubeVersion): boolean;
/** An init container that the target version runs as a native sidecar. */
export declare function isNativeSidecar(c: ContainerInfo, v: KubeVersion): boolean;
/** An init container that runs to completion before the next one starts (not a sidecar at `v`). */
export declare function isPlainInit(c: ContainerInfo, v: KubeVersion): boolean;
/** Containers that run for the pod's lifetime: regular containers and native sidecars. */
export declare function longRunning(pod: PodSpecInfo, v: KubeVersion): ContainerInfo[];
/** The pod's restartPolicy after defaulting (`Always` when unset). */
export declare function podRestartPolicy(pod: PodSpecInfo): string;
/** A JSON value as the API server prints it in `Invalid value: …` (strings quoted). */
export declare function showValue(v: JsonValue | undefined): string;
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
/** The container's ports (entries that are objects), with defaults applied. */
export declare function portsOf(c: ContainerInfo): readonly PortInfo[];
/**
 * Ports a container listens on: its declared containerPorts, plus ports given to well-known flags in its
 * command and args (`--port=5432`, `--port 5432`, `…?port=5432`), as proxies such as cloud-sql-proxy take them.
 */
export declare function listeningPorts(c: ContainerInfo): ReadonlySet<number>;
export declare const PROBES: readonly ["livenessProbe", "readinessProbe", "startupProbe"];
export type ProbeKey = (typeof PROBES)[number];
/** Handler types of a probe, in the order the API server checks them. */
export declare const PROBE_HANDLERS: readonly ["exec", "httpGet", "tcpSocket", "grpc"];
/** Handler types of a lifecycle hook, in the order the API server checks them. */
export declare const LIFECYCLE_HANDLERS: readonly ["exec", "httpGet", "tcpSocket", "sleep"];
export declare const LIFECYCLE_HOOKS: readonly ["postStart", "preStop"];
/** A probe or lifecycle handler that sends traffic to a port: where, and the port as written. */
export interface HandlerTarget {
    readonly path: readonly (string | number)[];
    readonly handler: 'httpGet' | 'tcpSocket' | 'grpc';
    readonly port: JsonValue | undefined;
    readonly host: string | undefined;
}
/** Network targets of a container's probes (and, with `lifecycle`, its hooks), relative to the container. */
export declare function handlerTargets(c: ContainerInfo, options?: {
    lifecycle?: boolean;
}): readonly HandlerTarget[];
/** True for host names that mean "this network namespace": localhost, 127.0.0.0/8, ::1. */
export declare function isLocalhost(host: string): boolean;
export interface LocalReference {
    readonly port: number;
    readonly text: string;
    /** Path of the string that holds it, relative to the container. */
    readonly path: readonly (string | number)[];
}
/** `localhost:<port>` (127.0.0.1, [::1]) references in a container's command, args and env values. */
export declare function localReferences(c: ContainerInfo): readonly LocalReference[];
export interface KnownHelper {
    readonly pattern: RegExp;
    readonly what: string;
}
/** Images (and container names) of helpers that run until they are killed. */
export declare const KNOWN_HELPERS: readonly KnownHelper[];
/** What a container is when it is a known long-running helper (by image, else by name), or undefined. */
export declare function knownHelper(c: ContainerInfo): string | undefined;
/** Every VolumeSource field of core/v1 (unknown keys are dropped by the decoder). */
export declare const VOLUME_SOURCES: readonly ["hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi", "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc", "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected", "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image"];
export interface VolumeInfo {
    readonly index: number;
    readonly node: JsonObject;
    readonly name: string | undefined;
    /** Source types set on the volume (after defaulting: none set means emptyDir). */
    readonly sources: readonly string[];
    /** Why the API server rejects the volume, or undefined when it is valid. */
    readonly problem: string | undefined;
}
/** The pod's volumes with the API server's verdict on each. A volume with no source defaults to emptyDir. */
export declare function volumesOf(pod: PodSpecInfo): readonly VolumeInfo[];
/**
 * Volumes a mount can reference: the API server only records a volume that validated without errors
 * (the first of duplicate names counts), so a mount of an invalid volume is `Not found`. Pass the object
 * to include a StatefulSet's volumeClaimTemplates.
 */
export declare function declaredVolumes(pod: PodSpecInfo, object?: JsonObject): ReadonlyMap<string, VolumeInfo>;
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
export declare function mountsOf(pod: PodSpecInfo): readonly MountInfo[];
export declare const MIRROR_ANNOTATION = "kubernetes.io/config.mirror";
/** A Pod the kubelet reads from a manifest file (config `staticPodPaths`) or a mirror pod (annotation). */
export declare function isStaticPod(kind: string, pod: PodSpecInfo, staticPodFile: boolean): boolean;
export interface ApiReference {
    /** Path relative to the object. */
    readonly path: FieldPath;
    /** The resource as the kubelet names it: `secrets`, `configmaps (via projected volumes)`, … */
    readonly resource: string;
}
/**
 * The API objects a pod references, named as the kubelet's static-pod check (`HasAPIObjectReference`)
 * names them. The kubelet checks in this order and reports only the first: serviceAccountName, any Secret
 * (VisitPodSecretNames: imagePullSecrets, env, envFrom, secret, projected and azureFile volumes, volume
 * secretRefs), any ConfigMap, resourceClaims, then volume types.
 */
export declare function apiReferences(pod: PodSpecInfo): ApiReference[];
