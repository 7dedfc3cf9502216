// Security knowledge shared by the security rules: effective (inherited) security context, Linux
// capabilities, sysctl classes and Pod Security sysctl allow-lists, host paths that expose the node.
import type { FieldPath } from './path.js';
import type { ContainerInfo, PodSpecInfo } from './pod-spec.js';
import { arr, dig, rec, str } from './values.js';
import type { JsonObject, JsonValue } from './values.js';
import type { KubeVersion } from './versions.js';
import { atLeast } from './versions.js';

/** Fields of a container's securityContext that default to the pod's `spec.securityContext` value. */
export type InheritedField = 'runAsNonRoot' | 'runAsUser' | 'runAsGroup' | 'seccompProfile' | 'seLinuxOptions' | 'appArmorProfile' | 'windowsOptions';

export const INHERITED_FIELDS: readonly InheritedField[] = ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'seccompProfile', 'seLinuxOptions', 'appArmorProfile', 'windowsOptions'];

/** The value a container effectively runs with, and the field that decides it. */
export interface EffectiveSetting {
  /** The value, or undefined when neither the container nor the pod sets it. */
  readonly value: JsonValue | undefined;
  /** `container` (the container sets it), `pod` (inherited from spec.securityContext) or `unset`. */
  readonly source: 'container' | 'pod' | 'unset';
  /** Path of the deciding field; for `unset`, the container's path. */
  readonly path: FieldPath;
}

/** Returned for an absent security context: shared (and frozen), since these run for every container. */
const EMPTY: JsonObject = Object.freeze({}) as JsonObject;

/** The pod's `spec.securityContext`, or an empty object (frozen: read it, never write to it). */
export function podSecurityContext(pod: PodSpecInfo): JsonObject {
  return rec(pod.spec['securityContext']) ?? EMPTY;
}

/** The container's `securityContext`, or an empty object (frozen: read it, never write to it). */
export function containerSecurityContext(c: ContainerInfo): JsonObject {
  return rec(c.node['securityContext']) ?? EMPTY;
}

/**
 * The effective value of an inheritable security setting: a container inherits the pod-level value of
 * runAsNonRoot, runAsUser, runAsGroup, seccompProfile, seLinuxOptions, appArmorProfile and windowsOptions
 * unless it sets the field itself (a container-level `null` counts as unset, as the API server reads it).
 */
export function effectiveSetting(pod: PodSpecInfo, c: ContainerInfo, field: InheritedField): EffectiveSetting {
  const own = containerSecurityContext(c)[field];
  if (own !== undefined && own !== null) return { value: own, source: 'container', path: c.at('securityContext', field) };
  const inherited = podSecurityContext(pod)[field];
  if (inherited !== undefined && inherited !== null) return { value: inherited, source: 'pod', path: pod.at('securityContext', field) };
  return { value: undefined, source: 'unset', path: c.path };
}

/** `spec.os.name` when it is a string. */
export function podOS(pod: PodSpecInfo): string | undefined {
  return str(dig(pod.spec, 'os', 'name'));
}

/** True when the pod explicitly opts into a user namespace (`spec.hostUsers: false`). */
export function usesUserNamespace(pod: PodSpecInfo): boolean {
  return pod.spec['hostUsers'] === false;
}

/** True when the container runs privileged (`securityContext.privileged: true`). */
export function isPrivileged(c: ContainerInfo): boolean {
  return containerSecurityContext(c)['privileged'] === true;
}

/** The Linux capabilities (capabilities(7)), without the `CAP_` prefix, as Kubernetes spells them. */
export const LINUX_CAPABILITIES: ReadonlySet<string> = new Set([
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP',
  'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER',
  'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE',
  'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP',
  'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF',
  'CHECKPOINT_RESTORE',
]);

/** How a capability name in `capabilities.add`/`drop` relates to the Linux capabilities. */
export type CapabilityNameKind =
  /** `NET_ADMIN`, or `ALL` */
  | 'canonical'
  /** a real capability spelled differently (lower case, `CAP_` prefix): runtimes accept it, Pod Security does not */
  | 'variant'
  /** not a Linux capability at all (a typo) */
  | 'unknown';

/** Classify a capability name; `canonical` is the spelling to use instead (for `variant`). */
const CANONICAL: { readonly kind: CapabilityNameKind; readonly canonical?: string } = Object.freeze({ kind: 'canonical' });

export function classifyCapability(name: string): { readonly kind: CapabilityNameKind; readonly canonical?: string } {
  if (name === 'ALL' || LINUX_CAPABILITIES.has(name)) return CANONICAL;
  const upper = name.trim().toUpperCase();
  const bare = upper.startsWith('CAP_') ? upper.slice(4) : upper;
  if (bare === 'ALL' || LINUX_CAPABILITIES.has(bare)) return { kind: 'variant', canonical: bare };
  return { kind: 'unknown' };
}

/** The closest Linux capability to a misspelled name (edit distance ≤ 2), for suggestions. */
export function suggestCapability(name: string): string | undefined {
  const upper = name.toUpperCase().replace(/^CAP_/, '').replace(/[-\s]/g, '_');
  let best: string | undefined;
  let bestDistance = 3;
  for (const cap of LINUX_CAPABILITIES) {
    const d = editDistance(upper, cap);
    if (d < bestDistance) {
      best = cap;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The strings of `securityContext.capabilities.add` (or `drop`), with their index. */
export function capabilityEntries(c: ContainerInfo, list: 'add' | 'drop'): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  const values = arr(dig(c.node, 'securityContext', 'capabilities', list));
  for (let index = 0; index < values.length; index++) {
    const v = values[index];
    if (typeof v === 'string') out.push({ name: v, index });
  }
  return out;
}

/**
 * A sysctl name with `/` separators converted the way the kubelet does (`net/ipv4/ip_forward` ->
 * `net.ipv4.ip_forward`): when the first separator is `/`, slashes and dots swap.
 */
export function normalizeSysctlName(name: string): string {
  const firstSep = name.search(/[./]/);
  if (firstSep === -1 || name[firstSep] === '.') return name;
  return name.replace(/[./]/g, (ch) => (ch === '/' ? '.' : '/'));
}

/** Sysctls in the network namespace (forbidden with `hostNetwork: true`). */
export function isNetSysctl(name: string): boolean {
  return normalizeSysctlName(name).startsWith('net.');
}

/** Sysctls in the IPC namespace (forbidden with `hostIPC: true`): kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*. */
export function isIpcSysctl(name: string): boolean {
  const n = normalizeSysctlName(name);
  return n.startsWith('kernel.shm') || n.startsWith('kernel.msg') || n === 'kernel.sem' || n.startsWith('fs.mqueue.');
}

/** Namespaced sysctls (settable per pod through `securityContext.sysctls`); the others are node-wide. */
export function isNamespacedSysctl(name: string): boolean {
  return isNetSysctl(name) || isIpcSysctl(name) || normalizeSysctlName(name) === 'kernel.shm_rmid_forced';
}

/** The Pod Security `sysctls` check's allow-list, by the policy version that added each name. */
const SAFE_SYSCTLS: readonly { since: string; names: readonly string[] }[] = [
  { since: '1.0', names: ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'] },
  { since: '1.27', names: ['net.ipv4.ip_local_reserved_ports'] },
  { since: '1.29', names: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'] },
  { since: '1.32', names: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'] },
  { since: '1.37', names: ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'] },
];

const ALLOWED_SYSCTLS = new Map<string, ReadonlySet<string>>();

/** The sysctls the baseline policy of `version` allows (one set per version, built once). */
export function allowedSysctls(version: KubeVersion): ReadonlySet<string> {
  const key = `${version.major}.${version.minor}`;
  let out = ALLOWED_SYSCTLS.get(key) as Set<string> | undefined;
  if (out === undefined) {
    out = new Set<string>();
    for (const group of SAFE_SYSCTLS) if (atLeast(version, group.since)) for (const n of group.names) out.add(n);
    if (ALLOWED_SYSCTLS.size < 256) ALLOWED_SYSCTLS.set(key, out);
  }
  return out;
}

/** `spec.securityContext.sysctls[*].name` strings, with their index. */
export function podSysctls(pod: PodSpecInfo): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  arr(podSecurityContext(pod)['sysctls']).forEach((s, index) => {
    const name = str(rec(s)?.['name']);
    if (name !== undefined) out.push({ name, index });
  });
  return out;
}

/** Unix sockets of container runtimes: mounting one hands the node to the container. */
export const RUNTIME_SOCKETS: ReadonlySet<string> = new Set([
  '/var/run/docker.sock', '/run/docker.sock',
  '/var/run/containerd/containerd.sock', '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock', '/run/crio/crio.sock',
  '/var/run/cri-dockerd.sock', '/run/cri-dockerd.sock',
  '/var/run/podman/podman.sock', '/run/podman/podman.sock',
  '/var/run/dockershim.sock', '/run/dockershim.sock',
  '/var/run/frakti.sock', '/var/run/rktlet.sock',
  '/var/run/k3s/containerd/containerd.sock', '/run/k3s/containerd/containerd.sock',
  '/var/snap/microk8s/common/run/containerd.sock',
]);

/** Host directories whose mount exposes a runtime socket (the socket lives below them). */
export const RUNTIME_SOCKET_DIRS: ReadonlySet<string> = new Set([
  '/var/run', '/run', '/var/run/containerd', '/run/containerd', '/var/run/crio', '/run/crio', '/var/run/docker', '/run/docker',
  '/var/run/podman', '/run/podman', '/var/run/k3s/containerd', '/run/k3s/containerd', '/var/snap/microk8s/common/run',
]);

/** Host paths that give the container the node itself: `/`, `/proc`, `/etc`. */
export const SENSITIVE_HOST_PATHS: ReadonlySet<string> = new Set(['/', '/proc', '/etc']);

/** Normalize a host path: collapse `//`, drop `.` segments and trailing slashes, resolve `..`. */
export function normalizeHostPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** What a hostPath volume's path exposes, or undefined when it is not one of the known dangerous paths. */
export function classifyHostPath(p: string): 'runtimeSocket' | 'runtimeSocketDir' | 'hostRoot' | undefined {
  if (!p.startsWith('/')) return undefined;
  const n = normalizeHostPath(p);
  if (RUNTIME_SOCKETS.has(n)) return 'runtimeSocket';
  if (SENSITIVE_HOST_PATHS.has(n)) return 'hostRoot';
  if (RUNTIME_SOCKET_DIRS.has(n)) return 'runtimeSocketDir';
  return undefined;
}

/** Valid user and group ids (runAsUser, runAsGroup, fsGroup, supplementalGroups). */
export const MIN_ID = 0;
export const MAX_ID = 2147483647;

export function isValidId(v: number): boolean {
  return Number.isInteger(v) && v >= MIN_ID && v <= MAX_ID;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/dash', '/usr/bin/sh', '/usr/bin/bash', '/usr/bin/env']);
const SYSCTL_BINARIES = new Set(['sysctl', '/sbin/sysctl', '/usr/sbin/sysctl', '/bin/sysctl', '/usr/bin/sysctl']);

/** The names a single shell statement sets when it is `sysctl [-w] k=v …` or `echo v > /proc/sys/k`; undefined otherwise. */
function sysctlStatement(statement: string): string[] | undefined {
  const words = statement.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [];
  if (words[0] === 'exec') words.shift();
  if (SYSCTL_BINARIES.has(words[0]!)) {
    const names: string[] = [];
    for (const w of words.slice(1)) {
      if (/^-[a-zA-Z]+$/.test(w)) {
        if (/[^wqe]/.test(w.slice(1))) return undefined; // -a, -p (read a file), … are not "set these sysctls"
        continue;
      }
      const m = /^["']?([^=\s"']+)=/.exec(w);
      if (!m) return undefined;
      names.push(m[1]!);
    }
    return names.length > 0 ? names : undefined;
  }
  const echo = /^(?:echo|printf)\s+(?:-n\s+)?("[^"]*"|'[^']*'|\S+)\s*>\s*\/proc\/sys\/(\S+)$/.exec(statement.trim());
  if (echo) return [echo[2]!.replace(/\//g, '.')];
  return undefined;
}

/**
 * When a container's command and args do nothing but set sysctls (`sysctl -w a=b`, `sh -c "sysctl -w a=b &&
 * sysctl -w c=d"`, `echo 1 > /proc/sys/…`), the sysctl names; otherwise undefined.
 */
export function sysctlsSetByCommand(c: ContainerInfo): string[] | undefined {
  const words = [...arr(c.node['command']), ...arr(c.node['args'])];
  if (words.length === 0 || !words.every((w): w is string => typeof w === 'string')) return undefined;
  let script: string;
  if (SHELLS.has(words[0]!)) {
    let i = 1;
    if (words[0] === '/usr/bin/env') i = 2; // env sh -c …
    while (i < words.length && /^-[a-z]*$/.test(words[i]!) && words[i] !== '-c') i++;
    if (words[i] !== '-c') return undefined;
    script = words.slice(i + 1).join(' ');
  } else {
    script = words.join(' ');
  }
  const names: string[] = [];
  for (const statement of script.split(/&&|\|\||;|\n/)) {
    const s = statement.trim();
    if (s === '' || /^set\s+-[a-z]+$/.test(s) || s === 'true') continue;
    const found = sysctlStatement(s);
    if (found === undefined) return undefined;
    names.push(...found);
  }
  return names.length > 0 ? names : undefined;
}
