import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './deployment-selector-orphans.js';

const deploy = (selector: string, labels: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: ${selector}
  template:
    metadata: {labels: ${labels}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'unchanged', previous: deploy('{matchLabels: {app: web}}', '{app: web}'), code: deploy('{matchLabels: {app: web}}', '{app: web}') },
    { name: 'new selector still selects the old Pods', previous: deploy('{matchLabels: {app: web}}', '{app: web, tier: front}'), code: deploy('{matchLabels: {app: web, tier: front}}', '{app: web, tier: front}') },
    { name: 'matchExpressions that select the old Pods', previous: deploy('{matchLabels: {app: web}}', '{app: web}'), code: deploy('{matchExpressions: [{key: app, operator: In, values: [web, api]}]}', '{app: web}') },
  ],
  invalid: [
    {
      name: 'selector renamed',
      previous: deploy('{matchLabels: {app: web}}', '{app: web}'),
      code: deploy('{matchLabels: {app: frontend}}', '{app: frontend}'),
      errors: [{ messageId: 'orphans', path: 'spec.selector', line: 5, column: 3, severity: 'warning', message: '(labels {"app":"web"})' }],
    },
    {
      name: 'NotIn excludes the old Pods',
      previous: deploy('{matchLabels: {app: web}}', '{app: web, track: stable}'),
      code: deploy('{matchLabels: {app: web}, matchExpressions: [{key: track, operator: NotIn, values: [stable]}]}', '{app: web, track: canary}'),
      errors: [{ messageId: 'orphans', line: 5, column: 3 }],
    },
  ],
});
