import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-labels.js';

const LABEL_VALUE_REGEX = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

const deployment = (templateLabels: string, extra = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: ${templateLabels}
    spec:${extra}
      containers:
        - name: web
          image: nginx:1.27
`;

new RuleTester().run(rule, {
  valid: [
    deployment('{app: web, app.kubernetes.io/version: "1.0", empty: ""}'),
    { name: 'null label value decodes as ""', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    app:\n' },
    { name: 'annotation keys are lower-cased before the check', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    Example.COM/Owner: "Team A"\n' },
    { name: 'standard and qualified finalizers', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n  finalizers: [kubernetes, example.com/cleanup]\n' },
    { name: 'custom resources may use unqualified finalizers', code: 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  finalizers: [cleanup]\n' },
    deployment('{app: web}', '\n      nodeSelector: {kubernetes.io/os: linux, node.kubernetes.io/instance-type: m5.large}'),
    {
      name: 'values kubectl reads as numbers or booleans are left to valid-field-types',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    version: 1.0\n    canary: yes\n  annotations:\n    prometheus.io/scrape: true\n  finalizers: [1]\n',
    },
    { name: 'Service selector', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector: {app.kubernetes.io/name: web}\n' },
  ],
  invalid: [
    {
      name: 'label key with two slashes and a bad value, on the object',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    team/app/tier: "front end"\n',
      errors: [
        // Same position: ordered by message text.
        { messageId: 'invalidLabelValue', path: 'metadata.labels["team/app/tier"]', line: 6, column: 5, message: `metadata.labels: Invalid value: "front end": ${LABEL_VALUE_REGEX}` },
        { messageId: 'invalidLabelKey', path: 'metadata.labels["team/app/tier"]', line: 6, column: 5, message: 'metadata.labels: Invalid value: "team/app/tier": a valid label key must consist of' },
      ],
    },
    {
      name: 'label value over 63 bytes',
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    commit: ${'a'.repeat(64)}\n`,
      errors: [{ messageId: 'invalidLabelValue', line: 6, column: 5, message: `metadata.labels: Invalid value: "${'a'.repeat(64)}": must be no more than 63 bytes.` }],
    },
    {
      name: 'pod template labels and selector',
      code: deployment('{app: "-web"}'),
      errors: [{ messageId: 'invalidLabelValue', path: 'spec.template.metadata.labels.app', line: 10, column: 16, message: 'spec.template.metadata.labels: Invalid value: "-web"' }],
    },
    {
      name: 'selector matchLabels and matchExpressions keys',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: {app_: db}
    matchExpressions:
      - {key: "tier/", operator: Exists}
  template:
    metadata:
      labels: {app_: db}
    spec:
      containers: [{name: db, image: postgres:16}]
`,
      errors: [
        { messageId: 'invalidLabelKey', path: 'spec.selector.matchLabels.app_', line: 8, column: 19, message: "spec.selector.matchLabels: Invalid value: \"app_\": name part must consist of alphanumeric characters" },
        { messageId: 'invalidLabelKey', path: 'spec.selector.matchExpressions[0].key', line: 10, column: 10, message: 'spec.selector.matchExpressions[0].key: Invalid value: "tier/": name part must be non-empty' },
        { messageId: 'invalidLabelKey', path: 'spec.template.metadata.labels.app_', line: 13, column: 16 },
      ],
    },
    {
      name: 'nodeSelector in a CronJob',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          nodeSelector:
            disktype: SSD Fast
          containers: [{name: job, image: busybox:1.36}]
`,
      errors: [{ messageId: 'invalidLabelValue', path: 'spec.jobTemplate.spec.template.spec.nodeSelector.disktype', line: 13, column: 13, message: 'spec.jobTemplate.spec.template.spec.nodeSelector: Invalid value: "SSD Fast"' }],
    },
    {
      name: 'CronJob job template labels',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    metadata:\n      labels: {owner: "@ops"}\n    spec:\n      template:\n        spec:\n          containers: [{name: a, image: x}]\n',
      errors: [{ messageId: 'invalidLabelValue', path: 'spec.jobTemplate.metadata.labels.owner', line: 9, column: 16 }],
    },
    {
      name: 'Service selector value',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: web server\n',
      errors: [{ messageId: 'invalidLabelValue', path: 'spec.selector.app', line: 7, column: 5, message: 'spec.selector: Invalid value: "web server"' }],
    },
    {
      name: 'annotation key with a space (after lower-casing)',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    "Build Info": abc\n',
      errors: [{ messageId: 'invalidAnnotationKey', path: 'metadata.annotations["Build Info"]', line: 6, column: 5, message: 'metadata.annotations: Invalid value: "Build Info": name part must consist of' }],
    },
    {
      name: 'annotations over 256 KiB in total',
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    a: ${'x'.repeat(131072)}\n    b: ${'y'.repeat(131072)}\n`,
      errors: [{ messageId: 'annotationsTooLong', path: 'metadata.annotations', line: 5, column: 3, message: 'metadata.annotations: Too long: may not be more than 262144 bytes. The annotation keys and values total 262146 bytes' }],
    },
    {
      name: 'finalizers: unqualified, invalid, and orphan with foregroundDeletion',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  finalizers:\n    - orphan\n    - foregroundDeletion\n    - cleanup\n    - example.com/Clean_Up-\n',
      errors: [
        { messageId: 'conflictingFinalizers', path: 'metadata.finalizers', line: 5, column: 3, message: 'metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion", "cleanup", "example.com/Clean_Up-"}: finalizer orphan and foregroundDeletion cannot be both set.' },
        { messageId: 'nonStandardFinalizer', path: 'metadata.finalizers[2]', line: 8, column: 7, message: 'metadata.finalizers: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified.' },
        { messageId: 'invalidFinalizer', path: 'metadata.finalizers[3]', line: 9, column: 7, message: 'metadata.finalizers: Invalid value: "example.com/Clean_Up-": name part must consist of' },
      ],
    },
  ],
});
