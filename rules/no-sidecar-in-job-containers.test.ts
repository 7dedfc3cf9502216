import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-sidecar-in-job-containers.js';

const job = (containers: string, init = ''): string => `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
${init}      containers:
${containers}`;
const migrate = '        - name: migrate\n          image: example.com/migrate:1\n';
const proxy = '        - name: cloud-sql-proxy\n          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0\n';

new RuleTester().run(rule, {
  valid: [
    { name: 'main container only', code: job(migrate) },
    { name: 'the proxy as a native sidecar', code: job(migrate, `      initContainers:\n${proxy}          restartPolicy: Always\n`) },
    { name: 'a Deployment may run proxies as regular containers', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n        - {name: app, image: x}\n        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.23.0}\n' },
    { name: 'two ordinary containers', code: job(`${migrate}        - {name: notify, image: example.com/notify:1}\n`) },
  ],
  invalid: [
    {
      name: 'cloud-sql-proxy next to the main container',
      code: job(migrate + proxy),
      errors: [{ messageId: 'neverCompletes', path: 'spec.template.spec.containers[1].name', line: 12, column: 11, message: 'Move it to initContainers with `restartPolicy: Always`' }],
    },
    {
      name: 'before 1.29 suggests another fix',
      code: job(migrate + proxy),
      kubernetesVersion: '1.28',
      errors: [{ messageId: 'neverCompletes', message: 'Native sidecars need Kubernetes 1.29' }],
    },
    {
      name: 'CronJob with istio-proxy and fluent-bit',
      code: `apiVersion: batch/v1
kind: CronJob
metadata: {name: report}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - {name: report, image: example.com/report:3}
            - {name: istio-proxy, image: docker.io/istio/proxyv2:1.23.0}
            - {name: logs, image: cr.fluentbit.io/fluent/fluent-bit:3.1}
`,
      errors: [
        { messageId: 'neverCompletes', path: 'spec.jobTemplate.spec.template.spec.containers[1].name', line: 13, column: 16, message: 'the Istio proxy' },
        { messageId: 'neverCompletes', path: 'spec.jobTemplate.spec.template.spec.containers[2].name', line: 14, column: 16, message: 'Fluent Bit' },
      ],
    },
    {
      name: 'a container named in the options',
      code: job(`${migrate}        - {name: metrics-agent, image: example.com/agent:1}\n`),
      options: { sidecarNames: ['metrics-agent'] },
      errors: [{ messageId: 'neverCompletes', path: 'spec.template.spec.containers[1].name', message: 'configured as a sidecar' }],
    },
    {
      name: 'an image fragment in the options',
      code: job(`${migrate}        - {name: agent, image: registry.example.com/platform/log-agent:7}\n`),
      options: { sidecarImages: ['platform/log-agent'] },
      errors: [{ messageId: 'neverCompletes', path: 'spec.template.spec.containers[1].name' }],
    },
  ],
});
