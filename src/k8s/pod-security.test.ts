import { describe, expect, it } from 'vitest';
import { formatPath } from './path.js';
import { getPodSpec } from './pod-spec.js';
import type { PodSpecInfo } from './pod-spec.js';
import {
  evaluateCheck,
  evaluatePodSecurity,
  formatPolicy,
  isCheckActive,
  parsePolicyVersion,
  podSecurityLevelOf,
  PSS_CHECKS,
  resolvePodSecurityPolicy,
} from './pod-security.js';
import type { PssCheckId } from './pod-security.js';
import type { JsonObject } from './values.js';
import { parseVersion } from './versions.js';
import type { KubeVersion } from './versions.js';

const v = (text: string): KubeVersion => parseVersion(text)!;

function pod(spec: JsonObject, metadata: JsonObject = { name: 'p' }): PodSpecInfo {
  return getPodSpec({ apiVersion: 'v1', kind: 'Pod', metadata, spec })!;
}

const app = (sc?: JsonObject, extra: JsonObject = {}): JsonObject => ({ name: 'app', image: 'x', ...(sc ? { securityContext: sc } : {}), ...extra });

/** A pod that passes the restricted policy at every version. */
const RESTRICTED_SC: JsonObject = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
const restrictedPod = (podSC: JsonObject = {}, containerSC: JsonObject = {}, extra: JsonObject = {}): JsonObject => ({
  securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, ...podSC },
  containers: [app({ ...RESTRICTED_SC, ...containerSC })],
  ...extra,
});

const paths = (id: PssCheckId, spec: JsonObject, version = '1.37', metadata?: JsonObject): string[] =>
  evaluateCheck(id, pod(spec, metadata), v(version)).map((f) => formatPath(f.path));

describe('check table', () => {
  it('has every check id of the reference, with its level', () => {
    expect(PSS_CHECKS.map((c) => `${c.level}:${c.id}`)).toEqual([
      'baseline:privileged', 'baseline:capabilities_baseline', 'baseline:hostNamespaces', 'baseline:hostPathVolumes', 'baseline:hostPorts',
      'baseline:hostProbesAndHostLifecycle', 'baseline:procMount', 'baseline:seLinuxOptions', 'baseline:seccompProfile_baseline', 'baseline:sysctls',
      'baseline:windowsHostProcess', 'baseline:appArmorProfile', 'restricted:allowPrivilegeEscalation', 'restricted:capabilities_restricted',
      'restricted:runAsNonRoot', 'restricted:runAsUser', 'restricted:seccompProfile_restricted', 'restricted:restrictedVolumes', 'restricted:procMount_restricted',
    ]);
  });
});

describe('isCheckActive', () => {
  it.each([
    ['privileged', 'privileged', '1.37', false],
    ['sysctls', 'privileged', '1.37', false],
    ['sysctls', 'baseline', '1.37', true],
    ['runAsNonRoot', 'baseline', '1.37', false],
    ['runAsNonRoot', 'restricted', '1.37', true],
    ['hostProbesAndHostLifecycle', 'baseline', '1.33', false],
    ['hostProbesAndHostLifecycle', 'baseline', '1.34', true],
    ['procMount_restricted', 'restricted', '1.34', false],
    ['procMount_restricted', 'restricted', '1.35', true],
    // restricted checks replace baseline ones (PSA OverrideCheckIDs)
    ['procMount', 'restricted', '1.34', true],
    ['procMount', 'restricted', '1.35', false],
    ['procMount', 'baseline', '1.35', true],
    ['capabilities_baseline', 'restricted', '1.21', true],
    ['capabilities_baseline', 'restricted', '1.22', false],
    ['seccompProfile_baseline', 'restricted', '1.18', true],
    ['seccompProfile_baseline', 'restricted', '1.19', false],
    ['hostPathVolumes', 'restricted', '1.0', false],
    ['hostPathVolumes', 'baseline', '1.0', true],
    ['runAsUser', 'restricted', '1.22', false],
    ['runAsUser', 'restricted', '1.23', true],
  ] as const)('%s at %s:v%s -> %s', (id, level, version, want) => {
    expect(isCheckActive(id, { level, version: v(version) })).toBe(want);
  });
});

describe('policy versions and namespace labels', () => {
  it.each([
    ['latest', '1.33'],
    ['v1.30', '1.30'],
    ['v1.0', '1.0'],
    ['v1.40', '1.33'],
    ['1.30', undefined],
    ['v1.030', undefined],
    ['v2.1', undefined],
  ])('enforce-version %s (cluster 1.33) -> %s', (label, want) => {
    const got = parsePolicyVersion(label, v('1.33'));
    expect(got ? `${got.major}.${got.minor}` : undefined).toBe(want);
  });

  const ns = (labels: JsonObject): { apiVersion: string; kind: string; name: string; value: JsonObject } => ({ apiVersion: 'v1', kind: 'Namespace', name: 'team', value: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', labels } } });
  const settings = { kubernetesVersion: v('1.35'), podSecurityLevel: 'baseline' as const };

  it('uses the settings without a matching Namespace', () => {
    expect(formatPolicy(resolvePodSecurityPolicy({ settings, object: { namespace: 'team' }, run: { objects: [] } }))).toBe('baseline:v1.35');
    expect(formatPolicy(resolvePodSecurityPolicy({ settings, object: { namespace: undefined }, run: { objects: [ns({ 'pod-security.kubernetes.io/enforce': 'restricted' })] } }))).toBe('baseline:v1.35');
    expect(formatPolicy(resolvePodSecurityPolicy({ settings, object: { namespace: 'other' }, run: { objects: [ns({ 'pod-security.kubernetes.io/enforce': 'restricted' })] } }))).toBe('baseline:v1.35');
  });
  it.each([
    [{ 'pod-security.kubernetes.io/enforce': 'restricted' }, 'restricted:v1.35', 'namespace'],
    [{ 'pod-security.kubernetes.io/enforce': 'privileged' }, 'privileged:v1.35', 'namespace'],
    [{ 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'v1.29' }, 'restricted:v1.29', 'namespace'],
    [{ 'pod-security.kubernetes.io/enforce-version': 'v1.29' }, 'baseline:v1.29', 'namespace'],
    [{ 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest' }, 'restricted:v1.35', 'namespace'],
    [{ 'pod-security.kubernetes.io/enforce': 'Restricted' }, 'restricted:v1.35', 'namespace'],
    [{ 'pod-security.kubernetes.io/enforce': 'none' }, 'restricted:v1.35', 'namespace'],
    [{ 'pod-security.kubernetes.io/enforce': 'privileged', 'pod-security.kubernetes.io/enforce-version': '1.29' }, 'privileged:v1.35', 'namespace'],
    [{ 'pod-security.kubernetes.io/warn': 'restricted' }, 'baseline:v1.35', 'settings'],
  ])('labels %j -> %s', (labels, want, source) => {
    const policy = resolvePodSecurityPolicy({ settings, object: { namespace: 'team' }, run: { objects: [ns(labels)] } });
    expect(formatPolicy(policy)).toBe(want);
    expect(policy.source).toBe(source);
  });
});

describe('baseline checks', () => {
  it('privileged: every container role', () => {
    const spec: JsonObject = {
      initContainers: [{ name: 'i', image: 'x', securityContext: { privileged: true } }, { name: 's', image: 'x', restartPolicy: 'Always', securityContext: { privileged: true } }],
      containers: [app({ privileged: true }), { name: 'ok', image: 'x', securityContext: { privileged: false } }],
      ephemeralContainers: [{ name: 'e', image: 'x', securityContext: { privileged: true } }],
    };
    expect(paths('privileged', spec)).toEqual([
      'spec.containers[0].securityContext.privileged',
      'spec.initContainers[0].securityContext.privileged',
      'spec.initContainers[1].securityContext.privileged',
      'spec.ephemeralContainers[0].securityContext.privileged',
    ]);
  });
  it('capabilities_baseline: exact names only', () => {
    expect(paths('capabilities_baseline', { containers: [app({ capabilities: { add: ['CHOWN', 'NET_ADMIN', 'chown', 'CAP_CHOWN', 'SYS_CHROOT'] } })] })).toEqual([
      'spec.containers[0].securityContext.capabilities.add[1]',
      'spec.containers[0].securityContext.capabilities.add[2]',
      'spec.containers[0].securityContext.capabilities.add[3]',
    ]);
    expect(paths('capabilities_baseline', { containers: [app({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'KILL'] } })] })).toEqual([]);
  });
  it('hostNamespaces', () => {
    expect(paths('hostNamespaces', { hostNetwork: true, hostPID: false, hostIPC: true, containers: [app()] })).toEqual(['spec.hostNetwork', 'spec.hostIPC']);
  });
  it('hostPathVolumes', () => {
    expect(paths('hostPathVolumes', { volumes: [{ name: 'a', emptyDir: {} }, { name: 'h', hostPath: { path: '/x' } }], containers: [app()] })).toEqual(['spec.volumes[1].hostPath']);
  });
  it('hostPorts: any non-zero hostPort, ephemeral included', () => {
    const spec = { containers: [app(undefined, { ports: [{ containerPort: 80, hostPort: 0 }, { containerPort: 80, hostPort: 8080 }] })], ephemeralContainers: [{ name: 'e', image: 'x', ports: [{ containerPort: 1, hostPort: 1 }] }] };
    expect(paths('hostPorts', spec)).toEqual(['spec.containers[0].ports[1].hostPort', 'spec.ephemeralContainers[0].ports[0].hostPort']);
  });
  it('hostPorts: in a Pod with hostNetwork an unset hostPort is defaulted to containerPort before PSA runs; not in a template', () => {
    const spec: JsonObject = { hostNetwork: true, containers: [app(undefined, { ports: [{ containerPort: 8080 }, { containerPort: 9090, hostPort: 0 }] })] };
    expect(paths('hostPorts', spec)).toEqual(['spec.containers[0].ports[0]', 'spec.containers[0].ports[1]']);
    const template = getPodSpec({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd' }, spec: { template: { spec } } })!;
    expect(evaluateCheck('hostPorts', template, v('1.37'))).toEqual([]);
    expect(paths('hostPorts', { ...spec, hostNetwork: false })).toEqual([]);
  });
  it('hostProbesAndHostLifecycle: from policy 1.34, probes and lifecycle handlers', () => {
    const spec = {
      containers: [app(undefined, {
        livenessProbe: { httpGet: { host: '10.0.0.1', port: 80 } },
        readinessProbe: { tcpSocket: { host: '', port: 80 } },
        startupProbe: { tcpSocket: { host: 'localhost', port: 80 } },
        lifecycle: { preStop: { httpGet: { host: 'example.com', port: 80 } }, postStart: { exec: { command: ['true'] } } },
      })],
    };
    expect(paths('hostProbesAndHostLifecycle', spec, '1.33')).toEqual([]);
    expect(paths('hostProbesAndHostLifecycle', spec, '1.34')).toEqual([
      'spec.containers[0].livenessProbe.httpGet.host',
      'spec.containers[0].startupProbe.tcpSocket.host',
      'spec.containers[0].lifecycle.preStop.httpGet.host',
    ]);
  });
  it('procMount: relaxed for hostUsers: false from policy 1.35', () => {
    const spec = (hostUsers?: boolean): JsonObject => ({ ...(hostUsers === undefined ? {} : { hostUsers }), containers: [app({ procMount: 'Unmasked' }), { name: 'd', image: 'x', securityContext: { procMount: 'Default' } }] });
    expect(paths('procMount', spec())).toEqual(['spec.containers[0].securityContext.procMount']);
    expect(paths('procMount', spec(false), '1.34')).toEqual(['spec.containers[0].securityContext.procMount']);
    expect(paths('procMount', spec(false), '1.35')).toEqual([]);
    expect(paths('procMount', spec(true), '1.35')).toEqual(['spec.containers[0].securityContext.procMount']);
    expect(paths('procMount_restricted', spec(false), '1.35')).toEqual(['spec.containers[0].securityContext.procMount']);
    expect(paths('procMount_restricted', spec(false), '1.34')).toEqual([]);
  });
  it('seLinuxOptions: pod and container, container_engine_t from 1.31', () => {
    const spec = { securityContext: { seLinuxOptions: { type: 'container_engine_t' } }, containers: [app({ seLinuxOptions: { type: 'spc_t', user: 'system_u', role: '', level: 's0:c1' } })] };
    expect(paths('seLinuxOptions', spec, '1.30')).toEqual(['spec.securityContext.seLinuxOptions.type', 'spec.containers[0].securityContext.seLinuxOptions.type', 'spec.containers[0].securityContext.seLinuxOptions.user']);
    expect(paths('seLinuxOptions', spec, '1.31')).toEqual(['spec.containers[0].securityContext.seLinuxOptions.type', 'spec.containers[0].securityContext.seLinuxOptions.user']);
    expect(paths('seLinuxOptions', { containers: [app({ seLinuxOptions: { level: 's0:c123,c456' } })] })).toEqual([]);
  });
  it('seccompProfile_baseline: fields from 1.19, annotations before', () => {
    const spec = { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [app({ seccompProfile: { type: 'RuntimeDefault' } }), { name: 'b', image: 'x', securityContext: { seccompProfile: {} } }] };
    expect(paths('seccompProfile_baseline', spec)).toEqual(['spec.securityContext.seccompProfile.type', 'spec.containers[1].securityContext.seccompProfile']);
    const meta = { name: 'p', annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined', 'container.seccomp.security.alpha.kubernetes.io/app': 'runtime/default' } };
    expect(paths('seccompProfile_baseline', { containers: [app()] }, '1.18', meta)).toEqual(['metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]']);
    expect(paths('seccompProfile_baseline', { containers: [app()] }, '1.19', meta)).toEqual([]);
  });
  it.each([
    ['net.ipv4.ip_local_reserved_ports', '1.26', '1.27'],
    ['net.ipv4.tcp_keepalive_time', '1.28', '1.29'],
    ['net.ipv4.tcp_fin_timeout', '1.28', '1.29'],
    ['net.ipv4.tcp_rmem', '1.31', '1.32'],
    ['net.ipv4.tcp_wmem', '1.31', '1.32'],
    ['net.ipv4.tcp_slow_start_after_idle', '1.36', '1.37'],
    ['net.ipv4.tcp_notsent_lowat', '1.36', '1.37'],
  ])('sysctls: %s is allowed from policy %s', (name, before, from) => {
    const spec = { securityContext: { sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1' }, { name, value: '1' }] }, containers: [app()] };
    expect(paths('sysctls', spec, before)).toEqual(['spec.securityContext.sysctls[1].name']);
    expect(paths('sysctls', spec, from)).toEqual([]);
  });
  it('sysctls: unsafe and slash-separated names fail', () => {
    expect(paths('sysctls', { securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '1' }, { name: 'net/ipv4/tcp_syncookies', value: '1' }] }, containers: [app()] })).toEqual([
      'spec.securityContext.sysctls[0].name',
      'spec.securityContext.sysctls[1].name',
    ]);
  });
  it('windowsHostProcess: pod and container', () => {
    const spec = { securityContext: { windowsOptions: { hostProcess: true } }, containers: [app({ windowsOptions: { hostProcess: true } }), { name: 'b', image: 'x', securityContext: { windowsOptions: { hostProcess: false } } }] };
    expect(paths('windowsHostProcess', spec)).toEqual(['spec.securityContext.windowsOptions.hostProcess', 'spec.containers[0].securityContext.windowsOptions.hostProcess']);
  });
  it('appArmorProfile: fields and annotations', () => {
    const spec = { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [app({ appArmorProfile: { type: 'Unconfined' } })] };
    const meta = { name: 'p', annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined', 'container.apparmor.security.beta.kubernetes.io/b': 'localhost/x', 'container.apparmor.security.beta.kubernetes.io/c': 'runtime/default' } };
    expect(paths('appArmorProfile', spec, '1.37', meta)).toEqual(['spec.containers[0].securityContext.appArmorProfile.type', 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]']);
  });
});

describe('restricted checks', () => {
  it('allowPrivilegeEscalation: every role; missing points at the container; skipped for Windows from 1.25', () => {
    const spec: JsonObject = {
      initContainers: [{ name: 'i', image: 'x' }, { name: 's', image: 'x', restartPolicy: 'Always', securityContext: { allowPrivilegeEscalation: false } }],
      containers: [app({ allowPrivilegeEscalation: true })],
      ephemeralContainers: [{ name: 'e', image: 'x', securityContext: {} }],
    };
    expect(paths('allowPrivilegeEscalation', spec)).toEqual(['spec.containers[0].securityContext.allowPrivilegeEscalation', 'spec.initContainers[0]', 'spec.ephemeralContainers[0]']);
    const windows = { os: { name: 'windows' }, containers: [app()] };
    expect(paths('allowPrivilegeEscalation', windows, '1.24')).toEqual(['spec.containers[0]']);
    expect(paths('allowPrivilegeEscalation', windows, '1.25')).toEqual([]);
    expect(paths('allowPrivilegeEscalation', { containers: [app()] }, '1.7')).toEqual([]);
  });
  it('capabilities_restricted: drop ALL (exactly), add only NET_BIND_SERVICE', () => {
    expect(paths('capabilities_restricted', { containers: [app({ capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE', 'CHOWN'] } }), { name: 'b', image: 'x' }] })).toEqual([
      'spec.containers[0].securityContext.capabilities.drop',
      'spec.containers[0].securityContext.capabilities.add[1]',
      'spec.containers[1]',
    ]);
    expect(paths('capabilities_restricted', { containers: [app()] }, '1.21')).toEqual([]);
    expect(paths('capabilities_restricted', { os: { name: 'windows' }, containers: [app()] }, '1.25')).toEqual([]);
  });
  it.each([
    ['pod true, container unset', { runAsNonRoot: true }, undefined, []],
    ['pod unset, container true', {}, true, []],
    ['pod unset, container unset', {}, undefined, ['spec.containers[0]']],
    ['pod true, container false', { runAsNonRoot: true }, false, ['spec.containers[0].securityContext.runAsNonRoot']],
    ['pod false, container true', { runAsNonRoot: false }, true, ['spec.securityContext.runAsNonRoot']],
    ['pod false, container unset', { runAsNonRoot: false }, undefined, ['spec.securityContext.runAsNonRoot']],
    ['runAsUser 1000 is not runAsNonRoot', { runAsUser: 1000 }, undefined, ['spec.containers[0]']],
  ] as const)('runAsNonRoot inheritance: %s', (_name, podSC, containerValue, want) => {
    const spec = { securityContext: { ...podSC }, containers: [app(containerValue === undefined ? {} : { runAsNonRoot: containerValue })] };
    expect(paths('runAsNonRoot', spec)).toEqual(want);
  });
  it('runAsNonRoot and runAsUser: skipped for hostUsers: false from policy 1.35', () => {
    const spec = { hostUsers: false, securityContext: { runAsUser: 0 }, containers: [app({ runAsUser: 0 })] };
    expect(paths('runAsNonRoot', spec, '1.34')).toEqual(['spec.containers[0]']);
    expect(paths('runAsNonRoot', spec, '1.35')).toEqual([]);
    expect(paths('runAsUser', spec, '1.34')).toEqual(['spec.securityContext.runAsUser', 'spec.containers[0].securityContext.runAsUser']);
    expect(paths('runAsUser', spec, '1.35')).toEqual([]);
    expect(paths('runAsUser', spec, '1.22')).toEqual([]);
  });
  it.each([
    ['pod RuntimeDefault, container unset', { type: 'RuntimeDefault' }, undefined, []],
    ['pod unset, container Localhost', undefined, { type: 'Localhost', localhostProfile: 'p.json' }, []],
    ['pod unset, container unset', undefined, undefined, ['spec.containers[0]']],
    ['pod RuntimeDefault, container Unconfined', { type: 'RuntimeDefault' }, { type: 'Unconfined' }, ['spec.containers[0].securityContext.seccompProfile.type']],
    ['pod Unconfined, container RuntimeDefault', { type: 'Unconfined' }, { type: 'RuntimeDefault' }, ['spec.securityContext.seccompProfile.type']],
    ['pod Unconfined, container unset', { type: 'Unconfined' }, undefined, ['spec.securityContext.seccompProfile.type']],
  ] as const)('seccompProfile_restricted inheritance: %s', (_name, podProfile, containerProfile, want) => {
    const spec: JsonObject = { securityContext: podProfile ? { seccompProfile: { ...podProfile } } : {}, containers: [app(containerProfile ? { seccompProfile: { ...containerProfile } } : {})] };
    expect(paths('seccompProfile_restricted', spec)).toEqual(want);
  });
  it('seccompProfile_restricted: Windows pods are skipped from 1.25; the check starts at 1.19', () => {
    expect(paths('seccompProfile_restricted', { os: { name: 'windows' }, containers: [app()] }, '1.25')).toEqual([]);
    expect(paths('seccompProfile_restricted', { os: { name: 'windows' }, containers: [app()] }, '1.24')).toEqual(['spec.containers[0]']);
    expect(paths('seccompProfile_restricted', { containers: [app()] }, '1.18')).toEqual([]);
  });
  it('restrictedVolumes', () => {
    const volumes: JsonObject[] = [
      { name: 'a', configMap: { name: 'c' } }, { name: 'b', image: { reference: 'x' } }, { name: 'c' },
      { name: 'd', nfs: { server: 's', path: '/' } }, { name: 'e', hostPath: { path: '/x' } }, { name: 'f', projected: { sources: [] } },
    ];
    expect(paths('restrictedVolumes', { volumes, containers: [app()] })).toEqual(['spec.volumes[3].nfs', 'spec.volumes[4].hostPath']);
  });
});

describe('evaluatePodSecurity', () => {
  it('a restricted pod passes restricted at every policy version', () => {
    for (const version of ['1.0', '1.19', '1.25', '1.27', '1.34', '1.35', '1.37']) {
      expect(evaluatePodSecurity(pod(restrictedPod()), { level: 'restricted', version: v(version) })).toEqual([]);
    }
  });
  it('passes restricted at 1.32 and fails at 1.31 (sysctl allow-list growth)', () => {
    const p = pod(restrictedPod({ sysctls: [{ name: 'net.ipv4.tcp_rmem', value: '4096 87380 6291456' }] }));
    expect(evaluatePodSecurity(p, { level: 'restricted', version: v('1.32') })).toEqual([]);
    expect(evaluatePodSecurity(p, { level: 'restricted', version: v('1.31') }).map((f) => f.check)).toEqual(['sysctls']);
    expect(podSecurityLevelOf(p, v('1.32'))).toBe('restricted');
    expect(podSecurityLevelOf(p, v('1.31'))).toBe('privileged');
  });
  it('passes restricted at 1.35 and fails at 1.34 (user namespaces), and fails again with procMount Unmasked', () => {
    const p = pod({ hostUsers: false, securityContext: { seccompProfile: { type: 'RuntimeDefault' }, runAsUser: 0 }, containers: [app(RESTRICTED_SC)] });
    expect(evaluatePodSecurity(p, { level: 'restricted', version: v('1.35') })).toEqual([]);
    expect(evaluatePodSecurity(p, { level: 'restricted', version: v('1.34') }).map((f) => f.check)).toEqual(['runAsNonRoot', 'runAsUser']);
    const unmasked = pod({ hostUsers: false, securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [app({ ...RESTRICTED_SC, procMount: 'Unmasked' })] });
    expect(evaluatePodSecurity(unmasked, { level: 'baseline', version: v('1.35') })).toEqual([]);
    expect(evaluatePodSecurity(unmasked, { level: 'restricted', version: v('1.35') }).map((f) => f.check)).toEqual(['procMount_restricted']);
    expect(podSecurityLevelOf(unmasked, v('1.35'))).toBe('baseline');
  });
  it('reports each failure with its level, and nothing at the privileged level', () => {
    const p = pod({ hostPID: true, containers: [app()] });
    const failures = evaluatePodSecurity(p, { level: 'restricted', version: v('1.37') });
    expect(failures.map((f) => `${f.level}:${f.check}`)).toEqual(['baseline:hostNamespaces', 'restricted:allowPrivilegeEscalation', 'restricted:capabilities_restricted', 'restricted:runAsNonRoot', 'restricted:seccompProfile_restricted']);
    expect(evaluatePodSecurity(p, { level: 'privileged', version: v('1.37') })).toEqual([]);
    expect(podSecurityLevelOf(p, v('1.37'))).toBe('privileged');
  });
  it('at restricted, overridden baseline checks are not reported twice', () => {
    const p = pod({ volumes: [{ name: 'h', hostPath: { path: '/' } }], securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } }, containers: [app({ ...RESTRICTED_SC, capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } })] });
    expect(evaluatePodSecurity(p, { level: 'baseline', version: v('1.37') }).map((f) => f.check)).toEqual(['capabilities_baseline', 'hostPathVolumes', 'seccompProfile_baseline']);
    expect(evaluatePodSecurity(p, { level: 'restricted', version: v('1.37') }).map((f) => f.check)).toEqual(['capabilities_restricted', 'seccompProfile_restricted', 'restrictedVolumes']);
  });
});
