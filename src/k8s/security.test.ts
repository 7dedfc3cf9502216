import { describe, expect, it } from 'vitest';
import { formatPath } from './path.js';
import { getPodSpec } from './pod-spec.js';
import {
  allowedSysctls,
  classifyCapability,
  classifyHostPath,
  effectiveSetting,
  INHERITED_FIELDS,
  isIpcSysctl,
  isNamespacedSysctl,
  isNetSysctl,
  isValidId,
  LINUX_CAPABILITIES,
  normalizeHostPath,
  normalizeSysctlName,
  suggestCapability,
  sysctlsSetByCommand,
} from './security.js';
import type { JsonObject } from './values.js';
import { parseVersion } from './versions.js';

function podWith(podSC: JsonObject | undefined, containerSC: JsonObject | undefined, list = 'containers') {
  const c: JsonObject = { name: 'c', image: 'x', ...(containerSC ? { securityContext: containerSC } : {}) };
  const spec: JsonObject = { ...(podSC ? { securityContext: podSC } : {}), containers: list === 'containers' ? [c] : [{ name: 'a', image: 'x' }], ...(list === 'containers' ? {} : { [list]: [c] }) };
  const pod = getPodSpec({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { template: { spec } } })!;
  return { pod, c: pod.containers.find((x) => x.name === 'c')! };
}

describe('effectiveSetting', () => {
  it.each(INHERITED_FIELDS.map((f) => [f]))('%s: container wins, else pod, else unset (container path)', (field) => {
    const a = podWith({ [field]: 'pod' }, { [field]: 'container' });
    expect(effectiveSetting(a.pod, a.c, field)).toEqual({ value: 'container', source: 'container', path: a.c.at('securityContext', field) });
    const b = podWith({ [field]: 'pod' }, {});
    expect(effectiveSetting(b.pod, b.c, field)).toMatchObject({ value: 'pod', source: 'pod' });
    expect(formatPath(effectiveSetting(b.pod, b.c, field).path)).toBe(`spec.template.spec.securityContext.${field}`);
    const c = podWith(undefined, { [field]: null });
    expect(effectiveSetting(c.pod, c.c, field)).toEqual({ value: undefined, source: 'unset', path: c.c.path });
  });
  it.each(['initContainers', 'ephemeralContainers'])('applies to %s', (list) => {
    const { pod, c } = podWith({ runAsNonRoot: true }, undefined, list);
    expect(effectiveSetting(pod, c, 'runAsNonRoot')).toMatchObject({ value: true, source: 'pod' });
    expect(formatPath(c.path)).toBe(`spec.template.spec.${list}[0]`);
  });
  it('a container false overrides a pod true (inheritance goes only downwards)', () => {
    const { pod, c } = podWith({ runAsNonRoot: true }, { runAsNonRoot: false });
    expect(effectiveSetting(pod, c, 'runAsNonRoot')).toMatchObject({ value: false, source: 'container' });
  });
});

describe('capabilities', () => {
  it('knows the 41 Linux capabilities', () => {
    expect(LINUX_CAPABILITIES.size).toBe(41);
  });
  it.each([
    ['NET_ADMIN', 'canonical', undefined],
    ['ALL', 'canonical', undefined],
    ['net_admin', 'variant', 'NET_ADMIN'],
    ['CAP_SYS_ADMIN', 'variant', 'SYS_ADMIN'],
    ['cap_chown', 'variant', 'CHOWN'],
    ['all', 'variant', 'ALL'],
    ['NET_ADMN', 'unknown', undefined],
    ['SYS_ADMINS', 'unknown', undefined],
    ['', 'unknown', undefined],
  ])('%j is %s', (name, kind, canonical) => {
    const got = classifyCapability(name);
    expect(got.kind).toBe(kind);
    expect(got.canonical).toBe(canonical);
  });
  it.each([
    ['NET_ADMN', 'NET_ADMIN'],
    ['SYS_ADMINS', 'SYS_ADMIN'],
    ['net-raw', 'NET_RAW'],
    ['FOOBAR_BAZ', undefined],
  ])('suggests %s -> %s', (name, want) => {
    expect(suggestCapability(name)).toBe(want);
  });
});

describe('sysctls', () => {
  it.each([
    ['net.ipv4.ip_forward', 'net.ipv4.ip_forward'],
    ['net/ipv4/ip_forward', 'net.ipv4.ip_forward'],
    ['net/ipv4/conf/eno2.100/rp_filter', 'net.ipv4.conf.eno2/100.rp_filter'],
    ['kernel.shm_rmid_forced', 'kernel.shm_rmid_forced'],
  ])('normalizes %s -> %s', (name, want) => {
    expect(normalizeSysctlName(name)).toBe(want);
  });
  it.each([
    ['net.core.somaxconn', true, false],
    ['net/ipv4/tcp_syncookies', true, false],
    ['kernel.shmmax', false, true],
    ['kernel.shm_rmid_forced', false, true],
    ['kernel.msgmax', false, true],
    ['kernel.sem', false, true],
    ['kernel.semx', false, false],
    ['fs.mqueue.msg_max', false, true],
    ['vm.max_map_count', false, false],
  ])('%s: net %s, ipc %s', (name, net, ipc) => {
    expect(isNetSysctl(name)).toBe(net);
    expect(isIpcSysctl(name)).toBe(ipc);
    expect(isNamespacedSysctl(name)).toBe(net || ipc);
  });
  it.each([
    ['1.26', 5],
    ['1.27', 6],
    ['1.29', 10],
    ['1.32', 12],
    ['1.36', 12],
    ['1.37', 14],
  ])('the allow-list of policy %s has %i names', (version, size) => {
    expect(allowedSysctls(parseVersion(version)!).size).toBe(size);
  });
});

describe('host paths', () => {
  it.each([
    ['/var/run/docker.sock', 'runtimeSocket'],
    ['/run/containerd/containerd.sock', 'runtimeSocket'],
    ['//var/run/./crio/crio.sock', 'runtimeSocket'],
    ['/var/run/', 'runtimeSocketDir'],
    ['/run/containerd', 'runtimeSocketDir'],
    ['/', 'hostRoot'],
    ['/proc/', 'hostRoot'],
    ['/etc', 'hostRoot'],
    ['/etc/ssl/certs', undefined],
    ['/var/log', undefined],
    ['/proc/sys/../..', 'hostRoot'],
    ['relative/path', undefined],
  ])('%s -> %s', (p, want) => {
    expect(classifyHostPath(p)).toBe(want);
  });
  it('normalizes paths', () => {
    expect(normalizeHostPath('/a//b/./c/')).toBe('/a/b/c');
    expect(normalizeHostPath('/')).toBe('/');
  });
});

describe('ids', () => {
  it.each([
    [0, true],
    [2147483647, true],
    [2147483648, false],
    [-1, false],
    [1.5, false],
  ])('%d valid: %s', (id, want) => {
    expect(isValidId(id)).toBe(want);
  });
});

describe('sysctlsSetByCommand', () => {
  const container = (fields: JsonObject) => getPodSpec({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'x', ...fields }] } })!.containers[0]!;
  it.each([
    [{ command: ['sysctl', '-w', 'net.core.somaxconn=1024'] }, ['net.core.somaxconn']],
    [{ command: ['sh', '-c', 'sysctl -w net.core.somaxconn=1024 && sysctl -w net.ipv4.tcp_syncookies=1'] }, ['net.core.somaxconn', 'net.ipv4.tcp_syncookies']],
    [{ command: ['/bin/sh', '-c'], args: ['set -e; echo 1 > /proc/sys/net/ipv4/ip_forward'] }, ['net.ipv4.ip_forward']],
    [{ command: ['sysctl', '-w', 'vm.max_map_count=262144'] }, ['vm.max_map_count']],
    [{ command: ['sh', '-c', 'sysctl -w net.core.somaxconn=1024 && exec /app'] }, undefined],
    [{ command: ['sysctl', '-p', '/etc/sysctl.conf'] }, undefined],
    [{ command: ['sh', '-c', 'chown -R 1000 /data'] }, undefined],
    [{ image: 'x' }, undefined],
  ])('%j -> %j', (fields, want) => {
    expect(sysctlsSetByCommand(container(fields))).toEqual(want);
  });
});
