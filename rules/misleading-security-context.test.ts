import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './misleading-security-context.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

new RuleTester().run(rule, {
  valid: [
    pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        allowPrivilegeEscalation: false\n        readOnlyRootFilesystem: true\n        runAsNonRoot: true\n        capabilities: {add: [NET_ADMIN]}\n'),
    { name: 'SYS_ADMIN with escalation allowed is honest', code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        capabilities: {add: [SYS_ADMIN]}\n') },
    { name: 'the literal CAP_SYS_ADMIN is the API server\'s (valid-security-context)', code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities: {add: [CAP_SYS_ADMIN]}\n') },
    { name: 'privileged with runAsNonRoot false', code: pod('  securityContext: {runAsNonRoot: true}\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        privileged: true\n        runAsNonRoot: false\n') },
  ],
  invalid: [
    {
      name: 'SYS_ADMIN spellings the API server misses',
      code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities:\n          add: [SYS_ADMIN, sys_admin, NET_ADMIN]\n'),
      errors: [
        { messageId: 'sysAdminNoEscalation', path: 'spec.containers[0].securityContext.capabilities.add[0]', line: 12, column: 17, message: '"SYS_ADMIN" is added while allowPrivilegeEscalation is false' },
        { messageId: 'sysAdminNoEscalation', path: 'spec.containers[0].securityContext.capabilities.add[1]', line: 12, column: 28 },
      ],
    },
    {
      name: 'privileged with readOnlyRootFilesystem and an inherited runAsNonRoot (init container)',
      code: pod('  securityContext:\n    runAsNonRoot: true\n  initContainers:\n    - name: init\n      image: x\n      securityContext:\n        privileged: true\n        readOnlyRootFilesystem: true\n  containers:\n    - name: app\n      image: x\n'),
      errors: [
        { messageId: 'privilegedNonRoot', path: 'spec.initContainers[0].securityContext.privileged', line: 12, column: 9, message: 'runAsNonRoot (inherited from spec.securityContext)' },
        { messageId: 'privilegedReadOnly', path: 'spec.initContainers[0].securityContext.readOnlyRootFilesystem', line: 13, column: 9 },
      ],
    },
    {
      name: 'privileged with its own runAsNonRoot (ephemeral container)',
      code: pod('  containers:\n    - name: app\n      image: x\n  ephemeralContainers:\n    - name: debug\n      image: x\n      securityContext: {privileged: true, runAsNonRoot: true}\n'),
      errors: [{ messageId: 'privilegedNonRoot', path: 'spec.ephemeralContainers[0].securityContext.runAsNonRoot', line: 12, column: 43, message: 'runAsNonRoot (set on the container)' }],
    },
  ],
});
