import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-unused-volumes.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

new RuleTester().run(rule, {
  valid: [
    pod('  volumes:\n    - {name: data, emptyDir: {}}\n  containers:\n    - {name: a, image: x, volumeMounts: [{name: data, mountPath: /d}]}\n'),
    { name: 'mounted only by an init container', code: pod('  volumes:\n    - {name: seed, emptyDir: {}}\n  initContainers:\n    - {name: i, image: x, volumeMounts: [{name: seed, mountPath: /s}]}\n  containers:\n    - {name: a, image: x}\n') },
    { name: 'used as a block device', code: pod('  volumes:\n    - {name: disk, persistentVolumeClaim: {claimName: d}}\n  containers:\n    - {name: a, image: x, volumeDevices: [{name: disk, devicePath: /dev/xvda}]}\n') },
  ],
  invalid: [
    {
      code: pod('  volumes:\n    - name: config\n      configMap: {name: app}\n  containers:\n    - {name: a, image: x}\n'),
      errors: [{ messageId: 'unused', path: 'spec.volumes[0].name', line: 7, column: 7, severity: 'info', message: 'volume "config" is declared but no container mounts it' }],
    },
    {
      name: 'DaemonSet template',
      code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      volumes:\n        - {name: varlog, hostPath: {path: /var/log}}\n        - {name: unused, emptyDir: {}}\n      containers:\n        - {name: a, image: x, volumeMounts: [{name: varlog, mountPath: /var/log}]}\n',
      errors: [{ messageId: 'unused', path: 'spec.template.spec.volumes[1].name', line: 11, column: 12 }],
    },
  ],
});
