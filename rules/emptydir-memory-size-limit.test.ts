import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './emptydir-memory-size-limit.js';

const pod = (emptyDir: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  volumes:
    - name: shm
      emptyDir:
${emptyDir}  containers:
    - {name: a, image: x, volumeMounts: [{name: shm, mountPath: /dev/shm}]}
`;

new RuleTester().run(rule, {
  valid: [pod('        medium: Memory\n        sizeLimit: 1Gi\n'), pod('        sizeLimit: 1Gi\n'), pod('        medium: ""\n')],
  invalid: [
    {
      code: pod('        medium: Memory\n'),
      errors: [{ messageId: 'noSizeLimit', path: 'spec.volumes[0].emptyDir', line: 8, column: 7, message: 'emptyDir "shm" is memory-backed (tmpfs) without a sizeLimit' }],
    },
    {
      name: 'Job template',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes: [{name: tmp, emptyDir: {medium: Memory}}]\n      containers: [{name: a, image: x, volumeMounts: [{name: tmp, mountPath: /tmp}]}]\n',
      errors: [{ messageId: 'noSizeLimit', path: 'spec.template.spec.volumes[0].emptyDir', line: 8, column: 29 }],
    },
  ],
});
