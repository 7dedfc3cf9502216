import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-metadata-update.js';

/** A Pod; the metadata block is lines 3 to 3+n. */
const pod = (metadata: string): string => `apiVersion: v1
kind: Pod
metadata:
${metadata}spec:
  containers:
    - {name: app, image: nginx:1.27}
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'labels and annotations may change', previous: pod('  name: web\n  labels: {app: web}\n'), code: pod('  name: web\n  labels: {app: web, tier: front}\n  annotations: {note: x}\n') },
    { name: 'namespace omitted on one side', previous: pod('  name: web\n  namespace: prod\n'), code: pod('  name: web\n') },
    { name: 'uid omitted in the new manifest', previous: pod('  name: web\n  uid: 6f1c4a1e-1111-4b7e-9a1d-000000000001\n'), code: pod('  name: web\n') },
    { name: 'finalizer removed while deleting', previous: pod('  name: web\n  deletionTimestamp: "2026-01-01T00:00:00Z"\n  finalizers: [example.com/a, example.com/b]\n'), code: pod('  name: web\n  deletionTimestamp: "2026-01-01T00:00:00Z"\n  finalizers: [example.com/a]\n') },
    { name: 'finalizer added while not deleting', previous: pod('  name: web\n'), code: pod('  name: web\n  finalizers: [example.com/a]\n') },
    { name: 'mirror annotation unchanged', previous: pod('  name: web\n  annotations: {kubernetes.io/config.mirror: abc}\n'), code: pod('  name: web\n  annotations: {kubernetes.io/config.mirror: abc, x: y}\n') },
    {
      name: 'AppArmor annotations on a Deployment template are not Pod annotations',
      previous: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata: {annotations: {}}\n',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata: {annotations: {container.apparmor.security.beta.kubernetes.io/app: runtime/default}}\n',
    },
  ],
  invalid: [
    {
      name: 'name changed (the user paired the objects)',
      previous: pod('  name: web\n'),
      code: pod('  name: web-2\n'),
      errors: [{ messageId: 'immutable', path: 'metadata.name', line: 4, column: 3, message: 'metadata.name: Invalid value: "web-2": field is immutable (was "web")' }],
    },
    {
      name: 'namespace changed',
      previous: pod('  name: web\n  namespace: a\n'),
      code: pod('  name: web\n  namespace: b\n'),
      errors: [{ messageId: 'immutable', path: 'metadata.namespace', line: 5, column: 3 }],
    },
    {
      name: 'uid changed',
      previous: pod('  name: web\n  uid: 6f1c4a1e-1111-4b7e-9a1d-000000000001\n'),
      code: pod('  name: web\n  uid: 6f1c4a1e-1111-4b7e-9a1d-000000000002\n'),
      errors: [{ messageId: 'immutable', path: 'metadata.uid', line: 5, column: 3 }],
    },
    {
      name: 'deletionTimestamp set',
      previous: pod('  name: web\n'),
      code: pod('  name: web\n  deletionTimestamp: "2026-01-01T00:00:00Z"\n'),
      errors: [{ messageId: 'deletionTimestampSet', path: 'metadata.deletionTimestamp', line: 5, column: 3 }],
    },
    {
      name: 'new finalizer while deleting',
      previous: pod('  name: web\n  deletionTimestamp: "2026-01-01T00:00:00Z"\n'),
      code: pod('  name: web\n  deletionTimestamp: "2026-01-01T00:00:00Z"\n  finalizers: [example.com/x]\n'),
      errors: [{ messageId: 'newFinalizers', path: 'metadata.finalizers', line: 6, column: 3, message: 'found new finalizers []string{"example.com/x"}' }],
    },
    {
      name: 'mirror annotation added, changed, removed',
      previous: pod('  name: web\n'),
      code: pod('  name: web\n  annotations:\n    kubernetes.io/config.mirror: abc\n'),
      errors: [{ messageId: 'addMirror', path: 'metadata.annotations["kubernetes.io/config.mirror"]', line: 6, column: 5 }],
    },
    {
      name: 'mirror annotation changed',
      previous: pod('  name: web\n  annotations:\n    kubernetes.io/config.mirror: abc\n'),
      code: pod('  name: web\n  annotations:\n    kubernetes.io/config.mirror: def\n'),
      errors: [{ messageId: 'changeMirror', line: 6, column: 5 }],
    },
    {
      name: 'AppArmor annotation removed: reported at the annotations of the new Pod',
      previous: pod('  name: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: runtime/default\n    team: a\n'),
      code: pod('  name: web\n  annotations:\n    team: a\n'),
      errors: [{ messageId: 'changeAppArmor', path: 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]', line: 5, column: 3 }],
    },
    {
      name: 'AppArmor annotation added',
      previous: pod('  name: web\n'),
      code: pod('  name: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: unconfined\n'),
      errors: [{ messageId: 'addAppArmor', line: 6, column: 5 }],
    },
    {
      name: 'any kind: a ConfigMap renamed',
      previous: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n',
      errors: [{ messageId: 'immutable', path: 'metadata.name', line: 3, column: 12 }],
    },
  ],
});
