import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-duplicate-env.js';

const pod = (env: string, role = 'containers'): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  ${role}:
    - name: app
      image: x
      env:
${env}${role === 'containers' ? '' : '  containers:\n    - {name: main, image: x}\n'}`;

new RuleTester().run(rule, {
  valid: [
    pod('        - {name: A, value: "1"}\n        - {name: B, value: "2"}\n'),
    { name: 'the same name in two containers', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: a, image: x, env: [{name: A, value: "1"}]}\n    - {name: b, image: x, env: [{name: A, value: "2"}]}\n' },
  ],
  invalid: [
    {
      code: pod('        - name: LOG_LEVEL\n          value: info\n        - name: LOG_LEVEL\n          value: debug\n'),
      errors: [{ messageId: 'duplicate', path: 'spec.containers[0].env[1].name', line: 12, column: 11, message: 'hides previous definition of "LOG_LEVEL" (env[0])' }],
    },
    {
      name: 'native sidecar',
      code: pod('        - {name: A, value: "1"}\n        - {name: A, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n', 'initContainers'),
      errors: [{ messageId: 'duplicate', path: 'spec.initContainers[0].env[1].name' }],
    },
    {
      name: 'ephemeral container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x}]\n  ephemeralContainers:\n    - {name: d, image: x, env: [{name: X, value: "1"}, {name: X, value: "2"}]}\n',
      errors: [{ messageId: 'duplicate', path: 'spec.ephemeralContainers[0].env[1].name' }],
    },
  ],
});
