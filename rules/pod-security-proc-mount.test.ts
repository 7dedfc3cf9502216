import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-proc-mount.js';

const pod = (extra: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${extra}  containers:
    - name: app
      image: x
      securityContext:
        procMount: Unmasked
`;

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        procMount: Default\n',
    { name: 'user namespace from policy 1.35', code: pod('  hostUsers: false\n'), kubernetesVersion: '1.35' },
    { name: 'restricted replaces it with procMount_restricted from 1.35', code: pod(''), podSecurityLevel: 'restricted', kubernetesVersion: '1.35' },
  ],
  invalid: [
    { code: pod(''), errors: [{ messageId: 'violation', path: 'spec.containers[0].securityContext.procMount', line: 10, column: 9, message: 'must not set securityContext.procMount to "Unmasked"' }] },
    { name: 'user namespace at policy 1.34', code: pod('  hostUsers: false\n'), kubernetesVersion: '1.34', errors: [{ messageId: 'violation', path: 'spec.containers[0].securityContext.procMount', line: 11, column: 9 }] },
    { name: 'hostUsers true is not a user namespace', code: pod('  hostUsers: true\n'), kubernetesVersion: '1.35', errors: 1 },
    { name: 'restricted at 1.34 still uses the baseline check', code: pod(''), podSecurityLevel: 'restricted', kubernetesVersion: '1.34', errors: 1 },
  ],
});
