import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-host-probes-and-host-lifecycle.js';

const code = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: app
      image: x
      readinessProbe:
        httpGet:
          host: 10.0.0.1
          port: 80
      livenessProbe:
        tcpSocket:
          host: ""
          port: 80
      lifecycle:
        preStop:
          httpGet:
            host: example.com
            port: 80
  initContainers:
    - name: sidecar
      image: x
      restartPolicy: Always
      startupProbe:
        tcpSocket:
          host: localhost
          port: 9090
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'policy 1.33 has no such check', code, kubernetesVersion: '1.33' },
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n      livenessProbe:\n        httpGet: {path: /healthz, port: 80}\n',
  ],
  invalid: [
    {
      name: 'from policy 1.34',
      code,
      kubernetesVersion: '1.34',
      errors: [
        { messageId: 'violation', path: 'spec.containers[0].readinessProbe.httpGet.host', line: 11, column: 11, message: 'probe or lifecycle host (container "app" uses probe or lifecycle host "10.0.0.1")' },
        { messageId: 'violation', path: 'spec.containers[0].lifecycle.preStop.httpGet.host', line: 20, column: 13 },
        { messageId: 'violation', path: 'spec.initContainers[0].startupProbe.tcpSocket.host', line: 28, column: 11 },
      ],
    },
    {
      name: 'namespace enforce-version v1.33 on a 1.37 cluster turns it off; v1.34 keeps it',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels: {pod-security.kubernetes.io/enforce-version: v1.34}\n---\n' + code.replace('  name: p\n', '  name: p\n  namespace: a\n'),
      errors: 3,
    },
  ],
});
