import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-capabilities-restricted.js';

const R = { podSecurityLevel: 'restricted' as const };

new RuleTester().run(rule, {
  valid: [
    { ...R, code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        capabilities:\n          drop: [ALL]\n          add: [NET_BIND_SERVICE]\n' },
    { ...R, name: 'Windows pods are exempt', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  os: {name: windows}\n  containers:\n    - name: app\n      image: x\n' },
    { name: 'baseline level', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n' },
  ],
  invalid: [
    {
      ...R,
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        capabilities:\n          drop: [all]\n          add: [NET_BIND_SERVICE, CHOWN]\n    - name: other\n      image: x\n',
      errors: [
        { messageId: 'violation', path: 'spec.containers[0].securityContext.capabilities.drop', line: 11, column: 11, message: 'unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"])' },
        { messageId: 'violation', path: 'spec.containers[0].securityContext.capabilities.add[1]', line: 12, column: 35, message: 'must not include "CHOWN"' },
        { messageId: 'violation', path: 'spec.containers[1]', line: 13, column: 7 },
      ],
    },
  ],
});
