import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './sidecar-startup-probe.js';

const pod = (sidecar: string, app = '    - {name: app, image: example.com/app:1, env: [{name: DB, value: "127.0.0.1:5432"}]}\n'): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: cloud-sql-proxy
      image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
      restartPolicy: Always
      args: ["--port=5432", "--health-check", "--http-address=0.0.0.0", "project:region:db"]
${sidecar}  containers:
${app}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'with a startupProbe', code: pod('      startupProbe:\n        httpGet: {path: /startup, port: 9090}\n') },
    { name: 'with a readinessProbe', code: pod('      readinessProbe:\n        tcpSocket: {port: 5432}\n') },
    { name: 'nobody depends on a log shipper', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n    - {name: logs, image: fluent/fluent-bit:3.1, restartPolicy: Always}\n  containers:\n    - {name: app, image: x}\n' },
    { name: 'rule applies from 1.29 only', code: pod(''), kubernetesVersion: '1.28' },
  ],
  invalid: [
    {
      name: 'the app connects to the sidecar on localhost',
      code: pod(''),
      errors: [{ messageId: 'noProbe', path: 'spec.initContainers[0].name', line: 7, column: 7, message: 'sidecar "cloud-sql-proxy" has no startupProbe or readinessProbe, but "app" connects to it on localhost' }],
    },
    {
      name: 'a known proxy that apps send traffic through',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      initContainers:\n        - {name: envoy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}\n      containers:\n        - {name: app, image: x}\n',
      errors: [{ messageId: 'noProbe', path: 'spec.template.spec.initContainers[0].name', line: 10, column: 12, message: 'send traffic through it (an Envoy proxy)' }],
    },
  ],
});
