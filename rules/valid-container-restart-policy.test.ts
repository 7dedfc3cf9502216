import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-container-restart-policy.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

// A native sidecar: line 8 holds `restartPolicy: Always`.
const sidecar = pod(`  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.31
      restartPolicy: Always
  containers:
    - {name: app, image: example.com/app:1}
`);
const regularWithPolicy = (value: string): string =>
  pod(`  containers:
    - name: app
      image: example.com/app:1
      restartPolicy: ${value}
`);
const initWithPolicy = (value: string): string =>
  pod(`  initContainers:
    - name: migrate
      image: example.com/migrate:1
      restartPolicy: ${value}
  containers:
    - {name: app, image: example.com/app:1}
`);
const rules = (policy: string, body: string): string =>
  pod(`  containers:
    - name: app
      image: example.com/app:1
${policy}      restartPolicyRules:
${body}`);

new RuleTester().run(rule, {
  valid: [
    { name: 'native sidecar at 1.29', code: sidecar, kubernetesVersion: '1.29' },
    { name: 'native sidecar at 1.33', code: sidecar, kubernetesVersion: '1.33' },
    { name: 'native sidecar at 1.34 (Always is not dropped)', code: sidecar, kubernetesVersion: '1.34' },
    { name: 'native sidecar at 1.37', code: sidecar },
    { name: 'no container restartPolicy at 1.27', code: pod('  containers:\n    - {name: app, image: x}\n'), kubernetesVersion: '1.27' },
    { name: 'regular container Never at 1.35', code: regularWithPolicy('Never'), kubernetesVersion: '1.35' },
    { name: 'init container OnFailure at 1.35', code: initWithPolicy('OnFailure'), kubernetesVersion: '1.35' },
    {
      name: 'restart rules with a policy at 1.35',
      code: rules('      restartPolicy: Never\n', '        - action: Restart\n          exitCodes: {operator: In, values: [42]}\n'),
      kubernetesVersion: '1.35',
    },
    {
      name: 'RestartAllContainers action from 1.36',
      code: rules('      restartPolicy: Never\n', '        - action: RestartAllContainers\n          exitCodes: {operator: NotIn, values: [0]}\n'),
      kubernetesVersion: '1.36',
    },
    {
      name: 'sidecars may have restart rules from 1.36',
      code: pod(`  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.31
      restartPolicy: Always
      restartPolicyRules:
        - {action: RestartAllContainers, exitCodes: {operator: In, values: [1]}}
  containers:
    - {name: app, image: x}
`),
      kubernetesVersion: '1.36',
    },
    {
      name: 'ephemeral containers are left to valid-ephemeral-containers',
      code: pod('  containers:\n    - {name: app, image: x}\n  ephemeralContainers:\n    - {name: dbg, image: busybox, restartPolicy: Never}\n'),
      kubernetesVersion: '1.30',
    },
  ],
  invalid: [
    {
      name: '1.27: the field does not exist',
      code: sidecar,
      kubernetesVersion: '1.27',
      errors: [{ messageId: 'unknownField', path: 'spec.initContainers[0].restartPolicy', line: 9, column: 7, message: 'never gets past it' }],
    },
    {
      name: '1.28: SidecarContainers is off, the field is dropped',
      code: sidecar,
      kubernetesVersion: '1.28',
      errors: [{ messageId: 'droppedSidecar', path: 'spec.initContainers[0].restartPolicy', line: 9, column: 7 }],
    },
    {
      name: '1.28: regular containers may not set it',
      code: regularWithPolicy('Always'),
      kubernetesVersion: '1.28',
      errors: [{ messageId: 'nonInit', path: 'spec.containers[0].restartPolicy', line: 9, column: 7, message: 'Forbidden: may not be set for non-init containers' }],
    },
    {
      name: '1.33: init containers only Always',
      code: initWithPolicy('OnFailure'),
      kubernetesVersion: '1.33',
      errors: [{ messageId: 'initOnlyAlways', path: 'spec.initContainers[0].restartPolicy', line: 9, column: 7, message: 'Unsupported value: "OnFailure": supported values: "Always"' }],
    },
    {
      name: '1.33: regular containers may not set it',
      code: regularWithPolicy('Never'),
      kubernetesVersion: '1.33',
      errors: [{ messageId: 'nonInit', path: 'spec.containers[0].restartPolicy' }],
    },
    {
      name: '1.34: a regular container policy is silently dropped',
      code: regularWithPolicy('Never'),
      kubernetesVersion: '1.34',
      errors: [{ messageId: 'droppedRestartRules', path: 'spec.containers[0].restartPolicy', message: 'field is dropped' }],
    },
    {
      name: '1.34: a non-Always init policy is dropped too',
      code: initWithPolicy('Never'),
      kubernetesVersion: '1.34',
      errors: [{ messageId: 'droppedRestartRules', path: 'spec.initContainers[0].restartPolicy' }],
    },
    {
      name: '1.34: restart rules are dropped',
      code: rules('      restartPolicy: Never\n', '        - action: Restart\n          exitCodes: {operator: In, values: [42]}\n'),
      kubernetesVersion: '1.34',
      errors: [
        { messageId: 'droppedRestartRules', path: 'spec.containers[0].restartPolicy', line: 9, column: 7 },
        { messageId: 'droppedRestartRules', path: 'spec.containers[0].restartPolicyRules', line: 10, column: 7 },
      ],
    },
    {
      name: '1.35: unsupported value',
      code: regularWithPolicy('Sometimes'),
      kubernetesVersion: '1.35',
      errors: [{ messageId: 'unsupported', path: 'spec.containers[0].restartPolicy', line: 9, column: 7, message: 'Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"' }],
    },
    {
      name: '1.35: rules without a restartPolicy',
      code: rules('', '        - action: Restart\n          exitCodes: {operator: In, values: [42]}\n'),
      kubernetesVersion: '1.35',
      errors: [{ messageId: 'rulesNeedPolicy', path: 'spec.containers[0]', line: 7, column: 7, message: 'must specify restartPolicy when restart rules are used' }],
    },
    {
      name: '1.35: rule shape (action, operator, exitCodes)',
      code: rules(
        '      restartPolicy: Never\n',
        '        - action: RestartAllContainers\n          exitCodes: {operator: Equals, values: [1]}\n        - action: Restart\n        - exitCodes: {values: [2]}\n',
      ),
      kubernetesVersion: '1.35',
      errors: [
        { messageId: 'ruleAction', path: 'spec.containers[0].restartPolicyRules[0].action', line: 11, column: 11, message: 'supported values: "Restart"' },
        { messageId: 'ruleOperator', path: 'spec.containers[0].restartPolicyRules[0].exitCodes.operator', line: 12, column: 23 },
        { messageId: 'ruleExitCodes', path: 'spec.containers[0].restartPolicyRules[1]', line: 13, column: 11 },
        { messageId: 'ruleActionMissing', path: 'spec.containers[0].restartPolicyRules[2]', line: 14, column: 11, message: 'Required value: action must be set' },
        { messageId: 'ruleOperatorMissing', path: 'spec.containers[0].restartPolicyRules[2].exitCodes', line: 14, column: 11, message: 'exitCodes.operator must be set' },
      ],
    },
    {
      name: '1.35: sidecars may not have rules yet',
      code: pod(`  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.31
      restartPolicy: Always
      restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [1]}}
  containers:
    - {name: app, image: x}
`),
      kubernetesVersion: '1.35',
      errors: [{ messageId: 'sidecarRules', path: 'spec.initContainers[0].restartPolicyRules', line: 10, column: 7 }],
    },
    {
      name: 'too many rules and values',
      code: rules(
        '      restartPolicy: Never\n',
        `${'        - {action: Restart, exitCodes: {operator: In, values: [1]}}\n'.repeat(21)}`,
      ),
      errors: [{ messageId: 'tooManyRules', path: 'spec.containers[0].restartPolicyRules', message: 'Too many: 21: must have at most 20 items' }],
    },
    {
      name: 'too many exit code values',
      code: rules('      restartPolicy: Never\n', `        - {action: Restart, exitCodes: {operator: In, values: [${Array.from({ length: 256 }, (_, i) => i).join(', ')}]}}\n`),
      errors: [{ messageId: 'tooManyValues', path: 'spec.containers[0].restartPolicyRules[0].exitCodes.values' }],
    },
    {
      name: 'Deployment template path',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  template:
    metadata: {labels: {app: d}}
    spec:
      containers:
        - name: app
          image: x
          restartPolicy: Always
`,
      kubernetesVersion: '1.30',
      errors: [{ messageId: 'nonInit', path: 'spec.template.spec.containers[0].restartPolicy', line: 12, column: 11 }],
    },
    {
      name: 'CronJob template path',
      code: `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          initContainers:
            - name: proxy
              image: x
              restartPolicy: Always
          containers:
            - {name: app, image: x}
`,
      kubernetesVersion: '1.28',
      errors: [{ messageId: 'droppedSidecar', path: 'spec.jobTemplate.spec.template.spec.initContainers[0].restartPolicy', line: 14, column: 15 }],
    },
  ],
});
