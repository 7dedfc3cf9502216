import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-host-ports.js';

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n      ports:\n        - containerPort: 80\n        - containerPort: 81\n          hostPort: 0\n',
    { name: 'a template with hostNetwork keeps hostPort unset', code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      hostNetwork: true\n      containers:\n        - name: app\n          image: x\n          ports: [{containerPort: 80}]\n' },
  ],
  invalid: [
    {
      name: 'a Pod with hostNetwork: the API server defaults hostPort to containerPort before Pod Security runs',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: x\n      ports:\n        - containerPort: 80\n',
      errors: [{ messageId: 'violation', path: 'spec.containers[0].ports[0]', line: 11, column: 11, message: 'container "app" uses hostPort 80 (defaulted to containerPort because hostNetwork is true)' }],
    },
    {
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n    - name: sidecar\n      image: x\n      restartPolicy: Always\n      ports:\n        - containerPort: 9090\n          hostPort: 9090\n  containers:\n    - name: app\n      image: x\n      ports:\n        - containerPort: 80\n          hostPort: 8080\n  ephemeralContainers:\n    - name: debug\n      image: x\n      ports:\n        - {containerPort: 1234, hostPort: 1234}\n',
      errors: [
        { messageId: 'violation', path: 'spec.initContainers[0].ports[0].hostPort', line: 12, column: 11, message: 'hostPort (container "sidecar" uses hostPort 9090)' },
        { messageId: 'violation', path: 'spec.containers[0].ports[0].hostPort', line: 18, column: 11 },
        { messageId: 'violation', path: 'spec.ephemeralContainers[0].ports[0].hostPort', line: 23, column: 33 },
      ],
    },
  ],
});
