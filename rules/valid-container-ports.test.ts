import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-container-ports.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

new RuleTester().run(rule, {
  valid: [
    pod('  containers:\n    - name: a\n      image: x\n      ports:\n        - {containerPort: 8080, hostPort: 8080}\n        - {containerPort: 8080, protocol: UDP, hostPort: 8080}\n'),
    { name: 'same hostPort on different hostIPs', code: pod('  containers:\n    - {name: a, image: x, ports: [{containerPort: 80, hostPort: 80, hostIP: 10.0.0.1}]}\n    - {name: b, image: x, ports: [{containerPort: 80, hostPort: 80, hostIP: 10.0.0.2}]}\n') },
    {
      name: 'init container vs regular container: accepted (init containers run before)',
      code: pod('  initContainers:\n    - {name: i, image: x, ports: [{containerPort: 80, hostPort: 80}]}\n  containers:\n    - {name: a, image: x, ports: [{containerPort: 80, hostPort: 80}]}\n'),
    },
    {
      name: 'two init containers with the same hostPort: each is checked alone',
      code: pod('  initContainers:\n    - {name: i, image: x, ports: [{containerPort: 80, hostPort: 80}]}\n    - {name: j, image: x, ports: [{containerPort: 80, hostPort: 80}]}\n  containers:\n    - {name: a, image: x}\n'),
    },
    {
      name: 'hostNetwork template: hostPort is not defaulted in templates',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  template:
    metadata: {labels: {app: d}}
    spec:
      hostNetwork: true
      containers:
        - {name: a, image: x, ports: [{containerPort: 9100}]}
        - {name: b, image: x, ports: [{containerPort: 9100}]}
`,
    },
    { name: 'containerPort duplicates are not rejected', code: pod('  containers:\n    - {name: a, image: x, ports: [{containerPort: 80}]}\n    - {name: b, image: x, ports: [{containerPort: 80}]}\n') },
  ],
  invalid: [
    {
      name: 'hostPort duplicate across regular containers',
      code: pod('  containers:\n    - name: a\n      image: x\n      ports:\n        - containerPort: 8080\n          hostPort: 8080\n    - name: b\n      image: x\n      ports:\n        - containerPort: 9090\n          hostPort: 8080\n'),
      errors: [{ messageId: 'hostPortDuplicate', path: 'spec.containers[1].ports[0].hostPort', line: 16, column: 11, message: 'Duplicate value: "TCP//8080"' }],
    },
    {
      name: 'hostPort duplicate within one init container',
      code: pod('  initContainers:\n    - name: i\n      image: x\n      ports:\n        - {containerPort: 53, hostPort: 53, protocol: UDP, hostIP: 127.0.0.1}\n        - {containerPort: 54, hostPort: 53, protocol: UDP, hostIP: 127.0.0.1}\n  containers:\n    - {name: a, image: x}\n'),
      errors: [{ messageId: 'hostPortDuplicate', path: 'spec.initContainers[0].ports[1].hostPort', line: 11, column: 31, message: '"UDP/127.0.0.1/53"' }],
    },
    {
      name: 'hostNetwork Pod: hostPort defaults to containerPort, so equal containerPorts collide',
      code: pod('  hostNetwork: true\n  containers:\n    - {name: a, image: x, ports: [{containerPort: 9100}]}\n    - {name: b, image: x, ports: [{containerPort: 9100}]}\n'),
      errors: [{ messageId: 'hostPortDuplicate', path: 'spec.containers[1].ports[0].containerPort', line: 9, column: 36 }],
    },
    {
      name: 'port ranges and protocol',
      code: pod('  containers:\n    - name: a\n      image: x\n      ports:\n        - containerPort: 70000\n        - containerPort: 80\n          hostPort: -1\n          protocol: tcp\n        - name: http\n'),
      errors: [
        { messageId: 'portRange', path: 'spec.containers[0].ports[0].containerPort', line: 10, column: 11, message: 'Invalid value: 70000: must be between 1 and 65535, inclusive' },
        { messageId: 'portRange', path: 'spec.containers[0].ports[1].hostPort', line: 12, column: 11 },
        { messageId: 'protocol', path: 'spec.containers[0].ports[1].protocol', line: 13, column: 11, message: 'Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"' },
        { messageId: 'containerPortRequired', path: 'spec.containers[0].ports[2]', line: 14, column: 11 },
      ],
    },
    {
      name: 'CronJob path',
      code: `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - {name: a, image: x, ports: [{containerPort: 0}]}
`,
      errors: [{ messageId: 'containerPortRequired', path: 'spec.jobTemplate.spec.template.spec.containers[0].ports[0]' }],
    },
  ],
});
