import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-object-name.js';

const obj = (apiVersion: string, kind: string, metadata: string, rest = ''): string => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
${metadata}
${rest}`;

const LABEL_REGEX = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'";
const A = (n: number): string => 'a'.repeat(n);

new RuleTester().run(rule, {
  valid: [
    { name: 'Pod: a subdomain with dots', code: obj('v1', 'Pod', '  name: web-1.example.com') },
    { name: 'RBAC kinds keep their path-segment names', code: obj('rbac.authorization.k8s.io/v1', 'ClusterRole', '  name: system:aggregated-metrics-reader') },
    { name: 'unknown kinds get no format check', code: obj('example.com/v1', 'Widget', '  name: Foo_Bar') },
    { name: 'config files without metadata are not API objects', code: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n' },
    { name: 'Service with a leading digit from 1.36', code: obj('v1', 'Service', '  name: 2fa-api'), kubernetesVersion: '1.36' },
    { name: 'Service with a leading digit in 1.37', code: obj('v1', 'Service', '  name: 2fa-api'), kubernetesVersion: '1.37' },
    { name: 'Service DNS-1035 name in 1.27', code: obj('v1', 'Service', '  name: web-api'), kubernetesVersion: '1.27' },
    obj('apps/v1', 'StatefulSet', '  name: db'),
    obj('v1', 'Namespace', '  name: team-a'),
    { name: 'generateName with a trailing dash', code: obj('v1', 'Pod', '  generateName: web-') },
    { name: 'CronJob name of 52 characters', code: obj('batch/v1', 'CronJob', `  name: ${A(52)}`) },
    { name: 'CronJob generateName of 47 characters', code: obj('batch/v1', 'CronJob', `  generateName: ${A(47)}`) },
    { name: 'Job name of 63 characters', code: obj('batch/v1', 'Job', `  name: ${A(63)}`) },
    { name: 'Job name over 63 with manualSelector', code: obj('batch/v1', 'Job', `  name: ${A(70)}`, 'spec:\n  manualSelector: true\n') },
    { name: 'Indexed Job whose last hostname is a label', code: obj('batch/v1', 'Job', `  name: ${A(61)}`, 'spec:\n  completionMode: Indexed\n  completions: 10\n') },
    { name: 'empty namespace is filled from the request', code: obj('v1', 'ConfigMap', '  name: cfg\n  namespace: ""') },
    { name: 'a name kubectl reads as a number is left to valid-field-types', code: obj('v1', 'Pod', '  name: 1_') },
    { name: 'names are not re-validated on update', code: obj('v1', 'Pod', '  name: Web_1'), previous: obj('v1', 'Pod', '  name: Web_1') },
  ],
  invalid: [
    {
      name: 'Service with a leading digit before 1.36',
      code: obj('v1', 'Service', '  name: 2fa-api'),
      kubernetesVersion: '1.35',
      errors: [
        {
          messageId: 'invalidName',
          path: 'metadata.name',
          line: 4,
          column: 3,
          message:
            'metadata.name: Invalid value: "2fa-api": a DNS-1035 label must consist of lower case alphanumeric characters or \'-\', start with an alphabetic character, and end with an alphanumeric character (e.g. \'my-name\',  or \'abc-123\', regex used for validation is \'[a-z]([-a-z0-9]*[a-z0-9])?\'). Rename the Service',
        },
      ],
    },
    {
      name: 'Service with dots from 1.36',
      code: obj('v1', 'Service', '  name: web.api'),
      kubernetesVersion: '1.36',
      errors: [{ messageId: 'invalidName', line: 4, column: 3, message: 'metadata.name: Invalid value: "web.api": must not contain dots. Rename the Service' }],
    },
    {
      name: 'StatefulSet names are labels',
      code: obj('apps/v1', 'StatefulSet', '  name: db.v1'),
      errors: [{ messageId: 'invalidName', path: 'metadata.name', message: 'metadata.name: Invalid value: "db.v1": must not contain dots.' }],
    },
    {
      name: 'Namespace',
      code: obj('v1', 'Namespace', '  name: Team_A'),
      errors: [{ messageId: 'invalidName', line: 4, column: 3, message: `metadata.name: Invalid value: "Team_A": ${LABEL_REGEX}` }],
    },
    {
      name: 'Pod name with upper case and underscore',
      code: obj('v1', 'Pod', '  labels: {app: web}\n  name: Web_1'),
      errors: [{ messageId: 'invalidName', line: 5, column: 3, message: 'metadata.name: Invalid value: "Web_1": a lowercase RFC 1123 subdomain must consist of' }],
    },
    {
      name: 'neither name nor generateName',
      code: obj('v1', 'Pod', '  labels: {app: web}', 'spec:\n  containers: [{name: a, image: x}]\n'),
      errors: [{ messageId: 'required', path: 'metadata', line: 3, column: 1, message: 'metadata.name: Required value: name or generateName is required' }],
    },
    {
      name: 'no metadata at all',
      code: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nroleRef: {kind: Role, name: r, apiGroup: rbac.authorization.k8s.io}\n',
      errors: [{ messageId: 'required', path: '', line: 1, column: 1 }],
    },
    {
      name: 'generateName is checked with the prefix rule',
      code: obj('apps/v1', 'Deployment', '  generateName: Web-'),
      errors: [{ messageId: 'invalidGenerateName', path: 'metadata.generateName', line: 4, column: 3, message: 'metadata.generateName: Invalid value: "Web-": a lowercase RFC 1123 subdomain' }],
    },
    {
      name: 'CronJob name over 52 characters',
      code: obj('batch/v1', 'CronJob', `  name: ${A(53)}`),
      errors: [{ messageId: 'cronJobNameTooLong', line: 4, column: 3, message: `metadata.name: Invalid value: "${A(53)}": must be no more than 52 bytes.` }],
    },
    {
      name: 'CronJob name invalid for two reasons: one finding with both',
      code: obj('batch/v1', 'CronJob', `  name: ${'A'.repeat(53)}`),
      errors: [
        {
          messageId: 'invalidName',
          line: 4,
          column: 3,
          message: `regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'), metadata.name: Invalid value: "${'A'.repeat(53)}": must be no more than 52 bytes.`,
        },
      ],
    },
    {
      name: 'CronJob generateName producing more than 52 characters',
      code: obj('batch/v1', 'CronJob', `  generateName: ${A(48)}`),
      errors: [
        {
          messageId: 'invalidGeneratedName',
          path: 'metadata.generateName',
          line: 4,
          column: 3,
          message: `metadata.generateName: Invalid value: "${A(48)}": the API server generates the name from it (first 58 characters plus 5 random ones) and rejects the result: metadata.name: Invalid value: "${A(48)}xxxxx": must be no more than 52 bytes. Shorten or fix generateName.`,
        },
      ],
    },
    {
      name: 'a generateName that passes the prefix rule but generates an invalid name',
      code: obj('v1', 'ConfigMap', '  generateName: cfg.-'),
      errors: [{ messageId: 'invalidGeneratedName', path: 'metadata.generateName', message: 'metadata.name: Invalid value: "cfg.-xxxxx": a lowercase RFC 1123 subdomain must consist of' }],
    },
    {
      name: 'Job name over 63: the job-name label',
      code: obj('batch/v1', 'Job', `  name: ${A(64)}`),
      errors: [{ messageId: 'jobNameLabelTooLong', path: 'metadata.name', line: 4, column: 3, message: `spec.template.labels: Invalid value: "${A(64)}": must be no more than 63 bytes.` }],
    },
    {
      name: 'Indexed Job whose last pod hostname is too long',
      code: obj('batch/v1', 'Job', `  name: ${A(62)}`, 'spec:\n  completionMode: Indexed\n  completions: 1\n'),
      errors: [{ messageId: 'indexedJobHostname', line: 4, column: 3, message: `will not able to create pod with invalid DNS label: ${A(62)}-0.` }],
    },
    {
      name: 'Indexed Job with a dotted name',
      code: obj('batch/v1', 'Job', '  name: my.job', 'spec:\n  completionMode: Indexed\n  completions: 3\n'),
      errors: [{ messageId: 'indexedJobHostname', message: 'metadata.name: Invalid value: "my.job": will not able to create pod with invalid DNS label: my.job-2.' }],
    },
    {
      name: 'ConfigMap name over 253 characters',
      code: obj('v1', 'ConfigMap', `  name: ${A(254)}`),
      errors: [{ messageId: 'invalidName', message: `metadata.name: Invalid value: "${A(254)}": must be no more than 253 characters. Rename the ConfigMap` }],
    },
    {
      name: 'Secret',
      code: obj('v1', 'Secret', '  name: tls_secret'),
      errors: [{ messageId: 'invalidName', line: 4, column: 3 }],
    },
    {
      name: 'namespace of a namespaced kind',
      code: obj('apps/v1', 'Deployment', '  name: web\n  namespace: Prod'),
      errors: [{ messageId: 'invalidNamespace', path: 'metadata.namespace', line: 5, column: 3, message: `metadata.namespace: Invalid value: "Prod": ${LABEL_REGEX}` }],
    },
    {
      name: 'an object inside a List',
      code: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata:\n      name: Builder\n',
      errors: [{ messageId: 'invalidName', path: 'metadata.name', line: 7, column: 7 }],
    },
    {
      name: 'CronJob in a multi-document file',
      code: `${obj('v1', 'ConfigMap', '  name: ok')}---\n${obj('batch/v1', 'CronJob', '  name: Nightly')}`,
      errors: [{ messageId: 'invalidName', line: 9, column: 3 }],
    },
  ],
});
