import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-proc-mount-restricted.js';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  hostUsers: false
  containers:
    - name: app
      image: x
  ephemeralContainers:
    - name: debug
      image: x
      securityContext:
        procMount: Unmasked
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'baseline level', code: pod, kubernetesVersion: '1.35' },
    { name: 'policy 1.34 has no such check', code: pod, kubernetesVersion: '1.34', podSecurityLevel: 'restricted' },
    { code: pod.replace('Unmasked', 'Default'), kubernetesVersion: '1.35', podSecurityLevel: 'restricted' },
  ],
  invalid: [
    {
      code: pod,
      kubernetesVersion: '1.35',
      podSecurityLevel: 'restricted',
      errors: [{ messageId: 'violation', path: 'spec.ephemeralContainers[0].securityContext.procMount', line: 14, column: 9, message: 'PodSecurity "restricted:v1.35": procMount (container "debug"' }],
    },
  ],
});
