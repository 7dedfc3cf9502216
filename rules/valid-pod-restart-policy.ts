// The pod's restartPolicy: Always | OnFailure | Never, and what each workload kind allows in its template.
import { defineRule } from '../src/core/rule.js';
import { showValue } from '../src/k8s/containers.js';
import { ALWAYS_RESTART_KINDS } from '../src/k8s/pod-spec.js';
import { dig, rec } from '../src/k8s/values.js';

export type MessageIds = 'unsupported' | 'alwaysOnly' | 'jobRequired' | 'podFailurePolicy';

export default defineRule<MessageIds>({
  id: 'valid-pod-restart-policy',
  meta: {
    description: 'Validate the pod restartPolicy, and the values each workload kind allows in its pod template',
    category: 'validity',
    severity: 'error',
    remediation:
      'Use `Always` (or leave it unset) in Deployments, ReplicaSets, DaemonSets, StatefulSets and ReplicationControllers; `OnFailure` or `Never` in Jobs and CronJobs (`Never` when the Job has a podFailurePolicy).',
    messages: {
      unsupported: '{{path}}: Unsupported value: {{value}}: supported values: "Always", "OnFailure", "Never". Use one of them.',
      alwaysOnly: '{{path}}: Unsupported value: {{value}}: supported values: "Always". A {{kind}} keeps its pods running; use a Job for run-to-completion work.',
      jobRequired:
        '{{path}}: Required value: valid values: "OnFailure", "Never"{{defaulted}}. Set `restartPolicy: OnFailure` (retry in place) or `Never` (a new pod per retry).',
      podFailurePolicy:
        '{{path}}: Invalid value: {{value}}: only "Never" is supported when podFailurePolicy is specified. Set `restartPolicy: Never`.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const raw = pod.spec['restartPolicy'];
        const set = raw !== undefined && raw !== null && raw !== '';
        const effective = set ? raw : 'Always';
        const path = pod.at('restartPolicy');
        if (ALWAYS_RESTART_KINDS.has(pod.kind)) {
          if (effective !== 'Always') ctx.report({ messageId: 'alwaysOnly', data: { value: showValue(raw), kind: pod.kind }, path });
          return;
        }
        if (pod.kind === 'Job' || pod.kind === 'CronJob') {
          const jobSpec = pod.kind === 'Job' ? rec(ctx.object.value['spec']) : rec(dig(ctx.object.value, 'spec', 'jobTemplate', 'spec'));
          if (effective !== 'OnFailure' && effective !== 'Never') {
            ctx.report({ messageId: 'jobRequired', data: { defaulted: set ? '' : ' (unset, it defaults to Always)' }, path: set ? path : pod.path });
          } else if (jobSpec?.['podFailurePolicy'] !== undefined && jobSpec['podFailurePolicy'] !== null && effective !== 'Never') {
            ctx.report({ messageId: 'podFailurePolicy', data: { value: showValue(raw) }, path });
          }
          return;
        }
        if (set && raw !== 'Always' && raw !== 'OnFailure' && raw !== 'Never') ctx.report({ messageId: 'unsupported', data: { value: showValue(raw) }, path });
      },
    };
  },
});
