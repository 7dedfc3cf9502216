import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-workload-update.js';

const deployment = (selector: string, extra = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector:
${selector}  template:
    metadata: {labels: {app: web, tier: front}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
${extra}`;

const sts = (spec: string): string => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: postgres:16}]
${spec}`;

const vct = (size: string): string => `  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: ${size}}}
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'Deployment: replicas and template change', previous: deployment('    matchLabels: {app: web}\n'), code: deployment('    matchLabels: {app: web}\n').replace('replicas: 2', 'replicas: 3').replace('nginx:1.27', 'nginx:1.28') },
    { name: 'Deployment: empty matchExpressions is no change', previous: deployment('    matchLabels: {app: web}\n'), code: deployment('    matchLabels: {app: web}\n    matchExpressions: []\n') },
    { name: 'StatefulSet: allowed fields', previous: sts('  replicas: 1\n'), code: sts('  replicas: 3\n  minReadySeconds: 10\n  updateStrategy: {type: OnDelete}\n  persistentVolumeClaimRetentionPolicy: {whenDeleted: Delete}\n  ordinals: {start: 1}\n').replace('postgres:16', 'postgres:17') },
    { name: 'StatefulSet: revisionHistoryLimit from 1.33', kubernetesVersion: '1.33', previous: sts('  revisionHistoryLimit: 10\n'), code: sts('  revisionHistoryLimit: 3\n') },
    { name: 'StatefulSet: volumeClaimTemplates with server defaults written out', previous: sts(vct('1Gi')), code: sts(vct('1024Mi').replace('accessModes: [ReadWriteOnce]', 'accessModes: [ReadWriteOnce]\n        volumeMode: Filesystem')) },
    { name: 'StatefulSet: podManagementPolicy default written out', previous: sts(''), code: sts('  podManagementPolicy: OrderedReady\n') },
  ],
  invalid: [
    {
      name: 'Deployment selector changed',
      previous: deployment('    matchLabels: {app: web}\n'),
      code: deployment('    matchLabels: {app: web, tier: front}\n'),
      errors: [{ messageId: 'selectorImmutable', path: 'spec.selector', line: 6, column: 3, message: 'spec.selector: Invalid value: {"matchLabels":{"app":"web","tier":"front"}}: field is immutable (was {"matchLabels":{"app":"web"}})' }],
    },
    {
      name: 'DaemonSet selector changed',
      previous: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  selector: {matchLabels: {app: agent}}\n',
      code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  selector: {matchLabels: {app: agent2}}\n',
      errors: [{ messageId: 'selectorImmutable', line: 5, column: 3 }],
    },
    {
      name: 'ReplicaSet selector changed',
      previous: 'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: rs}\nspec:\n  selector: {matchLabels: {app: a}}\n',
      code: 'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: rs}\nspec:\n  selector: {matchExpressions: [{key: app, operator: In, values: [a]}]}\n',
      errors: [{ messageId: 'selectorImmutable', line: 5, column: 3 }],
    },
    {
      name: 'StatefulSet: volumeClaimTemplates storage changed',
      previous: sts(vct('1Gi')),
      code: sts(vct('2Gi')),
      errors: [{
        messageId: 'statefulSetForbidden',
        path: 'spec.volumeClaimTemplates[0].spec.resources.requests.storage',
        line: 15,
        column: 32,
        message: "Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden (\"1Gi\" → \"2Gi\")",
      }],
    },
    {
      name: 'StatefulSet: serviceName changed',
      previous: sts(''),
      code: sts('').replace('serviceName: db', 'serviceName: db-headless'),
      errors: [{ messageId: 'statefulSetForbidden', path: 'spec.serviceName', line: 5, column: 3 }],
    },
    {
      name: 'StatefulSet: revisionHistoryLimit before 1.33, with the older list',
      kubernetesVersion: '1.32',
      previous: sts('  revisionHistoryLimit: 10\n'),
      code: sts('  revisionHistoryLimit: 3\n'),
      errors: [{ messageId: 'statefulSetForbidden', path: 'spec.revisionHistoryLimit', line: 11, column: 3, message: "other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden" }],
    },
  ],
});
