import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-host-namespaces.js';

const ns = (labels: string): string => `apiVersion: v1
kind: Namespace
metadata:
  name: team
  labels:
${labels}---
`;
const hostPod = `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: team
spec:
  hostPID: true
  containers:
    - name: app
      image: x
`;

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: false\n  hostPID: false\n  containers:\n    - name: app\n      image: x\n',
    { name: 'privileged level turns the check off', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: x\n', podSecurityLevel: 'privileged' },
    { name: 'a Namespace labelled enforce: privileged in the same run', code: ns('    pod-security.kubernetes.io/enforce: privileged\n') + hostPod },
    { name: '"true" as a string is not a boolean', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostIPC: "true"\n  containers:\n    - name: app\n      image: x\n' },
  ],
  invalid: [
    {
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  hostPID: yes\n  hostIPC: true\n  containers:\n    - name: app\n      image: x\n',
      errors: [
        { messageId: 'violation', path: 'spec.hostNetwork', line: 6, column: 3, message: 'violates PodSecurity "baseline:v1.37": host namespaces (hostNetwork=true)' },
        { messageId: 'violation', path: 'spec.hostPID', line: 7, column: 3 },
        { messageId: 'violation', path: 'spec.hostIPC', line: 8, column: 3 },
      ],
    },
    {
      name: 'restricted level includes baseline checks',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: x\n',
      podSecurityLevel: 'restricted',
      errors: [{ messageId: 'violation', path: 'spec.hostNetwork', line: 6, column: 3, message: 'PodSecurity "restricted:v1.37"' }],
    },
    {
      name: 'a Namespace labelled enforce: baseline overrides podSecurityLevel privileged, with its version',
      code: ns('    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/enforce-version: v1.29\n') + hostPod,
      podSecurityLevel: 'privileged',
      errors: [{ messageId: 'violation', path: 'spec.hostPID', line: 15, column: 3, message: 'PodSecurity "baseline:v1.29"' }],
    },
    {
      name: 'CronJob template',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          hostNetwork: true\n          restartPolicy: Never\n          containers:\n            - name: t\n              image: x\n',
      errors: [{ messageId: 'violation', path: 'spec.jobTemplate.spec.template.spec.hostNetwork', line: 11, column: 11 }],
    },
  ],
});
