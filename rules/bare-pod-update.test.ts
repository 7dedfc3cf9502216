import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './bare-pod-update.js';

const pod = (meta: string, container: string): string => `apiVersion: v1
kind: Pod
metadata: ${meta}
spec:
  containers:
    - ${container}
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'allowed change', previous: pod('{name: web}', '{name: app, image: nginx:1.26}'), code: pod('{name: web}', '{name: app, image: nginx:1.27}') },
    {
      name: 'managed by a ReplicaSet: the controller replaces it',
      previous: pod('{name: web-abc, ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web, uid: 1, controller: true}]}', '{name: app, image: nginx:1.26}'),
      code: pod('{name: web-abc, ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web, uid: 1, controller: true}]}', '{name: app, image: nginx:1.26, ports: [{containerPort: 80}]}'),
    },
  ],
  invalid: [
    {
      name: 'forbidden change',
      previous: pod('{name: web}', '{name: app, image: nginx:1.26}'),
      code: pod('{name: web}', '{name: app, image: nginx:1.26, ports: [{containerPort: 80}]}'),
      errors: [{ messageId: 'recreate', path: 'spec', line: 4, column: 1, severity: 'warning', message: 'its spec change cannot be applied in place' }],
    },
    {
      name: 'container added',
      previous: pod('{name: web}', '{name: app, image: nginx:1.26}'),
      code: pod('{name: web}', '{name: app, image: nginx:1.26}\n    - {name: b, image: b:1}'),
      errors: [{ messageId: 'recreate', message: 'adding or removing containers' }],
    },
  ],
});
