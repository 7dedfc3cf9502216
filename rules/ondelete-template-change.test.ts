import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './ondelete-template-change.js';

const ds = (strategy: string, image: string): string => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
${strategy}  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: ${image}
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'RollingUpdate', previous: ds('  updateStrategy: {type: RollingUpdate}\n', 'agent:1'), code: ds('  updateStrategy: {type: RollingUpdate}\n', 'agent:2') },
    { name: 'default strategy', previous: ds('', 'agent:1'), code: ds('', 'agent:2') },
    { name: 'OnDelete, template unchanged', previous: ds('  updateStrategy: {type: OnDelete}\n', 'agent:1'), code: ds('  updateStrategy: {type: OnDelete}\n  minReadySeconds: 5\n', 'agent:1') },
  ],
  invalid: [
    {
      name: 'DaemonSet OnDelete',
      previous: ds('  updateStrategy: {type: OnDelete}\n', 'agent:1'),
      code: ds('  updateStrategy: {type: OnDelete}\n', 'agent:2'),
      errors: [{ messageId: 'onDelete', path: 'spec.template.spec.containers[0].image', line: 12, column: 11, severity: 'warning' }],
    },
    {
      name: 'StatefulSet OnDelete',
      previous: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  updateStrategy: {type: OnDelete}\n  template:\n    metadata: {labels: {app: db}}\n',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  updateStrategy: {type: OnDelete}\n  template:\n    metadata: {labels: {app: db, v: "2"}}\n',
      errors: [{ messageId: 'onDelete', path: 'spec.template.metadata.labels.v', line: 7, column: 34 }],
    },
  ],
});
