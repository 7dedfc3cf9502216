// Workload pod templates: the selector must match the template's labels, and controllers that keep pods
// running reject activeDeadlineSeconds in the template.
import { defineRule } from '../src/core/rule.js';
import { goMap, selectorMatches } from '../src/k8s/selectors.js';
import { arr, dig, rec } from '../src/k8s/values.js';
import type { JsonObject } from '../src/k8s/values.js';

export type MessageIds = 'selectorMismatch' | 'activeDeadline';

/** The controller name the API server uses in the activeDeadlineSeconds message, per kind. */
const DEADLINE_KIND: Readonly<Record<string, string>> = {
  Deployment: 'ReplicaSet',
  ReplicaSet: 'ReplicaSet',
  DaemonSet: 'DaemonSet',
  StatefulSet: 'StatefulSet',
  ReplicationController: 'ReplicationController',
};

export default defineRule<MessageIds>({
  id: 'valid-workload-template',
  meta: {
    description: 'Require workload selectors to match their pod template labels and forbid activeDeadlineSeconds in long-running templates',
    category: 'validity',
    severity: 'error',
    remediation:
      'Give the pod template every label the selector requires (`spec.template.metadata.labels`), and remove `activeDeadlineSeconds` from the templates of Deployments, ReplicaSets, DaemonSets, StatefulSets and ReplicationControllers.',
    messages: {
      selectorMismatch:
        '{{path}}: Invalid value: {{labels}}: `selector` does not match template `labels`. Add the labels the selector requires ({{selector}}) to the template.',
      activeDeadline:
        '{{path}}: Invalid value: {{value}}: activeDeadlineSeconds in {{controller}} is not Supported. Remove it; the controller would replace every pod it kills.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const kind = pod.kind;
        const obj = ctx.object.value;
        const controller = DEADLINE_KIND[kind];
        if (controller && pod.spec['activeDeadlineSeconds'] !== undefined && pod.spec['activeDeadlineSeconds'] !== null) {
          ctx.report({ messageId: 'activeDeadline', data: { value: JSON.stringify(pod.spec['activeDeadlineSeconds']), controller }, path: pod.at('activeDeadlineSeconds') });
        }
        let selector: JsonObject | undefined;
        // What the message shows of the selector (built only for a report).
        let shown: JsonObject;
        if (kind === 'Deployment' || kind === 'ReplicaSet' || kind === 'DaemonSet' || kind === 'StatefulSet' || (kind === 'Job' && dig(obj, 'spec', 'manualSelector') === true)) {
          selector = rec(dig(obj, 'spec', 'selector'));
          if (!selector || (Object.keys(rec(selector['matchLabels']) ?? {}).length === 0 && arr(selector['matchExpressions']).length === 0)) return;
          shown = selector;
        } else if (kind === 'ReplicationController') {
          const sel = rec(dig(obj, 'spec', 'selector'));
          if (!sel || Object.keys(sel).length === 0) return; // defaulted from the template labels
          selector = { matchLabels: sel };
          shown = sel;
        } else return;
        const rawLabels = rec(pod.metadata['labels']);
        const labels: Record<string, string> = {};
        for (const k in rawLabels) {
          const v = rawLabels[k];
          if (typeof v === 'string') labels[k] = v;
        }
        if (selectorMatches(selector, labels) === false) {
          const labelsPath = rawLabels ? [...pod.metadataPath, 'labels'] : pod.metadataPath;
          ctx.report({ messageId: 'selectorMismatch', data: { labels: goMap(rawLabels), selector: JSON.stringify(shown) }, path: labelsPath });
        }
      },
    };
  },
});
