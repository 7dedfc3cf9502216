import type { FieldPath } from './path.js';
import type { ContainerInfo, PodSpecInfo } from './pod-spec.js';
import type { JsonObject, JsonValue } from './values.js';
import type { KubeVersion } from './versions.js';
/** Fields of a container's securityContext that default to the pod's `spec.securityContext` value. */
export type InheritedField = 'runAsNonRoot' | 'runAsUser' | 'runAsGroup' | 'seccompProfile' | 'seLinuxOptions' | 'appArmorProfile' | 'windowsOptions';
export declare const INHERITED_FIELDS: readonly InheritedField[];
/** The value a container effectively runs with, and the field that decides it. */
export interface EffectiveSetting {
    /** The value, or undefined when neither the container nor the pod sets it. */
    readonly value: JsonValue | undefined;
    /** `container` (the container sets it), `pod` (inherited from spec.securityContext) or `unset`. */
    readonly source: 'container' | 'pod' | 'unset';
    /** Path of the deciding field; for `unset`, the container's path. */
    readonly path: FieldPath;
}
/** The pod's `spec.securityContext`, or an empty object (frozen: read it, never write to it). */
export declare function podSecurityContext(pod: PodSpecInfo): JsonObject;
/** The container's `securityContext`, or an empty object (frozen: read it, never write to it). */
export declare function containerSecurityContext(c: ContainerInfo): JsonObject;
/**
 * The effective value of an inheritable security setting: a container inherits the pod-level value of
 * runAsNonRoot, runAsUser, runAsGroup, seccompProfile, seLinuxOptions, appArmorProfile and windowsOptions
 * unless it sets the field itself (a container-level `null` counts as unset, as the API server reads it).
 */
export declare function effectiveSetting(pod: PodSpecInfo, c: ContainerInfo, field: InheritedField): EffectiveSetting;
/** `spec.os.name` when it is a string. */
export declare function podOS(pod: PodSpecInfo): string | undefined;
/** True when the pod explicitly opts into a user namespace (`spec.hostUsers: false`). */
export declare function usesUserNamespace(pod: PodSpecInfo): boolean;
/** True when the container runs privileged (`securityContext.privileged: true`). */
export declare function isPrivileged(c: ContainerInfo): boolean;
/** The Linux capabilities (capabilities(7)), without the `CAP_` prefix, as Kubernetes spells them. */
export declare const LINUX_CAPABILITIES: ReadonlySet<string>;
/** How a capability name in `capabilities.add`/`drop` relates to the Linux capabilities. */
export type CapabilityNameKind = 
/** `NET_ADMIN`, or `ALL` */
'canonical'
/** a real capability spelled differently (lower case, `CAP_` prefix): runtimes accept it, Pod Security does not */
 | 'variant'
/** not a Linux capability at all (a typo) */
 | 'unknown';
export declare function classifyCapability(name: string): {
    readonly kind: CapabilityNameKind;
    readonly canonical?: string;
};
/** The closest Linux capability to a misspelled name (edit distance ≤ 2), for suggestions. */
export declare function suggestCapability(name: string): string | undefined;
/** The strings of `securityContext.capabilities.add` (or `drop`), with their index. */
export declare function capabilityEntries(c: ContainerInfo, list: 'add' | 'drop'): {
    name: string;
    index: number;
}[];
/**
 * A sysctl name with `/` separators converted the way the kubelet does (`net/ipv4/ip_forward` ->
 * `net.ipv4.ip_forward`): when the first separator is `/`, slashes and dots swap.
 */
export declare function normalizeSysctlName(name: string): string;
/** Sysctls in the network namespace (forbidden with `hostNetwork: true`). */
export declare function isNetSysctl(name: string): boolean;
/** Sysctls in the IPC namespace (forbidden with `hostIPC: true`): kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*. */
export declare function isIpcSysctl(name: string): boolean;
/** Namespaced sysctls (settable per pod through `securityContext.sysctls`); the others are node-wide. */
export declare function isNamespacedSysctl(name: string): boolean;
/** The sysctls the baseline policy of `version` allows (one set per version, built once). */
export declare function allowedSysctls(version: KubeVersion): ReadonlySet<string>;
/** `spec.securityContext.sysctls[*].name` strings, with their index. */
export declare function podSysctls(pod: PodSpecInfo): {
    name: string;
    index: number;
}[];
/** Unix sockets of container runtimes: mounting one hands the node to the container. */
export declare const RUNTIME_SOCKETS: ReadonlySet<string>;
/** Host directories whose mount exposes a runtime socket (the socket lives below them). */
export declare const RUNTIME_SOCKET_DIRS: ReadonlySet<string>;
/** Host paths that give the container the node itself: `/`, `/proc`, `/etc`. */
export declare const SENSITIVE_HOST_PATHS: ReadonlySet<string>;
/** Normalize a host path: collapse `//`, drop `.` segments and trailing slashes, resolve `..`. */
export declare function normalizeHostPath(p: string): string;
/** What a hostPath volume's path exposes, or undefined when it is not one of the known dangerous paths. */
export declare function classifyHostPath(p: string): 'runtimeSocket' | 'runtimeSocketDir' | 'hostRoot' | undefined;
/** Valid user and group ids (runAsUser, runAsGroup, fsGroup, supplementalGroups). */
export declare const MIN_ID = 0;
export declare const MAX_ID = 2147483647;
export declare function isValidId(v: number): boolean;
/**
 * When a container's command and args do nothing but set sysctls (`sysctl -w a=b`, `sh -c "sysctl -w a=b &&
 * sysctl -w c=d"`, `echo 1 > /proc/sys/…`), the sysctl names; otherwise undefined.
 */
export declare function sysctlsSetByCommand(c: ContainerInfo): string[] | undefined;
