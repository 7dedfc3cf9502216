import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-pod-restart-policy.js';

const pod = (policy: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  restartPolicy: ${policy}
  containers:
    - {name: a, image: x}
`;
const workload = (apiVersion: string, kind: string, policy: string): string => `apiVersion: ${apiVersion}
kind: ${kind}
metadata: {name: w}
spec:
  selector: {matchLabels: {app: w}}
  template:
    metadata: {labels: {app: w}}
    spec:
${policy}      containers:
        - {name: a, image: x}
`;
const job = (policy: string, extra = ''): string => `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
${extra}  template:
    spec:
${policy}      containers:
        - {name: a, image: x}
`;

new RuleTester().run(rule, {
  valid: [
    pod('Always'),
    pod('OnFailure'),
    pod('Never'),
    { name: 'empty string defaults to Always', code: pod('""') },
    workload('apps/v1', 'Deployment', ''),
    workload('apps/v1', 'DaemonSet', '      restartPolicy: Always\n'),
    job('      restartPolicy: OnFailure\n'),
    job('      restartPolicy: Never\n', '  podFailurePolicy:\n    rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]\n'),
    { name: 'PodTemplate allows any pod value', code: 'apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    restartPolicy: Never\n    containers: [{name: a, image: x}]\n' },
  ],
  invalid: [
    {
      code: pod('Sometimes'),
      errors: [{ messageId: 'unsupported', path: 'spec.restartPolicy', line: 6, column: 3, message: 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"' }],
    },
    {
      name: 'case matters',
      code: pod('always'),
      errors: [{ messageId: 'unsupported', path: 'spec.restartPolicy' }],
    },
    ...(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet'] as const).map((kind) => ({
      name: `${kind}: Always only`,
      code: workload('apps/v1', kind, '      restartPolicy: OnFailure\n'),
      errors: [{ messageId: 'alwaysOnly', path: 'spec.template.spec.restartPolicy', line: 9, column: 7, message: 'Unsupported value: "OnFailure": supported values: "Always"' }],
    })),
    {
      name: 'ReplicationController: Always only',
      code: 'apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: x}]\n',
      errors: [{ messageId: 'alwaysOnly', path: 'spec.template.spec.restartPolicy', line: 7, column: 7 }],
    },
    {
      name: 'Job without restartPolicy (defaults to Always)',
      code: job(''),
      errors: [{ messageId: 'jobRequired', path: 'spec.template.spec', line: 6, column: 5, message: 'Required value: valid values: "OnFailure", "Never"' }],
    },
    {
      name: 'Job with Always',
      code: job('      restartPolicy: Always\n'),
      errors: [{ messageId: 'jobRequired', path: 'spec.template.spec.restartPolicy', line: 7, column: 7 }],
    },
    {
      name: 'Job with podFailurePolicy needs Never',
      code: job('      restartPolicy: OnFailure\n', '  podFailurePolicy:\n    rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]\n'),
      errors: [{ messageId: 'podFailurePolicy', path: 'spec.template.spec.restartPolicy', line: 9, column: 7, message: 'Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified' }],
    },
    {
      name: 'CronJob path',
      code: `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - {name: a, image: x}
`,
      errors: [{ messageId: 'jobRequired', path: 'spec.jobTemplate.spec.template.spec', line: 9, column: 9 }],
    },
  ],
});
