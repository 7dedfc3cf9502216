import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-capabilities-baseline.js';

const pod = (containers: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${containers}`;

new RuleTester().run(rule, {
  valid: [
    pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        capabilities:\n          add: [AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT]\n          drop: [NET_RAW]\n'),
    { name: 'overridden by capabilities_restricted at the restricted level', code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        capabilities:\n          add: [SYS_ADMIN]\n'), podSecurityLevel: 'restricted' },
    { name: 'privileged level', code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        capabilities:\n          add: [SYS_ADMIN]\n'), podSecurityLevel: 'privileged' },
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        capabilities:\n          add:\n            - CHOWN\n            - NET_ADMIN\n            - chown\n            - CAP_CHOWN\n'),
      errors: [
        { messageId: 'violation', path: 'spec.containers[0].securityContext.capabilities.add[1]', line: 13, column: 15, message: 'non-default capabilities (container "app" must not include "NET_ADMIN" in securityContext.capabilities.add)' },
        { messageId: 'violation', path: 'spec.containers[0].securityContext.capabilities.add[2]', line: 14, column: 15 },
        { messageId: 'violation', path: 'spec.containers[0].securityContext.capabilities.add[3]', line: 15, column: 15 },
      ],
    },
    {
      name: 'every container role',
      code: pod('  initContainers:\n    - name: init\n      image: x\n      securityContext: {capabilities: {add: [SYS_PTRACE]}}\n    - name: sidecar\n      image: x\n      restartPolicy: Always\n      securityContext: {capabilities: {add: [NET_RAW]}}\n  containers:\n    - name: app\n      image: x\n  ephemeralContainers:\n    - name: debug\n      image: x\n      securityContext: {capabilities: {add: [SYS_ADMIN]}}\n'),
      errors: [
        { messageId: 'violation', path: 'spec.initContainers[0].securityContext.capabilities.add[0]', line: 9, column: 46 },
        { messageId: 'violation', path: 'spec.initContainers[1].securityContext.capabilities.add[0]', line: 13, column: 46, message: 'container "sidecar"' },
        { messageId: 'violation', path: 'spec.ephemeralContainers[0].securityContext.capabilities.add[0]', line: 20, column: 46, message: 'container "debug"' },
      ],
    },
    {
      name: 'restricted level before policy 1.22 still runs the baseline check',
      code: `apiVersion: v1
kind: Namespace
metadata:
  name: legacy
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.21
---
apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: legacy
spec:
  containers:
    - name: app
      image: x
      securityContext: {capabilities: {add: [SYS_ADMIN]}}
`,
      errors: [{ messageId: 'violation', path: 'spec.containers[0].securityContext.capabilities.add[0]', line: 18, column: 46, message: 'PodSecurity "restricted:v1.21"' }],
    },
  ],
});
