import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './unique-container-names.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

new RuleTester().run(rule, {
  valid: [
    pod('  containers:\n    - {name: a, image: x}\n    - {name: b, image: x}\n'),
    pod('  initContainers:\n    - {name: init, image: x}\n  containers:\n    - {name: app, image: x}\n  ephemeralContainers:\n    - {name: dbg, image: x}\n'),
    { name: 'empty names are left to the name rules', code: pod('  containers:\n    - {name: "", image: x}\n    - {name: "", image: x}\n') },
  ],
  invalid: [
    {
      name: 'regular vs regular: the later one',
      code: pod('  containers:\n    - name: app\n      image: x\n    - name: app\n      image: y\n'),
      errors: [{ messageId: 'duplicate', path: 'spec.containers[1].name', line: 9, column: 7, message: 'spec.containers[1].name: Duplicate value: "app"' }],
    },
    {
      name: 'init vs regular: reported on the init container even though it comes first in the file',
      code: pod('  initContainers:\n    - name: app\n      image: x\n  containers:\n    - name: app\n      image: y\n'),
      errors: [{ messageId: 'duplicate', path: 'spec.initContainers[0].name', line: 7, column: 7 }],
    },
    {
      name: 'ephemeral vs init',
      code: pod('  initContainers:\n    - {name: dbg, image: x}\n  containers:\n    - {name: app, image: y}\n  ephemeralContainers:\n    - {name: dbg, image: z}\n'),
      errors: [{ messageId: 'duplicate', path: 'spec.ephemeralContainers[0].name', line: 11, column: 8 }],
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
      containers:
        - {name: web, image: x}
        - {name: web, image: y}
`,
      errors: [{ messageId: 'duplicate', path: 'spec.template.spec.containers[1].name', line: 11, column: 12 }],
    },
  ],
});
