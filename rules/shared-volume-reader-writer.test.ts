import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './shared-volume-reader-writer.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  volumes:
    - name: html
      emptyDir: {}
${spec}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'init writes, app reads', code: pod('  initContainers:\n    - {name: fetch, image: x, volumeMounts: [{name: html, mountPath: /out}]}\n  containers:\n    - {name: web, image: nginx, volumeMounts: [{name: html, mountPath: /usr/share/nginx/html, readOnly: true}]}\n') },
    { name: 'scratch space of one app container', code: pod('  containers:\n    - {name: web, image: x, volumeMounts: [{name: html, mountPath: /tmp}]}\n') },
    { name: 'a read-only hostPath is fine', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes:\n    - {name: logs, hostPath: {path: /var/log}}\n  containers:\n    - {name: a, image: x, volumeMounts: [{name: logs, mountPath: /var/log, readOnly: true}]}\n' },
    { name: 'two init containers pass files along', code: pod('  initContainers:\n    - {name: a, image: x, volumeMounts: [{name: html, mountPath: /o}]}\n    - {name: b, image: x, volumeMounts: [{name: html, mountPath: /i}]}\n  containers:\n    - {name: web, image: x}\n') },
  ],
  invalid: [
    {
      name: 'init container writes, nobody reads',
      code: pod('  initContainers:\n    - name: fetch\n      image: alpine/git\n      volumeMounts:\n        - {name: html, mountPath: /out}\n  containers:\n    - {name: web, image: nginx}\n'),
      errors: [{ messageId: 'noReader', path: 'spec.initContainers[0].volumeMounts[0].name', line: 13, column: 12, message: 'init container "fetch" writes to emptyDir "html", but no other container mounts it' }],
    },
    {
      name: 'mounted read-only everywhere',
      code: pod('  containers:\n    - {name: web, image: nginx, volumeMounts: [{name: html, mountPath: /usr/share/nginx/html, readOnly: true}]}\n    - {name: sync, image: x, volumeMounts: [{name: html, mountPath: /data, readOnly: true}]}\n'),
      errors: [{ messageId: 'noWriter', path: 'spec.volumes[0].name', line: 7, column: 7, message: '("web", "sync")' }],
    },
  ],
});
