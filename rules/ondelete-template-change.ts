// A changed pod template under `updateStrategy: OnDelete` is stored but not rolled out.
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { describeChange, diffPodTemplates } from '../src/k8s/update.js';
import { dig } from '../src/k8s/values.js';

export type MessageIds = 'onDelete';

export default defineRule<MessageIds>({
  id: 'ondelete-template-change',
  meta: {
    description: 'Warn when the pod template of a StatefulSet or DaemonSet with updateStrategy OnDelete changes',
    category: 'pitfall',
    severity: 'warning',
    phase: 'update',
    remediation: 'Delete the existing Pods (one at a time) after applying so that they are recreated from the new template, or switch updateStrategy to RollingUpdate.',
    messages: {
      onDelete:
        '{{path}}: the pod template of this {{kind}} changed ({{change}}), but its updateStrategy is OnDelete: existing Pods keep running the old template until they are deleted. Delete the Pods to roll out the change, or use RollingUpdate.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (apiGroup(current.apiVersion) !== 'apps' || (current.kind !== 'StatefulSet' && current.kind !== 'DaemonSet')) return;
        if (dig(current.value, 'spec', 'updateStrategy', 'type') !== 'OnDelete') return;
        const changes = diffPodTemplates(dig(previous.value, 'spec', 'template'), dig(current.value, 'spec', 'template'), ['spec', 'template']);
        const first = changes[0];
        if (!first) return;
        ctx.report({ messageId: 'onDelete', path: first.path, previousPath: first.path, data: { kind: current.kind, change: describeChange(first) } });
      },
    };
  },
});
