import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './volume-mount-references-volume.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

new RuleTester().run(rule, {
  valid: [
    pod('  volumes:\n    - {name: data, emptyDir: {}}\n  containers:\n    - name: a\n      image: x\n      volumeMounts:\n        - {name: data, mountPath: /d}\n'),
    pod('  containers:\n    - {name: a, image: x}\n'),
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: a\n      image: x\n      volumeMounts:\n        - name: data\n          mountPath: /d\n'),
      errors: [{ messageId: 'notFound', path: 'spec.containers[0].volumeMounts[0].name', line: 10, column: 11, message: 'Not found: "data"' }],
    },
    {
      name: 'case differs: suggests the declared name',
      code: pod('  volumes:\n    - {name: cache, emptyDir: {}}\n  initContainers:\n    - name: s\n      image: x\n      restartPolicy: Always\n      volumeMounts: [{name: Cache, mountPath: /c}]\n  containers:\n    - {name: a, image: x}\n'),
      errors: [{ messageId: 'notFound', path: 'spec.initContainers[0].volumeMounts[0].name', line: 12, column: 23, message: 'did you mean "cache"' }],
    },
    {
      name: 'ephemeral container in a Pod',
      code: pod('  containers:\n    - {name: a, image: x}\n  ephemeralContainers:\n    - name: dbg\n      image: x\n      volumeMounts:\n        - {name: gone, mountPath: /g}\n'),
      errors: [{ messageId: 'notFound', path: 'spec.ephemeralContainers[0].volumeMounts[0].name' }],
    },
  ],
});
