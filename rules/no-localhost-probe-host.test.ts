import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-localhost-probe-host.js';

const pod = (fields: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: app
      image: x
${fields}`;

new RuleTester().run(rule, {
  valid: [
    pod('      livenessProbe:\n        httpGet: {path: /healthz, port: 8080}\n'),
    { name: 'a virtual host belongs in httpHeaders', code: pod('      readinessProbe:\n        httpGet:\n          path: /\n          port: 8080\n          httpHeaders: [{name: Host, value: localhost}]\n') },
    { name: 'a remote host is the security rules\' business', code: pod('      readinessProbe:\n        tcpSocket: {host: db.internal, port: 5432}\n') },
  ],
  invalid: [
    {
      code: pod('      livenessProbe:\n        httpGet:\n          host: localhost\n          path: /healthz\n          port: 8080\n'),
      errors: [{ messageId: 'localhost', path: 'spec.containers[0].livenessProbe.httpGet.host', line: 11, column: 11, message: '"localhost" is the node, not the container' }],
    },
    {
      name: 'tcpSocket 127.0.0.1 and a preStop hook on ::1',
      code: pod('      readinessProbe:\n        tcpSocket: {host: 127.0.0.1, port: 5432}\n      lifecycle:\n        preStop:\n          httpGet: {host: "::1", path: /drain, port: 8080}\n'),
      errors: [
        { messageId: 'localhost', path: 'spec.containers[0].readinessProbe.tcpSocket.host', line: 10, column: 21 },
        { messageId: 'localhost', path: 'spec.containers[0].lifecycle.preStop.httpGet.host', line: 13, column: 21 },
      ],
    },
  ],
});
