import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './probe-port-declared.js';

const pod = (container: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: web
      image: nginx:1.27
${container}`;

new RuleTester().run(rule, {
  valid: [
    pod('      ports: [{name: http, containerPort: 8080}]\n      livenessProbe: {httpGet: {path: /, port: http}}\n      readinessProbe: {tcpSocket: {port: 8080}}\n'),
    { name: 'no ports declared: numbers are not checked', code: pod('      livenessProbe: {httpGet: {path: /, port: 8080}}\n') },
    { name: 'Istio-rewritten probe on 15020', code: pod('      ports: [{containerPort: 8080}]\n      livenessProbe: {httpGet: {path: /app-health/web/livez, port: 15020}}\n') },
    { name: 'exec probes have no port', code: pod('      ports: [{containerPort: 8080}]\n      livenessProbe: {exec: {command: [true]}}\n') },
  ],
  invalid: [
    {
      name: 'named port not declared',
      code: pod('      ports:\n        - {name: web, containerPort: 8080}\n      readinessProbe:\n        httpGet: {path: /ready, port: http}\n'),
      errors: [{ messageId: 'unknownName', path: 'spec.containers[0].readinessProbe.httpGet.port', line: 12, column: 33, message: 'port "http" is not a port name of container "web" (declared: web=8080)' }],
    },
    {
      name: 'named port when the container declares none',
      code: pod('      startupProbe: {tcpSocket: {port: grpc}}\n'),
      errors: [{ messageId: 'unknownName', message: 'it declares no ports' }],
    },
    {
      name: 'number not among the declared ports',
      code: pod('      ports: [{containerPort: 8080}]\n      livenessProbe: {grpc: {port: 9090}}\n'),
      errors: [{ messageId: 'undeclaredNumber', path: 'spec.containers[0].livenessProbe.grpc.port', line: 10, column: 30 }],
    },
    {
      name: 'ignorePorts option replaces the default',
      code: pod('      ports: [{containerPort: 8080}]\n      livenessProbe: {httpGet: {path: /, port: 15020}}\n'),
      options: { ignorePorts: [] },
      errors: [{ messageId: 'undeclaredNumber' }],
    },
    {
      name: 'native sidecar probes are checked too',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n    - name: proxy\n      image: envoyproxy/envoy:v1.31\n      restartPolicy: Always\n      ports: [{name: admin, containerPort: 9901}]\n      startupProbe: {httpGet: {path: /ready, port: adm}}\n  containers:\n    - {name: app, image: x}\n',
      errors: [{ messageId: 'unknownName', path: 'spec.initContainers[0].startupProbe.httpGet.port' }],
    },
  ],
});
