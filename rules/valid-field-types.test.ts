import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-field-types.js';

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "1_"\n  labels: {version: "1.10"}\nspec:\n  containers:\n    - name: app\n      image: nginx\n      ports: [{containerPort: 8080}]\n      livenessProbe: {httpGet: {port: http}}\n      resources: {limits: {cpu: 1, memory: 1Gi}}\n',
    { name: 'null decodes to the zero value', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\nspec:\n  containers:\n    - name: app\n      image:\n' },
    { name: 'keys named like Object.prototype properties are unknown fields', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  constructor: 5\n  containers: [{name: a, image: b, toString: 1, __proto__: 2}]\n' },
    { name: 'unknown fields are not type-checked here', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  futureField: 1\n  containers: [{name: a, image: b, futureField: yes}]\n' },
  ],
  invalid: [
    {
      name: 'name: 1_ is the number 1 to kubectl',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: 1_\nspec:\n  containers:\n    - name: app\n      image: nginx\n',
      errors: [{ messageId: 'wrongType', path: 'metadata.name', line: 4, column: 3, message: 'metadata.name: Invalid value: 1: must be a string' }],
    },
    {
      name: 'label value 1.10 is a number; container port "8080" a string; privileged "true" a string',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  template:
    metadata:
      labels: {app: d, version: 1.10}
    spec:
      containers:
        - name: app
          image: nginx
          ports:
            - containerPort: "8080"
          securityContext:
            privileged: "true"
`,
      errors: [
        { messageId: 'wrongType', path: 'spec.template.metadata.labels.version', line: 8, column: 24, message: 'Quote the value' },
        { messageId: 'wrongType', path: 'spec.template.spec.containers[0].ports[0].containerPort', line: 14, column: 15, message: 'without quotes' },
        { messageId: 'wrongType', path: 'spec.template.spec.containers[0].securityContext.privileged', line: 16, column: 13, message: 'true or false' },
      ],
    },
    {
      name: 'env value yes is a boolean; a list given as a map',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: nginx\n      env:\n        - {name: DEBUG, value: yes}\n      args: {a: b}\n',
      errors: [
        { messageId: 'wrongType', path: 'spec.containers[0].env[0].value', line: 9, column: 25, message: 'JSON bool' },
        { messageId: 'wrongType', path: 'spec.containers[0].args', line: 10, column: 7, message: 'must be a list' },
      ],
    },
  ],
});
