import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-static-pod-api-references.js';

// A kubeadm-style static pod: hostPath volumes only.
const etcd = `apiVersion: v1
kind: Pod
metadata:
  name: etcd
  namespace: kube-system
spec:
  hostNetwork: true
  containers:
    - name: etcd
      image: registry.k8s.io/etcd:3.5.15-0
      volumeMounts:
        - {name: etcd-data, mountPath: /var/lib/etcd}
  volumes:
    - name: etcd-data
      hostPath: {path: /var/lib/etcd, type: DirectoryOrCreate}
`;
const staticPaths = { config: { staticPodPaths: ['manifests/**'] }, filename: 'manifests/app.yaml' };
const withRefs = `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  serviceAccountName: agent
  containers:
    - name: agent
      image: example.com/agent:1
      env:
        - name: TOKEN
          valueFrom: {secretKeyRef: {name: agent, key: token}}
      envFrom:
        - configMapRef: {name: agent}
  volumes:
    - {name: conf, configMap: {name: agent}}
    - {name: data, persistentVolumeClaim: {claimName: data}}
    - name: certs
      projected:
        sources:
          - serviceAccountToken: {path: token}
          - clusterTrustBundle: {signerName: example.com/signer, path: ca.pem}
    - {name: csi, csi: {driver: secrets-store.csi.k8s.io}}
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'kubeadm etcd static pod', code: etcd, ...staticPaths },
    { name: 'a regular pod may reference anything', code: withRefs },
    { name: 'a file outside staticPodPaths', code: withRefs, config: { staticPodPaths: ['manifests/**'] }, filename: 'apps/agent.yaml' },
    { name: 'before 1.34 only ClusterTrustBundle projections are refused', code: withRefs.replace(/ {10}- clusterTrustBundle.*\n/, ''), ...staticPaths, kubernetesVersion: '1.33' },
    { name: 'static pod files hold Pods only', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      serviceAccountName: x\n      containers: [{name: a, image: x}]\n', ...staticPaths },
  ],
  invalid: [
    {
      name: 'every reference at 1.34',
      code: withRefs,
      ...staticPaths,
      kubernetesVersion: '1.34',
      errors: [
        { messageId: 'reference', path: 'spec.serviceAccountName', line: 6, column: 3, message: 'static pods may not reference serviceaccounts' },
        { messageId: 'reference', path: 'spec.containers[0].env[0].valueFrom.secretKeyRef', line: 12, column: 23, message: 'reference secrets.' },
        { messageId: 'reference', path: 'spec.containers[0].envFrom[0].configMapRef', line: 14, column: 11, message: 'reference configmaps.' },
        { messageId: 'reference', path: 'spec.volumes[0].configMap', line: 16, column: 20 },
        { messageId: 'reference', path: 'spec.volumes[1].persistentVolumeClaim', line: 17, column: 20, message: 'persistentvolumeclaims' },
        { messageId: 'reference', path: 'spec.volumes[2].projected.sources[0].serviceAccountToken', line: 21, column: 13, message: 'serviceaccounts (via projected volumes)' },
        { messageId: 'reference', path: 'spec.volumes[2].projected.sources[1].clusterTrustBundle', line: 22, column: 13, message: 'clustertrustbundles' },
        { messageId: 'reference', path: 'spec.volumes[3].csi', line: 23, column: 19, message: 'csidrivers (via CSI volumes)' },
      ],
    },
    {
      name: '1.33: ClusterTrustBundle projections only',
      code: withRefs,
      ...staticPaths,
      kubernetesVersion: '1.33',
      errors: [{ messageId: 'reference', path: 'spec.volumes[2].projected.sources[1].clusterTrustBundle', message: 'refuses ClusterTrustBundle projections' }],
    },
    {
      name: 'mirror pod annotation marks a static pod; ephemeral containers and resource claims',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: kube-proxy-node1
  annotations:
    kubernetes.io/config.mirror: 3f2a
spec:
  nodeName: node1
  resourceClaims:
    - {name: gpu, resourceClaimName: gpu}
  containers:
    - {name: proxy, image: registry.k8s.io/kube-proxy:v1.31.0}
  ephemeralContainers:
    - {name: dbg, image: busybox}
`,
      kubernetesVersion: '1.30',
      errors: [
        { messageId: 'resourceClaims', path: 'spec.resourceClaims', line: 9, column: 3, message: 'Forbidden: static pods do not support resource claims' },
        { messageId: 'ephemeral', path: 'spec.ephemeralContainers', line: 13, column: 3, message: 'Forbidden: static pods do not support ephemeral containers' },
      ],
    },
  ],
});
