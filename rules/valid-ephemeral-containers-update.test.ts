import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-ephemeral-containers-update.js';

/** A Pod; ephemeral containers start on line 8. */
const pod = (ephemeral: string, meta = '{name: web}'): string => `apiVersion: v1
kind: Pod
metadata: ${meta}
spec:
  containers:
    - {name: app, image: nginx:1.27}
  ephemeralContainers:
${ephemeral}`;

const debug = '    - {name: debugger, image: busybox:1.36, targetContainerName: app, stdin: true, tty: true}\n';
const sub = { subresource: 'ephemeralcontainers' as const };

new RuleTester().run(rule, {
  valid: [
    { ...sub, name: 'first ephemeral container added', previous: pod('    []\n'), code: pod(debug) },
    { ...sub, name: 'second one added, first unchanged (order may change)', previous: pod(debug), code: pod(`    - {name: debugger-2, image: busybox:1.36}\n${debug}`) },
    { ...sub, name: 'defaults written out are not changes', previous: pod(debug), code: pod('    - {name: debugger, image: busybox:1.36, targetContainerName: app, stdin: true, tty: true, terminationMessagePolicy: File}\n') },
    { name: 'not the subresource', previous: pod(debug), code: pod('    []\n') },
  ],
  invalid: [
    {
      ...sub,
      name: 'existing one removed',
      previous: pod(debug),
      code: pod('    - {name: other, image: busybox:1.36}\n'),
      errors: [{ messageId: 'removed', path: 'spec.ephemeralContainers', line: 7, column: 3, message: 'spec.ephemeralContainers: Forbidden: existing ephemeral containers "debugger" may not be removed' }],
    },
    {
      ...sub,
      name: 'existing one changed',
      previous: pod(debug),
      code: pod('    - {name: debugger, image: busybox:1.37, targetContainerName: app, stdin: true, tty: true}\n'),
      errors: [{ messageId: 'changed', path: 'spec.ephemeralContainers[0]', line: 8, column: 7, message: 'existing ephemeral containers "debugger" may not be changed (image: "busybox:1.36" → "busybox:1.37")' }],
    },
    {
      ...sub,
      name: 'static pod',
      previous: pod('    []\n', '{name: web, annotations: {kubernetes.io/config.mirror: abc}}'),
      code: pod(debug, '{name: web, annotations: {kubernetes.io/config.mirror: abc}}'),
      errors: [{ messageId: 'staticPod', line: 1, column: 1 }],
    },
    {
      ...sub,
      name: 'other changes are dropped: warning',
      previous: pod('    []\n'),
      code: pod(debug).replace('nginx:1.27', 'nginx:1.28'),
      errors: [{ messageId: 'ignored', path: 'spec.containers[0].image', line: 6, column: 19, severity: 'warning' }],
    },
  ],
});
