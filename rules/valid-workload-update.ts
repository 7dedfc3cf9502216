// Workload updates: the selector of Deployments, ReplicaSets and DaemonSets is immutable; a StatefulSet
// spec may change only in the fields its version allows.
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { copyField, describeChange, diffValues, semanticEqual, show, STATEFULSET_SPEC_DEFAULTS, statefulSetForbiddenText, statefulSetMutableFields } from '../src/k8s/update.js';
import { rec } from '../src/k8s/values.js';
import type { JsonObject } from '../src/k8s/values.js';

export type MessageIds = 'selectorImmutable' | 'statefulSetForbidden';

const SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'DaemonSet']);

export default defineRule<MessageIds>({
  id: 'valid-workload-update',
  meta: {
    description: 'Validate workload updates: immutable selectors and the StatefulSet spec fields an update may change',
    category: 'validity',
    severity: 'error',
    phase: 'update',
    remediation:
      'Keep the selector of a Deployment, ReplicaSet or DaemonSet and the immutable StatefulSet fields (serviceName, selector, volumeClaimTemplates, podManagementPolicy, …) as they are; to change them, delete the object with --cascade=orphan and recreate it.',
    messages: {
      selectorImmutable: '{{path}}: Invalid value: {{value}}: field is immutable (was {{old}}). Keep the selector; to change it, create a new {{kind}} and delete the old one.',
      statefulSetForbidden:
        '{{path}}: Forbidden: {{text}} ({{change}}). Revert this change, or delete the StatefulSet with --cascade=orphan and recreate it.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (apiGroup(current.apiVersion) !== 'apps' || previous.kind !== current.kind) return;
        const oldSpec = rec(previous.value['spec']) ?? {};
        const newSpec = rec(current.value['spec']) ?? {};
        if (SELECTOR_KINDS.has(current.kind)) {
          if (!semanticEqual(oldSpec['selector'], newSpec['selector'])) {
            const path = ['spec', 'selector'];
            ctx.report({ messageId: 'selectorImmutable', path, previousPath: path, data: { value: show(newSpec['selector']), old: show(oldSpec['selector']), kind: current.kind } });
          }
          return;
        }
        if (current.kind !== 'StatefulSet') return;
        const version = ctx.settings.kubernetesVersion;
        const munged: JsonObject = { ...newSpec };
        for (const f of statefulSetMutableFields(version)) copyField(munged, oldSpec, f);
        const text = statefulSetForbiddenText(version);
        for (const change of diffValues(oldSpec, munged, ['spec'], { defaults: STATEFULSET_SPEC_DEFAULTS })) {
          ctx.report({ messageId: 'statefulSetForbidden', path: change.path, previousPath: change.path, data: { text, change: describeChange(change) } });
        }
      },
    };
  },
});
