import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-discarded-metadata-change.js';

const pod = (metadata: string): string => `apiVersion: v1
kind: Pod
metadata:
${metadata}spec:
  containers:
    - {name: app, image: nginx:1.27}
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'unchanged', previous: pod('  name: web\n  creationTimestamp: "2026-01-01T00:00:00Z"\n  generation: 2\n'), code: pod('  name: web\n  creationTimestamp: "2026-01-01T00:00:00Z"\n  generation: 2\n') },
    { name: 'removed from the manifest', previous: pod('  name: web\n  creationTimestamp: "2026-01-01T00:00:00Z"\n'), code: pod('  name: web\n') },
    { name: 'creationTimestamp: null as kubectl prints it', previous: pod('  name: web\n'), code: pod('  name: web\n  creationTimestamp: null\n') },
    { name: 'setting deletionTimestamp is an error of valid-metadata-update, not a discarded change', previous: pod('  name: web\n'), code: pod('  name: web\n  deletionTimestamp: "2026-01-01T00:00:00Z"\n') },
  ],
  invalid: [
    {
      name: 'creationTimestamp changed',
      previous: pod('  name: web\n  creationTimestamp: "2026-01-01T00:00:00Z"\n'),
      code: pod('  name: web\n  creationTimestamp: "2026-02-01T00:00:00Z"\n'),
      errors: [{ messageId: 'discarded', path: 'metadata.creationTimestamp', line: 5, column: 3, severity: 'warning' }],
    },
    {
      name: 'generation set',
      previous: pod('  name: web\n'),
      code: pod('  name: web\n  generation: 7\n'),
      errors: [{ messageId: 'discarded', path: 'metadata.generation', line: 5, column: 3, message: 'changed from null to 7' }],
    },
    {
      name: 'existing deletionTimestamp removed: reported at metadata',
      previous: pod('  name: web\n  deletionTimestamp: "2026-01-01T00:00:00Z"\n'),
      code: pod('  name: web\n'),
      errors: [{ messageId: 'discarded', path: 'metadata.deletionTimestamp', line: 3, column: 1 }],
    },
    {
      name: 'any kind',
      previous: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, generation: 3}\n',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, generation: 4}\n',
      errors: [{ messageId: 'discarded', line: 3, column: 21 }],
    },
  ],
});
