import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-host-path-volumes.js';

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n  volumes:\n    - name: a\n      emptyDir: {}\n',
    { name: 'replaced by restrictedVolumes at the restricted level', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n  volumes:\n    - name: h\n      hostPath: {path: /data}\n', podSecurityLevel: 'restricted' },
  ],
  invalid: [
    {
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n        - name: app\n          image: x\n      volumes:\n        - name: cfg\n          configMap: {name: c}\n        - name: logs\n          hostPath:\n            path: /var/log\n',
      errors: [{ messageId: 'violation', path: 'spec.template.spec.volumes[1].hostPath', line: 17, column: 11, message: 'hostPath volumes (volume "logs")' }],
    },
  ],
});
