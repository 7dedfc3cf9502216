import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-duplicate-container-port.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

new RuleTester().run(rule, {
  valid: [
    pod('  containers:\n    - {name: a, image: x, ports: [{containerPort: 8080}]}\n    - {name: b, image: x, ports: [{containerPort: 9090}]}\n'),
    { name: 'same number, different protocol', code: pod('  containers:\n    - {name: dns, image: x, ports: [{containerPort: 53, protocol: UDP}]}\n    - {name: dns-tcp, image: x, ports: [{containerPort: 53}]}\n') },
    { name: 'a plain init container has exited before the app binds', code: pod('  initContainers:\n    - {name: warm, image: x, ports: [{containerPort: 8080}]}\n  containers:\n    - {name: app, image: x, ports: [{containerPort: 8080}]}\n') },
    { name: 'one container listing a port twice (names for two Services)', code: pod('  containers:\n    - {name: a, image: x, ports: [{containerPort: 80, name: http}, {containerPort: 80, name: web}]}\n') },
    { name: 'at 1.28 restartPolicy: Always is dropped, so the init container exits first', code: pod('  initContainers:\n    - {name: s, image: x, restartPolicy: Always, ports: [{containerPort: 8080}]}\n  containers:\n    - {name: app, image: x, ports: [{containerPort: 8080}]}\n'), kubernetesVersion: '1.28' },
  ],
  invalid: [
    {
      name: 'two app containers on 8080',
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 8080\n    - name: metrics\n      image: example.com/exporter:1\n      ports:\n        - containerPort: 8080\n'),
      errors: [{ messageId: 'duplicate', path: 'spec.containers[1].ports[0].containerPort', line: 14, column: 11, severity: 'error', message: 'containers "web" and "metrics" both listen on 8080/TCP' }],
    },
    {
      name: 'native sidecar and app container',
      code: pod('  initContainers:\n    - name: proxy\n      image: envoyproxy/envoy:v1.31\n      restartPolicy: Always\n      ports: [{containerPort: 8080}]\n  containers:\n    - name: app\n      image: x\n      ports: [{containerPort: 8080, protocol: TCP}]\n'),
      errors: [{ messageId: 'duplicate', path: 'spec.containers[0].ports[0].containerPort', line: 14, column: 16, message: 'containers "proxy" and "app" both listen on 8080/TCP' }],
    },
    {
      name: 'Deployment template',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n        - {name: a, image: x, ports: [{containerPort: 9000, protocol: UDP}]}\n        - {name: b, image: x, ports: [{containerPort: 9000, protocol: UDP}]}\n',
      errors: [{ messageId: 'duplicate', path: 'spec.template.spec.containers[1].ports[0].containerPort', message: '9000/UDP' }],
    },
  ],
});
