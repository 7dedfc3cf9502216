import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './unnecessary-privilege.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

new RuleTester().run(rule, {
  valid: [
    pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        capabilities: {add: [NET_ADMIN]}\n'),
    { name: 'node-wide sysctls need privilege', code: pod('  initContainers:\n    - name: sysctl\n      image: busybox\n      command: ["sysctl", "-w", "vm.max_map_count=262144"]\n      securityContext: {privileged: true}\n  containers:\n    - name: app\n      image: x\n') },
    { name: 'an init container that does more than sysctls', code: pod('  initContainers:\n    - name: setup\n      image: busybox\n      command: ["sh", "-c", "sysctl -w net.core.somaxconn=1024 && mount --make-rshared /"]\n      securityContext: {privileged: true}\n  containers:\n    - name: app\n      image: x\n') },
    { name: 'a privileged sidecar without app containers is not a pod to share', code: pod('  initContainers:\n    - name: proxy\n      image: x\n      restartPolicy: Always\n      securityContext: {privileged: true}\n  containers: []\n') },
    { name: 'a privileged app container with an empty capability list', code: pod('  containers:\n    - name: app\n      image: x\n      securityContext: {privileged: true, capabilities: {add: []}}\n') },
  ],
  invalid: [
    {
      name: 'capabilities added to a privileged container',
      code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        privileged: true\n        capabilities:\n          add: [NET_ADMIN]\n'),
      errors: [{ messageId: 'redundantCapabilities', path: 'spec.containers[0].securityContext.capabilities.add', line: 12, column: 11 }],
    },
    {
      name: 'a privileged init container that only sets namespaced sysctls',
      code: pod('  initContainers:\n    - name: tune\n      image: busybox\n      command:\n        - sh\n        - -c\n        - |\n          sysctl -w net.core.somaxconn=4096\n          sysctl -w net.ipv4.tcp_syncookies=1\n      securityContext:\n        privileged: true\n  containers:\n    - name: app\n      image: x\n'),
      errors: [{ messageId: 'sysctlInitContainer', path: 'spec.initContainers[0].securityContext.privileged', line: 16, column: 9, message: 'init container "tune" is privileged only to set namespaced sysctls (net.core.somaxconn, net.ipv4.tcp_syncookies)' }],
    },
    {
      name: 'a privileged native sidecar next to an app container, in a Deployment',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      initContainers:\n        - name: mesh\n          image: x\n          restartPolicy: Always\n          securityContext:\n            privileged: true\n      containers:\n        - name: app\n          image: x\n',
      errors: [{ messageId: 'privilegedSidecar', path: 'spec.template.spec.initContainers[0].securityContext.privileged', line: 15, column: 13, message: 'sidecar "mesh" is privileged' }],
    },
  ],
});
