import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-allow-privilege-escalation.js';

const R = { podSecurityLevel: 'restricted' as const };
const roles = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: init
      image: x
    - name: sidecar
      image: x
      restartPolicy: Always
      securityContext:
        allowPrivilegeEscalation: true
  containers:
    - name: app
      image: x
      securityContext:
        runAsNonRoot: true
  ephemeralContainers:
    - name: debug
      image: x
      securityContext: {allowPrivilegeEscalation: false}
`;
const windows = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  os: {name: windows}\n  containers:\n    - name: app\n      image: x\n';

new RuleTester().run(rule, {
  valid: [
    { ...R, code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        allowPrivilegeEscalation: false\n' },
    { name: 'baseline level (the default) does not run restricted checks', code: roles },
    { ...R, name: 'Windows pods are exempt from policy 1.25', code: windows },
  ],
  invalid: [
    {
      ...R,
      name: 'every container role; a missing field points at the container',
      code: roles,
      errors: [
        { messageId: 'violation', path: 'spec.initContainers[0]', line: 7, column: 7, message: 'PodSecurity "restricted:v1.37": allowPrivilegeEscalation != false (container "init" must set securityContext.allowPrivilegeEscalation=false)' },
        { messageId: 'violation', path: 'spec.initContainers[1].securityContext.allowPrivilegeEscalation', line: 13, column: 9 },
        { messageId: 'violation', path: 'spec.containers[0]', line: 15, column: 7 },
      ],
    },
    {
      name: 'Windows pods at policy 1.24',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: win\n  labels: {pod-security.kubernetes.io/enforce: restricted, pod-security.kubernetes.io/enforce-version: v1.24}\n---\n' + windows.replace('  name: p\n', '  name: p\n  namespace: win\n'),
      errors: [{ messageId: 'violation', path: 'spec.containers[0]', line: 15, column: 7, message: 'restricted:v1.24' }],
    },
  ],
});
