import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-resize-policy.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;
const app = (policy: string, extra = ''): string =>
  pod(`${extra}  containers:
    - name: app
      image: x
      resizePolicy:
${policy}`);

new RuleTester().run(rule, {
  valid: [
    app('        - {resourceName: cpu, restartPolicy: NotRequired}\n        - {resourceName: memory, restartPolicy: RestartContainer}\n'),
    { name: 'Never pods with NotRequired', code: app('        - {resourceName: memory, restartPolicy: NotRequired}\n', '  restartPolicy: Never\n') },
    { name: 'sidecars may restart to resize', code: pod('  initContainers:\n    - name: s\n      image: x\n      restartPolicy: Always\n      resizePolicy: [{resourceName: memory, restartPolicy: RestartContainer}]\n  containers:\n    - {name: a, image: x}\n') },
    { name: 'NotRequired on a plain init container from 1.36', code: pod('  initContainers:\n    - name: init\n      image: x\n      resizePolicy: [{resourceName: memory, restartPolicy: NotRequired}]\n  containers:\n    - {name: a, image: x}\n'), kubernetesVersion: '1.36' },
    { name: 'before 1.33 the field is dropped (rule off)', code: app('        - {resourceName: storage, restartPolicy: Sometimes}\n'), kubernetesVersion: '1.32' },
  ],
  invalid: [
    {
      name: 'unsupported resource, duplicate, unsupported policy',
      code: app('        - {resourceName: cpu, restartPolicy: NotRequired}\n        - {resourceName: cpu, restartPolicy: NotRequired}\n        - {resourceName: storage, restartPolicy: Sometimes}\n'),
      kubernetesVersion: '1.33',
      errors: [
        { messageId: 'duplicate', path: 'spec.containers[0].resizePolicy[1].resourceName', line: 11, column: 12, message: 'Duplicate value: "cpu"' },
        { messageId: 'resourceName', path: 'spec.containers[0].resizePolicy[2].resourceName', line: 12, column: 12, message: 'Unsupported value: "storage": supported values: "cpu", "memory"' },
        { messageId: 'policy', path: 'spec.containers[0].resizePolicy[2].restartPolicy', line: 12, column: 35, message: 'Unsupported value: "Sometimes": supported values: "NotRequired", "RestartContainer"' },
      ],
    },
    {
      name: 'missing fields',
      code: app('        - {resourceName: cpu}\n        - {restartPolicy: NotRequired}\n'),
      errors: [
        { messageId: 'required', path: 'spec.containers[0].resizePolicy[0]', line: 10, column: 11, message: 'Required value' },
        { messageId: 'required', path: 'spec.containers[0].resizePolicy[1]', line: 11, column: 11 },
      ],
    },
    {
      name: 'RestartContainer in a pod with restartPolicy Never',
      code: app('        - {resourceName: memory, restartPolicy: RestartContainer}\n', '  restartPolicy: Never\n'),
      errors: [{ messageId: 'neverPod', path: 'spec.containers[0].resizePolicy[0].restartPolicy', line: 11, column: 34, message: "must be 'NotRequired' when `restartPolicy` is 'Never'" }],
    },
    {
      name: 'a plain init container may not have resizePolicy before 1.36',
      code: pod('  initContainers:\n    - name: init\n      image: x\n      resizePolicy: [{resourceName: memory, restartPolicy: NotRequired}]\n  containers:\n    - {name: a, image: x}\n'),
      kubernetesVersion: '1.35',
      errors: [{ messageId: 'initContainerBefore136', path: 'spec.initContainers[0].resizePolicy', line: 9, column: 7, message: 'must not be set for init containers' }],
    },
    {
      name: 'RestartContainer on a plain init container (1.36+)',
      code: pod('  initContainers:\n    - name: init\n      image: x\n      resizePolicy: [{resourceName: memory, restartPolicy: RestartContainer}]\n  containers:\n    - {name: a, image: x}\n'),
      errors: [{ messageId: 'initContainer', path: 'spec.initContainers[0].resizePolicy[0].restartPolicy', line: 9, column: 45, message: "must not be set to 'RestartContainer' for non-sidecar initContainers" }],
    },
    {
      name: 'Job template (restartPolicy Never)',
      code: `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: a
          image: x
          resizePolicy: [{resourceName: cpu, restartPolicy: RestartContainer}]
`,
      errors: [{ messageId: 'neverPod', path: 'spec.template.spec.containers[0].resizePolicy[0].restartPolicy' }],
    },
  ],
});
