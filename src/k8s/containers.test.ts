import { describe, expect, it } from 'vitest';
import {
  apiReferences,
  declaredVolumes,
  handlerTargets,
  isLocalhost,
  isNativeSidecar,
  isPlainInit,
  isStaticPod,
  knownHelper,
  listeningPorts,
  localReferences,
  longRunning,
  podRestartPolicy,
  portsOf,
  volumesOf,
} from './containers.js';
import { listContainers } from './pod-spec.js';
import type { PodSpecInfo } from './pod-spec.js';
import type { JsonObject } from './values.js';
import { parseVersion } from './versions.js';

const v = (s: string) => parseVersion(s)!;

function podOf(spec: JsonObject, metadata: JsonObject = {}): PodSpecInfo {
  return {
    kind: 'Pod',
    spec,
    path: ['spec'],
    metadata,
    metadataPath: ['metadata'],
    isTemplate: false,
    containers: listContainers(spec, ['spec']),
    at: (...s) => ['spec', ...s],
  };
}
const one = (c: JsonObject, list = 'containers') => podOf({ [list]: [c] }).containers[0]!;

describe('native sidecars per version', () => {
  const sidecar = one({ name: 's', restartPolicy: 'Always' }, 'initContainers');
  const init = one({ name: 'i' }, 'initContainers');
  it.each([
    ['1.27', false],
    ['1.28', false],
    ['1.29', true],
    ['1.33', true],
    ['1.37', true],
  ])('at %s an init container with restartPolicy: Always is a sidecar: %s', (ver, expected) => {
    expect(isNativeSidecar(sidecar, v(ver))).toBe(expected);
    expect(isPlainInit(sidecar, v(ver))).toBe(!expected);
    expect(isNativeSidecar(init, v(ver))).toBe(false);
  });
  it('longRunning: app containers and native sidecars', () => {
    const pod = podOf({ initContainers: [{ name: 's', restartPolicy: 'Always' }, { name: 'i' }], containers: [{ name: 'a' }], ephemeralContainers: [{ name: 'e' }] });
    expect(longRunning(pod, v('1.30')).map((c) => c.name)).toEqual(['a', 's']);
    expect(longRunning(pod, v('1.28')).map((c) => c.name)).toEqual(['a']);
  });
  it('podRestartPolicy defaults to Always', () => {
    expect(podRestartPolicy(podOf({}))).toBe('Always');
    expect(podRestartPolicy(podOf({ restartPolicy: '' }))).toBe('Always');
    expect(podRestartPolicy(podOf({ restartPolicy: 'Never' }))).toBe('Never');
  });
});

describe('ports', () => {
  it('portsOf defaults the protocol to TCP', () => {
    const c = one({ name: 'a', ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP', hostPort: 53, hostIP: '1.2.3.4' }, 'junk'] });
    expect(portsOf(c).map((p) => [p.index, p.containerPort, p.protocol, p.hostPort, p.hostIP])).toEqual([
      [0, 80, 'TCP', undefined, ''],
      [1, 53, 'UDP', 53, '1.2.3.4'],
    ]);
  });
  it.each([
    [{ ports: [{ containerPort: 8080 }] }, [8080]],
    [{ args: ['--port=5432', 'p:r:db'] }, [5432]],
    [{ args: ['--port', '6432'] }, [6432]],
    [{ command: ['/cloud_sql_proxy', '-instances=p:r:db=tcp:5432'] }, []],
    [{ args: ['p:r:db?port=5433'] }, [5433]],
  ])('listeningPorts(%j) = %j', (c, expected) => {
    expect([...listeningPorts(one({ name: 'x', ...c }))]).toEqual(expected);
  });
});

describe('localhost', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['LOCALHOST', true],
    ['localhost.example.com', false],
    ['10.0.0.1', false],
    ['', false],
  ])('isLocalhost(%j) = %s', (host, expected) => {
    expect(isLocalhost(host)).toBe(expected);
  });
  it('finds localhost:<port> in command, args and env values', () => {
    const c = one({
      name: 'm',
      command: ['sh', '-c', 'wait-for localhost:5432 && migrate'],
      args: ['--db=postgres://u@127.0.0.1:5433/x', 'notlocalhost:1', 'mylocalhost:2'],
      env: [{ name: 'A', value: 'http://[::1]:8080/' }, { name: 'B', valueFrom: {} }, { name: 'C', value: 'localhost:99999x' }],
    });
    expect(localReferences(c).map((r) => [r.port, r.text, r.path.join('.')])).toEqual([
      [5432, 'localhost:5432', 'command.2'],
      [5433, '127.0.0.1:5433', 'args.0'],
      [8080, '[::1]:8080', 'env.0.value'],
    ]);
  });
  it('handlerTargets lists probe and (optionally) hook targets', () => {
    const c = one({ name: 'a', livenessProbe: { httpGet: { port: 'http', host: 'h' } }, lifecycle: { preStop: { tcpSocket: { port: 1 } } } });
    expect(handlerTargets(c).map((t) => [t.path.join('.'), t.port, t.host])).toEqual([['livenessProbe.httpGet', 'http', 'h']]);
    expect(handlerTargets(c, { lifecycle: true })).toHaveLength(2);
  });
});

describe('knownHelper', () => {
  it.each([
    ['docker.io/istio/proxyv2:1.23.0', 'x', 'the Istio proxy (Envoy)'],
    ['envoyproxy/envoy:v1.31.0', 'x', 'an Envoy proxy'],
    ['envoyproxy/envoy-distroless:v1.31.0', 'x', 'an Envoy proxy'],
    ['cr.l5d.io/linkerd/proxy:stable-2.14.10', 'linkerd-proxy', 'the Linkerd proxy'],
    ['gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0', 'x', 'the Cloud SQL Auth Proxy'],
    ['gcr.io/cloudsql-docker/gce-proxy:1.33.2', 'x', 'the Cloud SQL Auth Proxy'],
    ['hashicorp/vault:1.17', 'vault-agent', 'a Vault agent'],
    ['cr.fluentbit.io/fluent/fluent-bit:3.1', 'x', 'Fluent Bit'],
    ['example.com/anything:1', 'istio-proxy', 'the Istio proxy (Envoy)'],
    ['example.com/app:1', 'app', undefined],
    ['example.com/envoy-config-loader:1', 'loader', undefined],
    ['vaultwarden/server:1', 'web', undefined],
  ])('%s (%s) -> %s', (image, name, expected) => {
    expect(knownHelper(one({ name, image }))).toBe(expected);
  });
});

describe('volumes', () => {
  const pod = podOf({
    volumes: [
      { name: 'ok', emptyDir: {} },
      { name: 'nosource' },
      { name: 'two', emptyDir: {}, hostPath: { path: '/x' } },
      { name: 'Bad_Name', emptyDir: {} },
      { name: 'ok', configMap: { name: 'c' } },
      { name: 'pvc', persistentVolumeClaim: {} },
      { emptyDir: {} },
    ],
  });
  it('judges each volume as the API server does', () => {
    expect(volumesOf(pod).map((x) => [x.name, x.sources.join('+'), x.problem])).toEqual([
      ['ok', 'emptyDir', undefined],
      ['nosource', 'emptyDir', undefined],
      ['two', 'hostPath+emptyDir', 'it sets more than one volume type (hostPath, emptyDir)'],
      ['Bad_Name', 'emptyDir', 'its name is not a lowercase RFC 1123 label'],
      ['ok', 'configMap', 'its name is a duplicate'],
      ['pvc', 'persistentVolumeClaim', 'persistentVolumeClaim.claimName is required'],
      [undefined, 'emptyDir', 'it has no name'],
    ]);
  });
  it('declaredVolumes keeps only valid volumes (the first of a duplicate name)', () => {
    const d = declaredVolumes(pod);
    expect([...d.keys()]).toEqual(['ok', 'nosource']);
    expect(d.get('ok')!.sources).toEqual(['emptyDir']);
  });
});

describe('static pods', () => {
  it('isStaticPod: Pods from staticPodPaths or with the mirror annotation', () => {
    expect(isStaticPod('Pod', podOf({}), true)).toBe(true);
    expect(isStaticPod('Pod', podOf({}, { annotations: { 'kubernetes.io/config.mirror': 'x' } }), false)).toBe(true);
    expect(isStaticPod('Pod', podOf({}), false)).toBe(false);
    expect(isStaticPod('Deployment', podOf({}), true)).toBe(false);
  });
  it('apiReferences names the resources as the kubelet does', () => {
    const pod = podOf({
      serviceAccountName: 'sa',
      imagePullSecrets: [{ name: 'r' }],
      resourceClaims: [{ name: 'gpu' }],
      containers: [{ name: 'a', envFrom: [{ secretRef: { name: 's' } }] }],
      volumes: [
        { name: 'h', hostPath: { path: '/x' } },
        { name: 'd', downwardAPI: { items: [] } },
        { name: 'e', ephemeral: { volumeClaimTemplate: {} } },
        { name: 'g', glusterfs: { endpoints: 'ep', path: 'p' } },
        { name: 'f', azureFile: { secretName: 's', shareName: 'x' } },
        { name: 'p', projected: { sources: [{ downwardAPI: {} }, { configMap: { name: 'c' } }, { podCertificate: {} }] } },
        { name: 'c', cephfs: { monitors: ['m'], secretRef: { name: 'ceph' } } },
        { name: 'n', nfs: { server: 's', path: '/' } },
      ],
    });
    expect(apiReferences(pod).map((r) => `${r.path.join('.')}=${r.resource}`)).toEqual([
      'spec.serviceAccountName=serviceaccounts',
      'spec.imagePullSecrets.0=secrets',
      'spec.containers.0.envFrom.0.secretRef=secrets',
      'spec.resourceClaims.0=resourceclaims',
      'spec.volumes.2.ephemeral=persistentvolumeclaims (via ephemeral volumes)',
      'spec.volumes.3.glusterfs=endpoints (via glusterFS volumes)',
      'spec.volumes.4.azureFile=secrets',
      'spec.volumes.5.projected.sources.1.configMap=configmaps',
      'spec.volumes.5.projected.sources.2.podCertificate=podcertificates',
      'spec.volumes.6.cephfs.secretRef=secrets',
    ]);
  });
});
