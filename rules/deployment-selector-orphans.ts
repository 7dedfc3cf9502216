// A Deployment whose new selector no longer selects its old Pods would orphan its ReplicaSets.
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { selectorMatches } from '../src/k8s/selectors.js';
import { semanticEqual, show } from '../src/k8s/update.js';
import { dig } from '../src/k8s/values.js';

export type MessageIds = 'orphans';

export default defineRule<MessageIds>({
  id: 'deployment-selector-orphans',
  meta: {
    description: 'Warn when a Deployment selector change would orphan the ReplicaSets and Pods of the old template',
    category: 'pitfall',
    severity: 'warning',
    phase: 'update',
    remediation:
      'Keep the selector. If it must change, create the Deployment under a new name, scale the old one to zero and delete it, so no ReplicaSet or Pod is left behind.',
    messages: {
      orphans:
        '{{path}}: the new selector does not select the Pods of the old template (labels {{labels}}): the existing ReplicaSets and their Pods would no longer belong to this Deployment and keep running unmanaged. Keep the selector, or replace the Deployment under a new name and delete the old one.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (current.kind !== 'Deployment' || apiGroup(current.apiVersion) !== 'apps' || previous.kind !== 'Deployment') return;
        const oldSel = dig(previous.value, 'spec', 'selector');
        const newSel = dig(current.value, 'spec', 'selector');
        if (newSel === undefined || semanticEqual(oldSel, newSel)) return;
        const oldLabels = dig(previous.value, 'spec', 'template', 'metadata', 'labels');
        if (selectorMatches(newSel, oldLabels) === true) return;
        const path = ['spec', 'selector'];
        ctx.report({ messageId: 'orphans', path, previousPath: path, data: { labels: show(oldLabels ?? {}) } });
      },
    };
  },
});
