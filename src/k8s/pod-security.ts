// Pod Security Standards as the built-in Pod Security admission evaluates them, per policy version:
// every baseline and restricted check (with pod-security-admission's check ids), the policy that applies
// to an object (settings, or the enforce labels of its Namespace in the same run), and failures that
// point at the field that decides (or at the container when a required field is missing everywhere).
import type { PodSecurityLevel, RuleContext, RuleVisitors } from '../core/rule.js';
import type { FieldPath } from './path.js';
import { podPolicyData } from './pod-spec.js';
import type { ContainerInfo, PodSpecInfo } from './pod-spec.js';
import { allowedSysctls, containerSecurityContext, effectiveSetting, podOS, podSecurityContext, usesUserNamespace } from './security.js';
import { arr, dig, isRecord, num, rec, str } from './values.js';
import type { JsonObject } from './values.js';
import type { KubeVersion } from './versions.js';
import { atLeast, compareVersions, formatVersion } from './versions.js';

export type PssLevel = 'baseline' | 'restricted';

export type PssCheckId =
  | 'privileged'
  | 'capabilities_baseline'
  | 'hostNamespaces'
  | 'hostPathVolumes'
  | 'hostPorts'
  | 'hostProbesAndHostLifecycle'
  | 'procMount'
  | 'seLinuxOptions'
  | 'seccompProfile_baseline'
  | 'sysctls'
  | 'windowsHostProcess'
  | 'appArmorProfile'
  | 'allowPrivilegeEscalation'
  | 'capabilities_restricted'
  | 'runAsNonRoot'
  | 'runAsUser'
  | 'seccompProfile_restricted'
  | 'restrictedVolumes'
  | 'procMount_restricted';

export interface PssCheckDef {
  readonly id: PssCheckId;
  readonly level: PssLevel;
  /** The first policy version that has the check. */
  readonly since: string;
  /** At the restricted level, from `since`, this check replaces a baseline check (PSA's OverrideCheckIDs). */
  readonly overrides?: { readonly check: PssCheckId; readonly since: string };
}

/** Every check, in pod-security-admission's order (baseline first). */
export const PSS_CHECKS: readonly PssCheckDef[] = [
  { id: 'privileged', level: 'baseline', since: '1.0' },
  { id: 'capabilities_baseline', level: 'baseline', since: '1.0' },
  { id: 'hostNamespaces', level: 'baseline', since: '1.0' },
  { id: 'hostPathVolumes', level: 'baseline', since: '1.0' },
  { id: 'hostPorts', level: 'baseline', since: '1.0' },
  { id: 'hostProbesAndHostLifecycle', level: 'baseline', since: '1.34' },
  { id: 'procMount', level: 'baseline', since: '1.0' },
  { id: 'seLinuxOptions', level: 'baseline', since: '1.0' },
  { id: 'seccompProfile_baseline', level: 'baseline', since: '1.0' },
  { id: 'sysctls', level: 'baseline', since: '1.0' },
  { id: 'windowsHostProcess', level: 'baseline', since: '1.0' },
  { id: 'appArmorProfile', level: 'baseline', since: '1.0' },
  { id: 'allowPrivilegeEscalation', level: 'restricted', since: '1.8' },
  { id: 'capabilities_restricted', level: 'restricted', since: '1.22', overrides: { check: 'capabilities_baseline', since: '1.22' } },
  { id: 'runAsNonRoot', level: 'restricted', since: '1.0' },
  { id: 'runAsUser', level: 'restricted', since: '1.23' },
  { id: 'seccompProfile_restricted', level: 'restricted', since: '1.19', overrides: { check: 'seccompProfile_baseline', since: '1.19' } },
  { id: 'restrictedVolumes', level: 'restricted', since: '1.0', overrides: { check: 'hostPathVolumes', since: '1.0' } },
  { id: 'procMount_restricted', level: 'restricted', since: '1.35', overrides: { check: 'procMount', since: '1.35' } },
];

const BY_ID = new Map(PSS_CHECKS.map((c) => [c.id, c]));

export function pssCheck(id: PssCheckId): PssCheckDef {
  return BY_ID.get(id)!;
}

/** The Pod Security policy an object is evaluated against. */
export interface PodSecurityPolicy {
  readonly level: PodSecurityLevel;
  readonly version: KubeVersion;
  /** `settings` (config / --pod-security-level and the target version) or `namespace` (enforce labels). */
  readonly source: 'settings' | 'namespace';
}

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
export const ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version';

const LEVELS: readonly PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];
const POLICY_VERSION_RE = /^v1\.([0-9]|[1-9][0-9]*)$/;

/** Parse an enforce-version label: `latest` or `v1.N` (as PSA reads it); undefined when invalid. */
export function parsePolicyVersion(label: string, latest: KubeVersion): KubeVersion | undefined {
  if (label === 'latest') return latest;
  const m = POLICY_VERSION_RE.exec(label);
  if (!m) return undefined;
  const v = { major: 1, minor: Number(m[1]) };
  // A version newer than the cluster evaluates as the cluster's own (latest) policy.
  return compareVersions(v, latest) > 0 ? latest : v;
}

interface PolicyInputs {
  readonly settings: { readonly kubernetesVersion: KubeVersion; readonly podSecurityLevel: PodSecurityLevel };
  readonly object: { readonly namespace: string | undefined };
  readonly run: {
    readonly objects: readonly RunObject[];
    objectsOf?(kind: string): readonly RunObject[];
  };
}

interface RunObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string | undefined;
  readonly value: JsonObject;
}

/** The run's Namespaces (only those: a streaming run reads just the files that may hold one). */
function namespacesOf(run: PolicyInputs['run']): readonly RunObject[] {
  return run.objectsOf ? run.objectsOf('Namespace') : run.objects;
}

/**
 * The policy for an object: the configured level at the target version, unless a Namespace of the same
 * run, named like the object's `metadata.namespace`, carries the enforce labels. As Pod Security admission
 * reads them: a missing enforce-version means `latest` (the target version); an enforce level that does not
 * parse fails closed to `restricted`, an enforce-version that does not parse to `latest`.
 */
export function resolvePodSecurityPolicy({ settings, object, run }: PolicyInputs): PodSecurityPolicy {
  const latest = settings.kubernetesVersion;
  if (object.namespace === undefined) return { level: settings.podSecurityLevel, version: latest, source: 'settings' };
  const labels = rec(dig(namespaceNamed(namespacesOf(run), object.namespace)?.value, 'metadata', 'labels'));
  if (!labels || (labels[ENFORCE_LABEL] === undefined && labels[ENFORCE_VERSION_LABEL] === undefined)) {
    return { level: settings.podSecurityLevel, version: latest, source: 'settings' };
  }
  let level = settings.podSecurityLevel;
  if (labels[ENFORCE_LABEL] !== undefined) {
    const text = str(labels[ENFORCE_LABEL]);
    level = text !== undefined && (LEVELS as readonly string[]).includes(text) ? (text as PodSecurityLevel) : 'restricted';
  }
  let version = latest;
  if (labels[ENFORCE_VERSION_LABEL] !== undefined) {
    const text = str(labels[ENFORCE_VERSION_LABEL]);
    version = (text !== undefined ? parsePolicyVersion(text, latest) : undefined) ?? latest;
  }
  return { level, version, source: 'namespace' };
}


interface PolicySlot {
  object: object | undefined;
  settings: PolicyInputs['settings'] | undefined;
  objects: readonly RunObject[] | undefined;
  length: number;
  policy: PodSecurityPolicy | undefined;
}

const newPolicySlot = (): PolicySlot => ({ object: undefined, settings: undefined, objects: undefined, length: 0, policy: undefined });

/**
 * The policy for the object a rule is looking at (as resolvePodSecurityPolicy). Every Pod Security rule asks
 * for every pod: for a pod-bearing object it is computed once per run and settings, and kept on its pod.
 */
export function podSecurityPolicyFor(inputs: PolicyInputs & { readonly object: { readonly podSpec?: PodSpecInfo | undefined } }): PodSecurityPolicy {
  const pod = inputs.object.podSpec;
  if (pod === undefined) return resolvePodSecurityPolicy(inputs);
  const objects = namespacesOf(inputs.run);
  const slot = podPolicyData(pod, newPolicySlot);
  if (slot.policy === undefined || slot.object !== inputs.object || slot.settings !== inputs.settings || slot.objects !== objects || slot.length !== objects.length) {
    slot.policy = resolvePodSecurityPolicy(inputs);
    slot.object = inputs.object;
    slot.settings = inputs.settings;
    slot.objects = objects;
    slot.length = objects.length;
  }
  return slot.policy;
}

/**
 * The first `v1` Namespace of the run with that name. Every Pod Security rule asks for every pod, so the
 * Namespaces of a run are indexed once (a lint run holds every object of every file); the index is rebuilt
 * when the list has grown.
 */
const namespaceIndex = new WeakMap<readonly RunObject[], { length: number; byName: Map<string, RunObject> }>();

function namespaceNamed(objects: readonly RunObject[], name: string): RunObject | undefined {
  if (objects.length <= 8) return objects.find((o) => o.kind === 'Namespace' && o.apiVersion === 'v1' && o.name === name);
  let index = namespaceIndex.get(objects);
  if (!index || index.length !== objects.length) {
    const byName = new Map<string, RunObject>();
    for (const o of objects) if (o.kind === 'Namespace' && o.apiVersion === 'v1' && o.name !== undefined && !byName.has(o.name)) byName.set(o.name, o);
    index = { length: objects.length, byName };
    namespaceIndex.set(objects, index);
  }
  return index.byName.get(name);
}

/** `baseline:v1.30`, as PSA names a policy. */
export function formatPolicy(policy: PodSecurityPolicy): string {
  return `${policy.level}:v${formatVersion(policy.version)}`;
}

/** Whether `check` is evaluated under `policy`: its level is enforced, it exists at the version, and no restricted check replaces it. */
export function isCheckActive(id: PssCheckId, policy: Pick<PodSecurityPolicy, 'level' | 'version'>): boolean {
  if (policy.level === 'privileged') return false;
  // Asked by every Pod Security rule for every pod: remember the answers per level and version.
  const key = (policy.level === 'restricted' ? 1_000_000 : 0) + policy.version.major * 1000 + policy.version.minor;
  let row = ACTIVE.get(key);
  if (row === undefined) {
    row = PSS_CHECKS.map((c) => computeCheckActive(c.id, policy));
    if (ACTIVE.size < 1024) ACTIVE.set(key, row);
  }
  return row[CHECK_INDEX.get(id)!]!;
}

/** Level and version -> whether each check (in PSS_CHECKS order) is active. */
const ACTIVE = new Map<number, readonly boolean[]>();
const CHECK_INDEX: ReadonlyMap<PssCheckId, number> = new Map(PSS_CHECKS.map((c, i) => [c.id, i]));

function computeCheckActive(id: PssCheckId, policy: Pick<PodSecurityPolicy, 'level' | 'version'>): boolean {
  const def = pssCheck(id);
  if (def.level === 'restricted' && policy.level !== 'restricted') return false;
  if (!atLeast(policy.version, def.since)) return false;
  if (policy.level === 'restricted') {
    for (const other of PSS_CHECKS) {
      if (other.overrides?.check === id && atLeast(policy.version, other.overrides.since)) return false;
    }
  }
  return true;
}

/** One failed check item. */
export interface PssFailure {
  readonly check: PssCheckId;
  readonly level: PssLevel;
  /** The field that decides, or the container when a required field is missing everywhere. */
  readonly path: FieldPath;
  /** PSA's reason text (`host namespaces`, `runAsNonRoot != true`, …). */
  readonly reason: string;
  /** What is wrong with this item, in PSA's wording (`container "web" uses hostPort 8080`). */
  readonly detail: string;
  readonly container?: ContainerInfo;
}

const q = (s: string): string => JSON.stringify(s);
const containerLabel = (c: ContainerInfo): string => `container ${q(c.name ?? `#${c.index}`)}`;

type Evaluate = (pod: PodSpecInfo, version: KubeVersion) => PssFailure[];

function failure(check: PssCheckId, path: FieldPath, reason: string, detail: string, container?: ContainerInfo): PssFailure {
  return container ? { check, level: pssCheck(check).level, path, reason, detail, container } : { check, level: pssCheck(check).level, path, reason, detail };
}

const isWindows = (pod: PodSpecInfo): boolean => podOS(pod) === 'windows';

/** PSA's procMount_1_0: any procMount other than Default fails. */
function procMountFailures(check: PssCheckId, pod: PodSpecInfo): PssFailure[] {
  const out: PssFailure[] = [];
  for (const c of pod.containers) {
    const pm = containerSecurityContext(c)['procMount'];
    if (pm === undefined || pm === null || pm === 'Default') continue;
    out.push(failure(check, c.at('securityContext', 'procMount'), 'procMount', `${containerLabel(c)} must not set securityContext.procMount to ${q(String(pm))}`, c));
  }
  return out;
}

const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

const SELINUX_TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const SELINUX_TYPES_1_31 = [...SELINUX_TYPES_1_0, 'container_engine_t'];

/** Volume sources the restricted policy allows. */
export const RESTRICTED_VOLUME_TYPES: ReadonlySet<string> = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret']);

const SECCOMP_OK = (t: unknown): boolean => t === 'RuntimeDefault' || t === 'Localhost';
const SECCOMP_ANNOTATION_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_ANNOTATION_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** Security contexts that may carry a profile: the pod's, then each container's. */
function profileSetters(pod: PodSpecInfo, field: string): { path: FieldPath; value: JsonObject; who: string; container?: ContainerInfo }[] {
  const out: { path: FieldPath; value: JsonObject; who: string; container?: ContainerInfo }[] = [];
  const podValue = rec(podSecurityContext(pod)[field]);
  if (podValue) out.push({ path: pod.at('securityContext', field), value: podValue, who: 'pod' });
  for (const c of pod.containers) {
    const v = rec(containerSecurityContext(c)[field]);
    if (v) out.push({ path: c.at('securityContext', field), value: v, who: containerLabel(c), container: c });
  }
  return out;
}

/** Probes and lifecycle hooks of a container (paths below it), and the actions whose `host` the check reads. */
const HOST_HANDLERS: readonly (readonly string[])[] = [['livenessProbe'], ['readinessProbe'], ['startupProbe'], ['lifecycle', 'postStart'], ['lifecycle', 'preStop']];
const HOST_ACTIONS = ['httpGet', 'tcpSocket'] as const;

const annotationsOf = (pod: PodSpecInfo): JsonObject => rec(pod.metadata['annotations']) ?? {};

const EVALUATORS: Record<PssCheckId, Evaluate> = {
  privileged(pod) {
    return pod.containers
      .filter((c) => containerSecurityContext(c)['privileged'] === true)
      .map((c) => failure('privileged', c.at('securityContext', 'privileged'), 'privileged', `${containerLabel(c)} must not set securityContext.privileged=true`, c));
  },

  capabilities_baseline(pod) {
    const out: PssFailure[] = [];
    for (const c of pod.containers) {
      arr(dig(c.node, 'securityContext', 'capabilities', 'add')).forEach((cap, i) => {
        if (typeof cap === 'string' && BASELINE_CAPABILITIES.has(cap)) return;
        out.push(failure('capabilities_baseline', c.at('securityContext', 'capabilities', 'add', i), 'non-default capabilities', `${containerLabel(c)} must not include ${q(String(cap))} in securityContext.capabilities.add`, c));
      });
    }
    return out;
  },

  hostNamespaces(pod) {
    return (['hostNetwork', 'hostPID', 'hostIPC'] as const)
      .filter((f) => pod.spec[f] === true)
      .map((f) => failure('hostNamespaces', pod.at(f), 'host namespaces', `${f}=true`));
  },

  hostPathVolumes(pod) {
    const out: PssFailure[] = [];
    arr(pod.spec['volumes']).forEach((v, i) => {
      if (!isRecord(v) || v['hostPath'] === undefined || v['hostPath'] === null) return;
      out.push(failure('hostPathVolumes', pod.at('volumes', i, 'hostPath'), 'hostPath volumes', `volume ${q(str(v['name']) ?? `#${i}`)}`));
    });
    return out;
  },

  hostPorts(pod) {
    const out: PssFailure[] = [];
    // PSA runs after defaulting: in a Pod (not a template) with hostNetwork, an unset hostPort of a
    // container or init container becomes its containerPort.
    const defaulted = !pod.isTemplate && pod.spec['hostNetwork'] === true;
    for (const c of pod.containers) {
      arr(c.node['ports']).forEach((p, i) => {
        const hp = num(rec(p)?.['hostPort']);
        if (hp !== undefined && hp !== 0) {
          out.push(failure('hostPorts', c.at('ports', i, 'hostPort'), 'hostPort', `${containerLabel(c)} uses hostPort ${hp}`, c));
          return;
        }
        const cp = num(rec(p)?.['containerPort']);
        if (defaulted && c.role !== 'ephemeral' && cp !== undefined && cp !== 0) {
          out.push(failure('hostPorts', c.at('ports', i), 'hostPort', `${containerLabel(c)} uses hostPort ${cp} (defaulted to containerPort because hostNetwork is true)`, c));
        }
      });
    }
    return out;
  },

  hostProbesAndHostLifecycle(pod) {
    const out: PssFailure[] = [];
    for (const c of pod.containers) {
      const lifecycle = rec(c.node['lifecycle']);
      for (const where of HOST_HANDLERS) {
        const handler = rec(where.length === 1 ? c.node[where[0]!] : lifecycle?.[where[1]!]);
        if (!handler) continue;
        for (const action of HOST_ACTIONS) {
          const host = str(rec(handler[action])?.['host']);
          if (host === undefined || host === '') continue;
          out.push(failure('hostProbesAndHostLifecycle', c.at(...where, action, 'host'), 'probe or lifecycle host', `${containerLabel(c)} uses probe or lifecycle host ${q(host)}`, c));
        }
      }
    }
    return out;
  },

  procMount(pod, version) {
    // From policy 1.35 a pod in a user namespace may use any procMount (procMount_restricted still forbids it).
    if (atLeast(version, '1.35') && usesUserNamespace(pod)) return [];
    return procMountFailures('procMount', pod);
  },

  seLinuxOptions(pod, version) {
    const allowed = atLeast(version, '1.31') ? SELINUX_TYPES_1_31 : SELINUX_TYPES_1_0;
    const out: PssFailure[] = [];
    for (const s of profileSetters(pod, 'seLinuxOptions')) {
      const type = s.value['type'];
      const typeText = type === undefined || type === null ? '' : String(type);
      if (!allowed.includes(typeText)) {
        out.push(failure('seLinuxOptions', [...s.path, 'type'], 'seLinuxOptions', `${s.who} set forbidden securityContext.seLinuxOptions: type ${q(typeText)}`, s.container));
      }
      for (const f of ['user', 'role'] as const) {
        const v = s.value[f];
        if (v === undefined || v === null || v === '') continue;
        out.push(failure('seLinuxOptions', [...s.path, f], 'seLinuxOptions', `${s.who} set forbidden securityContext.seLinuxOptions: ${f} may not be set`, s.container));
      }
    }
    return out;
  },

  seccompProfile_baseline(pod, version) {
    const out: PssFailure[] = [];
    if (!atLeast(version, '1.19')) {
      const annotations = annotationsOf(pod);
      const okAnnotation = (v: string): boolean => v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');
      const podValue = str(annotations[SECCOMP_ANNOTATION_POD]);
      if (podValue !== undefined && !okAnnotation(podValue)) {
        out.push(failure('seccompProfile_baseline', [...pod.metadataPath, 'annotations', SECCOMP_ANNOTATION_POD], 'seccompProfile', `forbidden annotation ${SECCOMP_ANNOTATION_POD}=${q(podValue)}`));
      }
      for (const c of pod.containers) {
        const key = `${SECCOMP_ANNOTATION_CONTAINER}${c.name ?? ''}`;
        const v = str(annotations[key]);
        if (v !== undefined && !okAnnotation(v)) out.push(failure('seccompProfile_baseline', [...pod.metadataPath, 'annotations', key], 'seccompProfile', `forbidden annotation ${key}=${q(v)}`, c));
      }
      return out;
    }
    for (const s of profileSetters(pod, 'seccompProfile')) {
      const type = s.value['type'];
      if (SECCOMP_OK(type)) continue;
      const path = type === undefined ? s.path : [...s.path, 'type'];
      out.push(failure('seccompProfile_baseline', path, 'seccompProfile', `${s.who} must not set securityContext.seccompProfile.type to ${q(type === undefined || type === null ? '' : String(type))}`, s.container));
    }
    return out;
  },

  sysctls(pod, version) {
    const allowed = allowedSysctls(version);
    const out: PssFailure[] = [];
    arr(podSecurityContext(pod)['sysctls']).forEach((s, i) => {
      const name = rec(s)?.['name'];
      const text = typeof name === 'string' ? name : '';
      if (allowed.has(text)) return;
      out.push(failure('sysctls', pod.at('securityContext', 'sysctls', i, 'name'), 'forbidden sysctls', text));
    });
    return out;
  },

  windowsHostProcess(pod) {
    const out: PssFailure[] = [];
    if (dig(podSecurityContext(pod), 'windowsOptions', 'hostProcess') === true) {
      out.push(failure('windowsHostProcess', pod.at('securityContext', 'windowsOptions', 'hostProcess'), 'hostProcess', 'pod must not set securityContext.windowsOptions.hostProcess=true'));
    }
    for (const c of pod.containers) {
      if (dig(containerSecurityContext(c), 'windowsOptions', 'hostProcess') !== true) continue;
      out.push(failure('windowsHostProcess', c.at('securityContext', 'windowsOptions', 'hostProcess'), 'hostProcess', `${containerLabel(c)} must not set securityContext.windowsOptions.hostProcess=true`, c));
    }
    return out;
  },

  appArmorProfile(pod) {
    const out: PssFailure[] = [];
    for (const s of profileSetters(pod, 'appArmorProfile')) {
      const type = s.value['type'];
      if (type === 'RuntimeDefault' || type === 'Localhost') continue;
      const path = type === undefined ? s.path : [...s.path, 'type'];
      out.push(failure('appArmorProfile', path, 'forbidden AppArmor profile', `${s.who} must not set AppArmor profile type to ${q(type === undefined || type === null ? '' : String(type))}`, s.container));
    }
    const annotations = annotationsOf(pod);
    for (const key of Object.keys(annotations).sort()) {
      if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX)) continue;
      const v = annotations[key];
      const text = typeof v === 'string' ? v : '';
      if (text === '' || text === 'runtime/default' || text.startsWith('localhost/')) continue;
      out.push(failure('appArmorProfile', [...pod.metadataPath, 'annotations', key], 'forbidden AppArmor profile', `annotation ${key}=${q(text)}`));
    }
    return out;
  },

  allowPrivilegeEscalation(pod, version) {
    if (atLeast(version, '1.25') && isWindows(pod)) return [];
    const out: PssFailure[] = [];
    for (const c of pod.containers) {
      const v = containerSecurityContext(c)['allowPrivilegeEscalation'];
      if (v === false) continue;
      const path = v === undefined || v === null ? c.path : c.at('securityContext', 'allowPrivilegeEscalation');
      out.push(failure('allowPrivilegeEscalation', path, 'allowPrivilegeEscalation != false', `${containerLabel(c)} must set securityContext.allowPrivilegeEscalation=false`, c));
    }
    return out;
  },

  capabilities_restricted(pod, version) {
    if (atLeast(version, '1.25') && isWindows(pod)) return [];
    const out: PssFailure[] = [];
    for (const c of pod.containers) {
      const caps = rec(containerSecurityContext(c)['capabilities']);
      const drop = caps?.['drop'];
      if (!arr(drop).includes('ALL')) {
        const path = Array.isArray(drop) ? c.at('securityContext', 'capabilities', 'drop') : c.path;
        out.push(failure('capabilities_restricted', path, 'unrestricted capabilities', `${containerLabel(c)} must set securityContext.capabilities.drop=["ALL"]`, c));
      }
      arr(caps?.['add']).forEach((cap, i) => {
        if (cap === 'NET_BIND_SERVICE') return;
        out.push(failure('capabilities_restricted', c.at('securityContext', 'capabilities', 'add', i), 'unrestricted capabilities', `${containerLabel(c)} must not include ${q(String(cap))} in securityContext.capabilities.add`, c));
      });
    }
    return out;
  },

  runAsNonRoot(pod, version) {
    if (atLeast(version, '1.35') && usesUserNamespace(pod)) return [];
    const out: PssFailure[] = [];
    const podValue = podSecurityContext(pod)['runAsNonRoot'];
    if (podValue === false) out.push(failure('runAsNonRoot', pod.at('securityContext', 'runAsNonRoot'), 'runAsNonRoot != true', 'pod must not set securityContext.runAsNonRoot=false'));
    for (const c of pod.containers) {
      const eff = effectiveSetting(pod, c, 'runAsNonRoot');
      if (eff.value === true) continue;
      if (eff.source === 'pod') continue; // the pod-level false is reported once, above
      if (eff.source === 'container') {
        out.push(failure('runAsNonRoot', eff.path, 'runAsNonRoot != true', `${containerLabel(c)} must not set securityContext.runAsNonRoot=false`, c));
      } else {
        out.push(failure('runAsNonRoot', c.path, 'runAsNonRoot != true', `pod or ${containerLabel(c)} must set securityContext.runAsNonRoot=true`, c));
      }
    }
    return out;
  },

  runAsUser(pod, version) {
    if (atLeast(version, '1.35') && usesUserNamespace(pod)) return [];
    const out: PssFailure[] = [];
    if (podSecurityContext(pod)['runAsUser'] === 0) out.push(failure('runAsUser', pod.at('securityContext', 'runAsUser'), 'runAsUser=0', 'pod must not set runAsUser=0'));
    for (const c of pod.containers) {
      if (containerSecurityContext(c)['runAsUser'] !== 0) continue;
      out.push(failure('runAsUser', c.at('securityContext', 'runAsUser'), 'runAsUser=0', `${containerLabel(c)} must not set runAsUser=0`, c));
    }
    return out;
  },

  seccompProfile_restricted(pod, version) {
    if (atLeast(version, '1.25') && isWindows(pod)) return [];
    const out: PssFailure[] = [];
    const podProfile = rec(podSecurityContext(pod)['seccompProfile']);
    const typeText = (t: unknown): string => (t === undefined || t === null ? '' : String(t));
    if (podProfile && !SECCOMP_OK(podProfile['type'])) {
      const path = podProfile['type'] === undefined ? pod.at('securityContext', 'seccompProfile') : pod.at('securityContext', 'seccompProfile', 'type');
      out.push(failure('seccompProfile_restricted', path, 'seccompProfile', `pod must not set securityContext.seccompProfile.type to ${q(typeText(podProfile['type']))}`));
    }
    for (const c of pod.containers) {
      const own = rec(containerSecurityContext(c)['seccompProfile']);
      if (own) {
        if (SECCOMP_OK(own['type'])) continue;
        const path = own['type'] === undefined ? c.at('securityContext', 'seccompProfile') : c.at('securityContext', 'seccompProfile', 'type');
        out.push(failure('seccompProfile_restricted', path, 'seccompProfile', `${containerLabel(c)} must not set securityContext.seccompProfile.type to ${q(typeText(own['type']))}`, c));
      } else if (!podProfile) {
        out.push(failure('seccompProfile_restricted', c.path, 'seccompProfile', `pod or ${containerLabel(c)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`, c));
      }
      // A container that inherits a bad pod-level type is covered by the pod's finding.
    }
    return out;
  },

  restrictedVolumes(pod) {
    const out: PssFailure[] = [];
    arr(pod.spec['volumes']).forEach((v, i) => {
      if (!isRecord(v)) return;
      const keys = Object.keys(v).filter((k) => k !== 'name' && v[k] !== null && v[k] !== undefined);
      if (keys.length === 0 || keys.some((k) => RESTRICTED_VOLUME_TYPES.has(k))) return;
      const type = keys[0]!;
      out.push(failure('restrictedVolumes', pod.at('volumes', i, type), 'restricted volume types', `volume ${q(str(v['name']) ?? `#${i}`)} uses restricted volume type ${q(type)}`));
    });
    return out;
  },

  procMount_restricted(pod) {
    return procMountFailures('procMount_restricted', pod);
  },
};

/** Evaluate one check at a policy version (whether or not the level enforces it). */
export function evaluateCheck(id: PssCheckId, pod: PodSpecInfo, version: KubeVersion): PssFailure[] {
  if (!atLeast(version, pssCheck(id).since)) return [];
  return EVALUATORS[id](pod, version);
}

/** Every failure of the checks `policy` enforces, in PSA's check order. */
export function evaluatePodSecurity(pod: PodSpecInfo, policy: Pick<PodSecurityPolicy, 'level' | 'version'>): PssFailure[] {
  return PSS_CHECKS.filter((c) => isCheckActive(c.id, policy)).flatMap((c) => EVALUATORS[c.id](pod, policy.version));
}

/** The highest level a pod satisfies at `version` (what PSA would allow it under). */
export function podSecurityLevelOf(pod: PodSpecInfo, version: KubeVersion): PodSecurityLevel {
  if (evaluatePodSecurity(pod, { level: 'baseline', version }).length > 0) return 'privileged';
  if (evaluatePodSecurity(pod, { level: 'restricted', version }).length > 0) return 'baseline';
  return 'restricted';
}

/** Message data every Pod Security rule's message uses: `{{policy}}`, `{{reason}}`, `{{detail}}`, `{{check}}`. */
export type PodSecurityMessageIds = 'violation';

/**
 * The visitors of a rule for one Pod Security check: it resolves the policy for the object (settings or
 * Namespace labels), skips when the policy does not enforce the check, and reports each failure at its path.
 */
export function podSecurityVisitors(ctx: RuleContext<PodSecurityMessageIds, unknown>, id: PssCheckId): RuleVisitors {
  return {
    podSpec(pod) {
      const policy = podSecurityPolicyFor(ctx);
      if (!isCheckActive(id, policy)) return;
      for (const f of EVALUATORS[id](pod, policy.version)) {
        ctx.report({ messageId: 'violation', path: f.path, data: { policy: formatPolicy(policy), reason: f.reason, detail: f.detail, check: id } });
      }
    },
  };
}
