import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-workload-template.js';

const deployment = (selector: string, labels: string, extra = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector:
${selector}  template:
    metadata:
${labels}    spec:
${extra}      containers:
        - {name: web, image: nginx:1.27}
`;


new RuleTester().run(rule, {
  valid: [
    deployment('    matchLabels: {app: web}\n', '      labels: {app: web, version: v2}\n'),
    deployment('    matchExpressions: [{key: app, operator: In, values: [web]}]\n', '      labels: {app: web}\n'),
    { name: 'Job without manualSelector: the selector is generated', code: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      activeDeadlineSeconds: 60\n      containers: [{name: a, image: x}]\n' },
    { name: 'ReplicationController without selector defaults it from the labels', code: 'apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec:\n  template:\n    metadata: {labels: {app: rc}}\n    spec:\n      containers: [{name: a, image: x}]\n' },
    { name: 'a bare Pod may set activeDeadlineSeconds', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  activeDeadlineSeconds: 60\n  containers: [{name: a, image: x}]\n' },
  ],
  invalid: [
    {
      name: 'selector does not match the template labels',
      code: deployment('    matchLabels: {app: web}\n', '      labels: {app: frontend}\n'),
      errors: [{ messageId: 'selectorMismatch', path: 'spec.template.metadata.labels', line: 9, column: 7, message: 'Invalid value: map[string]string{"app":"frontend"}: `selector` does not match template `labels`' }],
    },
    {
      name: 'template without labels',
      code: deployment('    matchLabels: {app: web}\n', '      annotations: {a: b}\n'),
      errors: [{ messageId: 'selectorMismatch', path: 'spec.template.metadata', line: 8, column: 5, message: 'map[string]string(nil)' }],
    },
    {
      name: 'activeDeadlineSeconds in a Deployment template',
      code: deployment('    matchLabels: {app: web}\n', '      labels: {app: web}\n', '      activeDeadlineSeconds: 600\n'),
      errors: [{ messageId: 'activeDeadline', path: 'spec.template.spec.activeDeadlineSeconds', line: 11, column: 7, message: 'Invalid value: 600: activeDeadlineSeconds in ReplicaSet is not Supported' }],
    },
    {
      name: 'activeDeadlineSeconds in a DaemonSet template',
      code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n    spec:\n      activeDeadlineSeconds: 60\n      containers: [{name: a, image: x}]\n',
      errors: [{ messageId: 'activeDeadline', path: 'spec.template.spec.activeDeadlineSeconds', message: 'activeDeadlineSeconds in DaemonSet is not Supported' }],
    },
    {
      name: 'StatefulSet selector mismatch via matchExpressions',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n  selector:\n    matchExpressions: [{key: app, operator: In, values: [db]}]\n  template:\n    metadata: {labels: {app: postgres}}\n    spec:\n      containers: [{name: db, image: postgres:16}]\n',
      errors: [{ messageId: 'selectorMismatch', path: 'spec.template.metadata.labels', line: 9, column: 16 }],
    },
    {
      name: 'ReplicationController selector mismatch',
      code: 'apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec:\n  selector: {app: rc}\n  template:\n    metadata: {labels: {app: other}}\n    spec:\n      containers: [{name: a, image: x}]\n',
      errors: [{ messageId: 'selectorMismatch', path: 'spec.template.metadata.labels' }],
    },
    {
      name: 'Job with manualSelector',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  manualSelector: true\n  selector: {matchLabels: {job: j}}\n  template:\n    metadata: {labels: {job: k}}\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: x}]\n',
      errors: [{ messageId: 'selectorMismatch', path: 'spec.template.metadata.labels' }],
    },
  ],
});
