import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-run-as-user.js';

const R = { podSecurityLevel: 'restricted' as const };
const code = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostUsers: false\n  securityContext:\n    runAsUser: 0\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        runAsUser: 0\n';

new RuleTester().run(rule, {
  valid: [
    { ...R, code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    runAsUser: 1000\n  containers:\n    - name: app\n      image: x\n' },
    { ...R, name: 'user namespace from policy 1.35', code, kubernetesVersion: '1.35' },
  ],
  invalid: [
    {
      ...R,
      name: 'user namespace at policy 1.34',
      code,
      kubernetesVersion: '1.34',
      errors: [
        { messageId: 'violation', path: 'spec.securityContext.runAsUser', line: 8, column: 5, message: 'runAsUser=0 (pod must not set runAsUser=0)' },
        { messageId: 'violation', path: 'spec.containers[0].securityContext.runAsUser', line: 13, column: 9, message: 'container "app" must not set runAsUser=0' },
      ],
    },
  ],
});
