import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-probes-and-lifecycle.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

// Line 7: the init container; line 10: its livenessProbe.
const initWithProbe = (policy: string): string =>
  pod(`  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.31
${policy}      livenessProbe:
        tcpSocket: {port: 15000}
  containers:
    - {name: app, image: x}
`);
const app = (fields: string, extra = ''): string =>
  pod(`${extra}  containers:
    - name: app
      image: example.com/app:1
${fields}`);

new RuleTester().run(rule, {
  valid: [
    { name: 'native sidecar with probes and hooks', code: initWithProbe('      restartPolicy: Always\n'), kubernetesVersion: '1.29' },
    app('      livenessProbe:\n        httpGet: {path: /healthz, port: 8080}\n        successThreshold: 1\n      readinessProbe:\n        grpc: {port: 9090}\n        successThreshold: 3\n'),
    { name: 'sleep hook within the grace period', code: app('      lifecycle:\n        preStop:\n          sleep: {seconds: 5}\n'), kubernetesVersion: '1.30' },
    { name: 'sleep 0 allowed from 1.33', code: app('      lifecycle:\n        preStop:\n          sleep: {seconds: 0}\n'), kubernetesVersion: '1.33' },
    { name: 'sleep up to terminationGracePeriodSeconds', code: app('      lifecycle:\n        preStop:\n          sleep: {seconds: 60}\n', '  terminationGracePeriodSeconds: 60\n') },
    { name: 'stopSignal with os.name', code: app('      lifecycle:\n        stopSignal: SIGUSR1\n', '  os: {name: linux}\n') },
    { name: 'liveness successThreshold 0 is defaulted to 1', code: app('      livenessProbe:\n        exec: {command: [true]}\n        successThreshold: 0\n') },
    { name: 'probe: null is no probe', code: pod('  initContainers:\n    - name: init\n      image: x\n      livenessProbe: null\n  containers:\n    - {name: app, image: x}\n') },
  ],
  invalid: [
    {
      name: 'plain init container with a probe (1.29)',
      code: initWithProbe(''),
      kubernetesVersion: '1.29',
      errors: [{ messageId: 'initForbidden', path: 'spec.initContainers[0].livenessProbe', line: 9, column: 7, message: 'Forbidden: may not be set for init containers without restartPolicy=Always' }],
    },
    {
      name: '1.28: restartPolicy is dropped, so the sidecar is a plain init container',
      code: initWithProbe('      restartPolicy: Always\n'),
      kubernetesVersion: '1.28',
      errors: [{ messageId: 'initForbidden', path: 'spec.initContainers[0].livenessProbe', line: 10, column: 7, message: '(Kubernetes 1.29 or later)' }],
    },
    {
      name: '1.27: older message',
      code: initWithProbe(''),
      kubernetesVersion: '1.27',
      errors: [{ messageId: 'initForbidden', path: 'spec.initContainers[0].livenessProbe', message: 'Forbidden: may not be set for init containers. Remove' }],
    },
    {
      name: 'init container lifecycle, readiness and startup probes',
      code: pod('  initContainers:\n    - name: init\n      image: x\n      lifecycle: {postStart: {exec: {command: [true]}}}\n      readinessProbe: {exec: {command: [true]}}\n      startupProbe: {exec: {command: [true]}}\n  containers:\n    - {name: app, image: x}\n'),
      errors: [
        { messageId: 'initForbidden', path: 'spec.initContainers[0].lifecycle', line: 9, column: 7 },
        { messageId: 'initForbidden', path: 'spec.initContainers[0].readinessProbe', line: 10, column: 7 },
        { messageId: 'initForbidden', path: 'spec.initContainers[0].startupProbe', line: 11, column: 7 },
      ],
    },
    {
      name: 'two handlers',
      code: app('      readinessProbe:\n        httpGet: {path: /, port: 80}\n        tcpSocket: {port: 80}\n'),
      errors: [{ messageId: 'multipleHandlers', path: 'spec.containers[0].readinessProbe.tcpSocket', line: 11, column: 9, message: 'Forbidden: may not specify more than 1 handler type' }],
    },
    {
      name: 'no handler',
      code: app('      startupProbe:\n        periodSeconds: 5\n'),
      errors: [{ messageId: 'noHandler', path: 'spec.containers[0].startupProbe', line: 9, column: 7, message: 'Required value: must specify a handler type' }],
    },
    {
      name: 'successThreshold of liveness and startup',
      code: app('      livenessProbe:\n        exec: {command: [true]}\n        successThreshold: 2\n      startupProbe:\n        exec: {command: [true]}\n        successThreshold: 3\n'),
      errors: [
        { messageId: 'successThreshold', path: 'spec.containers[0].livenessProbe.successThreshold', line: 11, column: 9, message: 'Invalid value: 2: must be 1' },
        { messageId: 'successThreshold', path: 'spec.containers[0].startupProbe.successThreshold', line: 14, column: 9 },
      ],
    },
    {
      name: 'readiness probe terminationGracePeriodSeconds',
      code: app('      readinessProbe:\n        exec: {command: [true]}\n        terminationGracePeriodSeconds: 10\n'),
      errors: [{ messageId: 'readinessGrace', path: 'spec.containers[0].readinessProbe.terminationGracePeriodSeconds', line: 11, column: 9, message: 'Invalid value: 10: must not be set for readinessProbes' }],
    },
    {
      name: 'sidecar probes are validated too',
      code: pod('  initContainers:\n    - name: proxy\n      image: x\n      restartPolicy: Always\n      startupProbe:\n        successThreshold: 2\n        tcpSocket: {port: 1}\n  containers:\n    - {name: app, image: x}\n'),
      errors: [{ messageId: 'successThreshold', path: 'spec.initContainers[0].startupProbe.successThreshold', line: 11, column: 9 }],
    },
    {
      name: 'sleep longer than the grace period',
      code: app('      lifecycle:\n        preStop:\n          sleep: {seconds: 45}\n'),
      errors: [{ messageId: 'sleepRange', path: 'spec.containers[0].lifecycle.preStop.sleep', line: 11, column: 11, message: 'Invalid value: 45: must be non-negative and less than terminationGracePeriodSeconds (30)' }],
    },
    {
      name: 'sleep 0 before 1.33',
      code: app('      lifecycle:\n        preStop:\n          sleep: {seconds: 0}\n'),
      kubernetesVersion: '1.32',
      errors: [{ messageId: 'sleepRange', path: 'spec.containers[0].lifecycle.preStop.sleep', message: 'must be greater than 0 and less than terminationGracePeriodSeconds (30)' }],
    },
    {
      name: 'sleep action before 1.30 is dropped, leaving no handler',
      code: app('      lifecycle:\n        preStop:\n          sleep: {seconds: 5}\n'),
      kubernetesVersion: '1.29',
      errors: [{ messageId: 'sleepDropped', path: 'spec.containers[0].lifecycle.preStop', line: 10, column: 9, message: 'Required value: must specify a handler type' }],
    },
    {
      name: 'stopSignal without os.name',
      code: app('      lifecycle:\n        stopSignal: SIGUSR1\n'),
      errors: [{ messageId: 'stopSignalOs', path: 'spec.containers[0].lifecycle.stopSignal', line: 10, column: 9 }],
    },
    {
      name: 'StatefulSet template path',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      initContainers:
        - name: init
          image: x
          readinessProbe: {exec: {command: [true]}}
      containers:
        - {name: db, image: postgres:16}
`,
      errors: [{ messageId: 'initForbidden', path: 'spec.template.spec.initContainers[0].readinessProbe', line: 13, column: 11 }],
    },
  ],
});
