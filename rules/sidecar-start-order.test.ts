import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './sidecar-start-order.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;
const migrate = `    - name: migrate
      image: example.com/migrate:1
      env:
        - name: DATABASE_URL
          value: postgres://app@127.0.0.1:5432/app
`;
const proxy = `    - name: cloud-sql-proxy
      image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
      args: ["--port=5432", "project:region:db"]
      restartPolicy: Always
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'sidecar declared before the init container', code: pod(`  initContainers:\n${proxy}${migrate}  containers:\n    - {name: app, image: x}\n`) },
    { name: 'no container serves the port', code: pod(`  initContainers:\n${migrate}  containers:\n    - {name: app, image: x}\n`) },
    { name: 'a sidecar may talk to the app (it is long-running)', code: pod('  initContainers:\n    - {name: proxy, image: envoy, restartPolicy: Always, args: ["--upstream=localhost:8080"]}\n  containers:\n    - {name: app, image: x, ports: [{containerPort: 8080}]}\n') },
    { name: 'app containers talk to each other', code: pod('  containers:\n    - {name: app, image: x, env: [{name: REDIS, value: "localhost:6379"}]}\n    - {name: redis, image: redis:7, ports: [{containerPort: 6379}]}\n') },
  ],
  invalid: [
    {
      name: 'init container before the sidecar it needs',
      code: pod(`  initContainers:\n${migrate}${proxy}  containers:\n    - {name: app, image: x}\n`),
      errors: [{ messageId: 'laterSidecar', path: 'spec.initContainers[0].env[0].value', line: 11, column: 11, message: 'connects to 127.0.0.1:5432, served by sidecar "cloud-sql-proxy"' }],
    },
    {
      name: 'init container needs a regular container',
      code: pod(`  initContainers:\n${migrate}  containers:\n    - name: db\n      image: postgres:16\n      ports: [{containerPort: 5432}]\n`),
      errors: [{ messageId: 'regularContainer', path: 'spec.initContainers[0].env[0].value', message: 'starts only after every init container has completed. Run "db" as a native sidecar' }],
    },
    {
      name: 'at 1.28 the "sidecar" is a plain init container; the app fix differs',
      code: pod(`  initContainers:\n    - {name: wait, image: busybox, command: [sh, -c, "until nc -z localhost 8080; do sleep 1; done; wget -q localhost:8080/ready"]}\n  containers:\n    - {name: app, image: x, ports: [{containerPort: 8080}]}\n`),
      kubernetesVersion: '1.28',
      errors: [{ messageId: 'regularContainer', path: 'spec.initContainers[0].command[2]', message: 'native sidecars need Kubernetes 1.29' }],
    },
  ],
});
