import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-run-as-non-root.js';

const R = { podSecurityLevel: 'restricted' as const };
const pod = (podSC: string, containerSC: string, extra = ''): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${extra}  securityContext: {${podSC}}
  containers:
    - name: app
      image: x
      securityContext: {${containerSC}}
`;

new RuleTester().run(rule, {
  valid: [
    { ...R, name: 'pod true, container unset (inherited)', code: pod('runAsNonRoot: true', '') },
    { ...R, name: 'pod unset, container true', code: pod('', 'runAsNonRoot: true') },
    { ...R, name: 'user namespace from policy 1.35', code: pod('', '', '  hostUsers: false\n'), kubernetesVersion: '1.35' },
    { name: 'baseline level', code: pod('', '') },
  ],
  invalid: [
    { ...R, name: 'pod unset, container unset', code: pod('', ''), errors: [{ messageId: 'violation', path: 'spec.containers[0]', line: 8, column: 7, message: 'pod or container "app" must set securityContext.runAsNonRoot=true' }] },
    { ...R, name: 'pod true, container false', code: pod('runAsNonRoot: true', 'runAsNonRoot: false'), errors: [{ messageId: 'violation', path: 'spec.containers[0].securityContext.runAsNonRoot', line: 10, column: 25, message: 'container "app" must not set securityContext.runAsNonRoot=false' }] },
    { ...R, name: 'pod false, container true: the pod field decides', code: pod('runAsNonRoot: false', 'runAsNonRoot: true'), errors: [{ messageId: 'violation', path: 'spec.securityContext.runAsNonRoot', line: 6, column: 21, message: 'pod must not set securityContext.runAsNonRoot=false' }] },
    { ...R, name: 'runAsUser is not runAsNonRoot', code: pod('runAsUser: 1000', ''), errors: 1 },
    { ...R, name: 'user namespace at policy 1.34', code: pod('', '', '  hostUsers: false\n'), kubernetesVersion: '1.34', errors: 1 },
    {
      name: 'a Namespace labelled enforce: restricted in the same run',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: secure\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n---\n' + pod('', '').replace('  name: p\n', '  name: p\n  namespace: secure\n'),
      errors: [{ messageId: 'violation', path: 'spec.containers[0]', line: 16, column: 7 }],
    },
    {
      ...R,
      name: 'init and ephemeral containers inherit too',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n    - name: init\n      image: x\n  containers:\n    - name: app\n      image: x\n      securityContext: {runAsNonRoot: true}\n  ephemeralContainers:\n    - name: debug\n      image: x\n',
      errors: [
        { messageId: 'violation', path: 'spec.initContainers[0]', line: 7, column: 7 },
        { messageId: 'violation', path: 'spec.ephemeralContainers[0]', line: 14, column: 7 },
      ],
    },
  ],
});
