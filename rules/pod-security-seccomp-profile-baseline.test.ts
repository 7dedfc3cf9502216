import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-seccomp-profile-baseline.js';

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        seccompProfile: {type: Localhost, localhostProfile: p.json}\n',
    { name: 'replaced by seccompProfile_restricted at the restricted level', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    seccompProfile: {type: Unconfined}\n  containers:\n    - name: app\n      image: x\n', podSecurityLevel: 'restricted' },
  ],
  invalid: [
    {
      name: 'pod level and an init container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    seccompProfile: {type: Unconfined}\n  initContainers:\n    - name: init\n      image: x\n      securityContext:\n        seccompProfile:\n          type: Unconfined\n  containers:\n    - name: app\n      image: x\n',
      errors: [
        { messageId: 'violation', path: 'spec.securityContext.seccompProfile.type', line: 7, column: 22, message: 'pod must not set securityContext.seccompProfile.type to "Unconfined"' },
        { messageId: 'violation', path: 'spec.initContainers[0].securityContext.seccompProfile.type', line: 13, column: 11 },
      ],
    },
    {
      name: 'policy before 1.19 checks the alpha annotations',
      code: `apiVersion: v1
kind: Namespace
metadata:
  name: old
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/enforce-version: v1.18
---
apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: old
  annotations:
    container.seccomp.security.alpha.kubernetes.io/app: unconfined
spec:
  containers:
    - name: app
      image: x
`,
      errors: [{ messageId: 'violation', path: 'metadata.annotations["container.seccomp.security.alpha.kubernetes.io/app"]', line: 15, column: 5 }],
    },
  ],
});
