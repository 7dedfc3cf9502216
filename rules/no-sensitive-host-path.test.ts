import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-sensitive-host-path.js';

const pod = (volumes: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: app
      image: x
  volumes:
${volumes}`;

new RuleTester().run(rule, {
  valid: [
    pod('    - name: logs\n      hostPath: {path: /var/log/pods}\n    - name: certs\n      hostPath: {path: /etc/ssl/certs}\n    - name: empty\n      emptyDir: {}\n'),
    { name: 'a relative path is not a host path the API server accepts, nor one of these', code: pod('    - name: rel\n      hostPath: {path: "var/run/docker.sock"}\n') },
  ],
  invalid: [
    {
      code: pod('    - name: docker\n      hostPath:\n        path: /var/run/docker.sock\n        type: Socket\n    - name: containerd\n      hostPath: {path: //run/containerd/./containerd.sock}\n    - name: run\n      hostPath: {path: /run/}\n    - name: root\n      hostPath: {path: /}\n    - name: proc\n      hostPath: {path: /proc}\n    - name: etc\n      hostPath: {path: /etc/}\n'),
      errors: [
        { messageId: 'runtimeSocket', path: 'spec.volumes[0].hostPath.path', line: 12, column: 9, message: '"/var/run/docker.sock" is a container runtime socket' },
        { messageId: 'runtimeSocket', path: 'spec.volumes[1].hostPath.path', line: 15, column: 18 },
        { messageId: 'runtimeSocketDir', path: 'spec.volumes[2].hostPath.path', line: 17, column: 18 },
        { messageId: 'hostRoot', path: 'spec.volumes[3].hostPath.path', line: 19, column: 18, message: '"/" exposes the node itself' },
        { messageId: 'hostRoot', path: 'spec.volumes[4].hostPath.path', line: 21, column: 18 },
        { messageId: 'hostRoot', path: 'spec.volumes[5].hostPath.path', line: 23, column: 18 },
      ],
    },
    {
      name: 'CronJob template',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: t\n              image: x\n          volumes:\n            - name: sock\n              hostPath: {path: /run/crio/crio.sock}\n',
      errors: [{ messageId: 'runtimeSocket', path: 'spec.jobTemplate.spec.template.spec.volumes[0].hostPath.path', line: 17, column: 26 }],
    },
  ],
});
