import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-tolerations.js';

/** A Pod whose first toleration is on line 8. */
const pod = (tolerations: string): string => `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
    - {name: app, image: nginx:1.27}
  tolerations:
${tolerations}`;

new RuleTester().run(rule, {
  valid: [
    pod('    - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}\n'),
    pod('    - {key: example.com/dedicated, value: gpu}\n'),
    pod('    - operator: Exists\n'),
    pod('    - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 300}\n'),
    pod('    - {key: a, operator: Exists, effect: PreferNoSchedule}\n'),
    {
      name: 'update: a valid toleration added',
      previous: pod('    - {key: a, operator: Exists}\n'),
      code: pod('    - {key: a, operator: Exists}\n    - {key: b, operator: Exists}\n'),
    },
  ],
  invalid: [
    {
      code: pod('    - {key: "-bad", operator: Exists}\n'),
      errors: [{ messageId: 'invalidKey', path: 'spec.tolerations[0].key', line: 8, column: 8, message: 'Invalid value: "-bad": name part must consist of alphanumeric characters' }],
    },
    {
      name: 'empty key needs Exists',
      code: pod('    - {operator: Equal, value: x}\n'),
      errors: [{ messageId: 'emptyKeyOperator', path: 'spec.tolerations[0].operator', line: 8, column: 8 }],
    },
    {
      name: 'tolerationSeconds needs NoExecute',
      code: pod('    - {key: a, operator: Exists, effect: NoSchedule, tolerationSeconds: 60}\n'),
      errors: [{ messageId: 'secondsWithoutNoExecute', path: 'spec.tolerations[0].effect', line: 8, column: 34, message: 'Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set' }],
    },
    {
      name: 'value with Exists',
      code: pod('    - {key: a, operator: Exists, value: x}\n'),
      errors: [{ messageId: 'valueWithExists', path: 'spec.tolerations[0].operator', line: 8, column: 16 }],
    },
    {
      name: 'invalid value is reported at operator, as the API server does',
      code: pod('    - key: a\n      operator: Equal\n      value: "not valid"\n'),
      errors: [{ messageId: 'invalidValue', path: 'spec.tolerations[0].operator', line: 9, column: 7, message: 'Invalid value: "not valid": a valid label must be an empty string' }],
    },
    {
      name: 'comparison operators are not enabled by default',
      code: pod('    - {key: a, operator: Gt, value: "5"}\n'),
      errors: [{ messageId: 'unsupportedOperator', line: 8, column: 16, message: 'Unsupported value: "Gt": supported values: "Equal", "Exists"' }],
    },
    {
      name: 'unknown effect',
      code: pod('    - {key: a, operator: Exists, effect: NoScheduleNoAdmit}\n'),
      errors: [{ messageId: 'unsupportedEffect', path: 'spec.tolerations[0].effect', line: 8, column: 34 }],
    },
    {
      name: 'Deployment template',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: app, image: x:1}]
      tolerations:
        - {key: a, operator: exists}
`,
      errors: [{ messageId: 'unsupportedOperator', path: 'spec.template.spec.tolerations[0].operator', line: 11, column: 20 }],
    },
    {
      name: 'update: the added toleration is validated',
      previous: pod('    - {key: a, operator: Exists}\n'),
      code: pod('    - {key: a, operator: Exists}\n    - {key: b, operator: Exists, effect: NoSchedule, tolerationSeconds: 5}\n'),
      errors: [{ messageId: 'secondsWithoutNoExecute', path: 'spec.tolerations[1].effect', line: 9, column: 34 }],
    },
  ],
});
