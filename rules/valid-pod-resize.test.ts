import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-pod-resize.js';

/** A Pod with one container whose `resources:` block starts on line 8. */
const pod = (resources: string, extra = ''): string => `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources:
${resources}${extra}`;

const burstable = '        requests: {cpu: 100m, memory: 128Mi}\n        limits: {memory: 256Mi}\n';
const guaranteed = '        requests: {cpu: 500m, memory: 256Mi}\n        limits: {cpu: 500m, memory: 256Mi}\n';
const resize = { subresource: 'resize' as const };

new RuleTester().run(rule, {
  valid: [
    { ...resize, name: 'cpu request raised', previous: pod(burstable), code: pod('        requests: {cpu: 200m, memory: 128Mi}\n        limits: {memory: 256Mi}\n') },
    { ...resize, name: 'guaranteed stays guaranteed', previous: pod(guaranteed), code: pod('        requests: {cpu: "1", memory: 512Mi}\n        limits: {cpu: "1", memory: 512Mi}\n') },
    { ...resize, name: 'resizePolicy may change', previous: pod(burstable), code: pod(burstable, '      resizePolicy: [{resourceName: memory, restartPolicy: RestartContainer}]\n') },
    { ...resize, name: 'sidecar resized', previous: pod(burstable, '  initContainers:\n    - {name: proxy, image: envoy:1, restartPolicy: Always, resources: {requests: {cpu: 50m}}}\n'), code: pod(burstable, '  initContainers:\n    - {name: proxy, image: envoy:1, restartPolicy: Always, resources: {requests: {cpu: 80m}}}\n') },
    { ...resize, name: 'init container resized from 1.36', kubernetesVersion: '1.36', previous: pod(burstable, '  initContainers:\n    - {name: init, image: busybox:1, resources: {requests: {cpu: 50m}}}\n'), code: pod(burstable, '  initContainers:\n    - {name: init, image: busybox:1, resources: {requests: {cpu: 80m}}}\n') },
    { ...resize, name: 'pod-level resources resized from 1.36', kubernetesVersion: '1.36', previous: pod(burstable, '  resources: {requests: {cpu: "1"}, limits: {cpu: "2"}}\n'), code: pod(burstable, '  resources: {requests: {cpu: "1"}, limits: {cpu: "3"}}\n') },
    { name: 'not a resize: judged by valid-pod-update', previous: pod(burstable), code: pod('        requests: {cpu: 200m, memory: 128Mi}\n        limits: {memory: 256Mi}\n') },
  ],
  invalid: [
    {
      ...resize,
      name: 'resize before 1.33',
      kubernetesVersion: '1.32',
      previous: pod(burstable),
      code: pod('        requests: {cpu: 200m, memory: 128Mi}\n        limits: {memory: 256Mi}\n'),
      errors: [{ messageId: 'notAvailable', path: 'spec', line: 4, column: 1 }],
    },
    {
      ...resize,
      name: 'QoS class change',
      previous: pod(guaranteed),
      code: pod('        requests: {cpu: 250m, memory: 256Mi}\n        limits: {cpu: 500m, memory: 256Mi}\n'),
      errors: [{ messageId: 'qosChanged', path: 'spec', line: 4, column: 1, message: 'spec: Invalid value: "Guaranteed": Pod QOS Class may not change as a result of resizing (the new resources make it Burstable)' }],
    },
    {
      ...resize,
      name: 'limit removed',
      previous: pod(burstable),
      code: pod('        requests: {cpu: 100m, memory: 128Mi}\n'),
      errors: [{ messageId: 'resourcesRemoved', path: 'spec.containers[0].resources.limits', line: 8, column: 7, message: 'Forbidden: resource limits cannot be removed' }],
    },
    {
      ...resize,
      name: 'ephemeral-storage is not resizable',
      previous: pod(burstable),
      code: pod('        requests: {cpu: 100m, memory: 128Mi, ephemeral-storage: 1Gi}\n        limits: {memory: 256Mi}\n'),
      errors: [{ messageId: 'onlyCpuMemory', path: 'spec.containers[0].resources.requests.ephemeral-storage', line: 9, column: 46 }],
    },
    {
      ...resize,
      name: 'container renamed',
      previous: pod(burstable),
      code: pod(burstable).replace('name: app', 'name: web'),
      errors: [{ messageId: 'renamedOrReordered', path: 'spec.containers[0].name', line: 6, column: 7 }],
    },
    {
      ...resize,
      name: 'container added',
      previous: pod(burstable),
      code: pod(burstable, '    - {name: b, image: b:1}\n'),
      errors: [{ messageId: 'addedOrRemoved', path: 'spec.containers', line: 5, column: 3 }],
    },
    {
      ...resize,
      name: 'static pod (staticPodPaths)',
      config: { staticPodPaths: ['manifests/**'] },
      filename: 'manifests/web.yaml',
      previous: pod(burstable),
      code: pod('        requests: {cpu: 200m, memory: 128Mi}\n        limits: {memory: 256Mi}\n'),
      errors: [{ messageId: 'staticPod', line: 1, column: 1 }],
    },
    {
      ...resize,
      name: 'mirror pod',
      previous: pod(burstable).replace('{name: web}', '{name: web, annotations: {kubernetes.io/config.mirror: abc}}'),
      code: pod('        requests: {cpu: 200m, memory: 128Mi}\n        limits: {memory: 256Mi}\n').replace('{name: web}', '{name: web, annotations: {kubernetes.io/config.mirror: abc}}'),
      errors: [{ messageId: 'staticPod' }],
    },
    {
      ...resize,
      name: 'windows pod',
      previous: pod(burstable, '  os: {name: windows}\n'),
      code: pod('        requests: {cpu: 200m, memory: 128Mi}\n        limits: {memory: 256Mi}\n', '  os: {name: windows}\n'),
      errors: [{ messageId: 'windowsPod', path: 'spec.os.name', line: 11, column: 8 }],
    },
    {
      ...resize,
      name: 'init container before 1.36',
      kubernetesVersion: '1.35',
      previous: pod(burstable, '  initContainers:\n    - {name: init, image: busybox:1, resources: {requests: {cpu: 50m}}}\n'),
      code: pod(burstable, '  initContainers:\n    - {name: init, image: busybox:1, resources: {requests: {cpu: 80m}}}\n'),
      errors: [{ messageId: 'initNotResizable', path: 'spec.initContainers[0].resources', line: 12, column: 38 }],
    },
    {
      ...resize,
      name: 'pod-level resources before 1.36',
      kubernetesVersion: '1.35',
      previous: pod(burstable, '  resources: {limits: {cpu: "2"}}\n'),
      code: pod(burstable, '  resources: {limits: {cpu: "3"}}\n'),
      errors: [{ messageId: 'podLevelResources', path: 'spec.resources', line: 11, column: 3 }],
    },
    {
      ...resize,
      name: 'pod-level: a limit removed and ephemeral-storage added (1.36)',
      kubernetesVersion: '1.36',
      previous: pod(burstable, '  resources: {requests: {cpu: "1"}, limits: {cpu: "2"}}\n'),
      code: pod(burstable, '  resources: {requests: {cpu: "1", ephemeral-storage: 1Gi}}\n'),
      errors: [
        { messageId: 'podLevelRemoved', path: 'spec.resources.limits', line: 11, column: 3, message: 'pod-level resource limits cannot be removed' },
        { messageId: 'onlyCpuMemoryPodLevel', path: 'spec.resources.requests.ephemeral-storage', line: 11, column: 36 },
      ],
    },
    {
      ...resize,
      name: 'other changes are dropped by the resize subresource: warning',
      previous: pod(burstable),
      code: pod(burstable).replace('nginx:1.27', 'nginx:1.28'),
      errors: [{ messageId: 'ignored', path: 'spec.containers[0].image', line: 7, column: 7, severity: 'warning' }],
    },
  ],
});
