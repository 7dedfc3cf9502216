import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-job-update.js';

/** A Job; `spec` extras go on lines 5+, the template follows. */
const job = (spec: string, podSpec = '      nodeSelector: {pool: batch}\n', image = 'busybox:1.36'): string => `apiVersion: batch/v1
kind: Job
metadata: {name: report}
spec:
${spec}  template:
    metadata: {labels: {app: report}}
    spec:
      restartPolicy: Never
      containers:
        - name: run
          image: ${image}
          resources: {requests: {cpu: 100m}}
${podSpec}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'mutable fields', previous: job('  parallelism: 2\n  backoffLimit: 3\n'), code: job('  parallelism: 4\n  backoffLimit: 6\n  activeDeadlineSeconds: 600\n  ttlSecondsAfterFinished: 100\n  suspend: true\n') },
    { name: 'suspended: scheduling directives and labels', previous: job('  suspend: true\n'), code: job('  suspend: true\n', '      nodeSelector: {pool: spot}\n      tolerations: [{key: spot, operator: Exists}]\n').replace('{app: report}', '{app: report, queue: a}') },
    { name: 'suspended: resources from 1.36', kubernetesVersion: '1.36', previous: job('  suspend: true\n'), code: job('  suspend: true\n').replace('cpu: 100m', 'cpu: 500m') },
    { name: 'Indexed: completions with parallelism', previous: job('  completionMode: Indexed\n  completions: 4\n  parallelism: 4\n'), code: job('  completionMode: Indexed\n  completions: 8\n  parallelism: 8\n') },
    { name: 'completionMode default written out', previous: job(''), code: job('  completionMode: NonIndexed\n  completions: 1\n') },
    { name: 'managedBy before 1.32 is dropped by the server', kubernetesVersion: '1.31', previous: job(''), code: job('  managedBy: example.com/queue\n') },
  ],
  invalid: [
    {
      name: 'template changed while not suspended',
      previous: job(''),
      code: job('', undefined, 'busybox:1.37'),
      errors: [{ messageId: 'templateImmutable', path: 'spec.template.spec.containers[0].image', line: 11, column: 11, message: '("busybox:1.36" → "busybox:1.37")' }],
    },
    {
      name: 'suspended: resources before 1.36',
      kubernetesVersion: '1.35',
      previous: job('  suspend: true\n'),
      code: job('  suspend: true\n').replace('cpu: 100m', 'cpu: 500m'),
      errors: [{ messageId: 'templateSuspended', path: 'spec.template.spec.containers[0].resources.requests.cpu', line: 13, column: 34 }],
    },
    {
      name: 'suspended: image still immutable',
      previous: job('  suspend: true\n'),
      code: job('  suspend: true\n', undefined, 'busybox:1.37'),
      errors: [{ messageId: 'templateSuspended', line: 12, column: 11, message: 'and container resources of spec.template may change' }],
    },
    {
      name: 'completions of a NonIndexed Job',
      previous: job('  completions: 3\n'),
      code: job('  completions: 5\n'),
      errors: [{ messageId: 'immutable', path: 'spec.completions', line: 5, column: 3, message: 'spec.completions: Invalid value: 5: field is immutable (was 3)' }],
    },
    {
      name: 'Indexed: completions without parallelism',
      previous: job('  completionMode: Indexed\n  completions: 4\n  parallelism: 4\n'),
      code: job('  completionMode: Indexed\n  completions: 8\n  parallelism: 4\n'),
      errors: [{ messageId: 'completionsTandem', path: 'spec.completions', line: 6, column: 3, message: 'can only be modified in tandem with spec.parallelism' }],
    },
    {
      name: 'immutable spec fields',
      previous: job('  completionMode: NonIndexed\n  backoffLimitPerIndex: 1\n  completions: 2\n'),
      code: job('  completionMode: Indexed\n  backoffLimitPerIndex: 2\n  completions: 2\n  parallelism: 2\n  podFailurePolicy:\n    rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]\n  manualSelector: true\n  selector: {matchLabels: {app: report}}\n'),
      errors: [
        { messageId: 'immutable', path: 'spec.completionMode', line: 5, column: 3 },
        { messageId: 'immutable', path: 'spec.backoffLimitPerIndex', line: 6, column: 3 },
        { messageId: 'immutable', path: 'spec.podFailurePolicy', line: 9, column: 3 },
        { messageId: 'immutable', path: 'spec.selector', line: 12, column: 3 },
      ],
    },
  ],
});
