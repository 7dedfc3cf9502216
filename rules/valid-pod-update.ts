// Pod spec updates (`ValidatePodUpdate`): only images, activeDeadlineSeconds, tolerations, scheduling-gate
// removal, the terminationGracePeriodSeconds fix-up and, while gated, node selection may change.
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import {
  describeChange,
  firstModifiedToleration,
  forbiddenPodSpecChanges,
  nodeSelectorTermOnlyAdditions,
  POD_UPDATABLE_FIELDS,
  show,
} from '../src/k8s/update.js';
import { arr, dig, num, rec, str } from '../src/k8s/values.js';
import type { JsonObject } from '../src/k8s/values.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds =
  | 'containersChanged'
  | 'imageRequired'
  | 'imageWhitespace'
  | 'activeDeadlineRange'
  | 'activeDeadlineZero'
  | 'activeDeadlineIncreased'
  | 'activeDeadlineRemoved'
  | 'tolerationModified'
  | 'schedulingGateAdded'
  | 'nodeSelectorMutated'
  | 'nodeSelectorTermsCount'
  | 'nodeSelectorTermMutated'
  | 'forbidden'
  | 'forbiddenResources';

const MAX_INT32 = 2147483647;
const REQUIRED_TERMS = ['spec', 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'] as const;

export default defineRule<MessageIds>({
  id: 'valid-pod-update',
  meta: {
    description: 'Validate that a Pod update changes only the fields the API server allows',
    category: 'validity',
    severity: 'error',
    phase: 'update',
    remediation:
      'Keep the Pod spec as it was except for container images, a lower activeDeadlineSeconds, added tolerations and removed scheduling gates; for any other change delete and recreate the Pod, or let a Deployment replace it.',
    messages: {
      containersChanged:
        '{{path}}: Forbidden: pod updates may not add or remove containers ({{old}} before, {{new}} now). Delete and recreate the Pod to change its containers.',
      imageRequired: '{{path}}: Required value. Give the container an image.',
      imageWhitespace: '{{path}}: Invalid value: {{value}}: must not have leading or trailing whitespace. Remove the spaces around the image.',
      activeDeadlineRange: '{{path}}: Invalid value: {{value}}: must be between 0 and 2147483647, inclusive. Use a positive number of seconds.',
      activeDeadlineZero:
        '{{path}}: Invalid value: 0: must be between 1 and 2147483647, inclusive. Use at least 1: the spec validation that every update re-runs rejects 0.',
      activeDeadlineIncreased: '{{path}}: Invalid value: {{value}}: must be less than or equal to previous value ({{old}}). A running Pod\'s deadline can only be lowered.',
      activeDeadlineRemoved: '{{path}}: Invalid value: null: must not update from a positive integer to nil value. Keep activeDeadlineSeconds (it can only be lowered).',
      tolerationModified:
        '{{path}}: Forbidden: existing toleration can not be modified except its tolerationSeconds (the toleration {{old}} is gone). Keep every existing toleration and add new ones after it.',
      schedulingGateAdded:
        "{{path}}: Forbidden: only deletion is allowed, but found new scheduling gate '{{name}}'. Scheduling gates can only be removed from an existing Pod.",
      nodeSelectorMutated:
        '{{path}}: Invalid value: {{value}}: only additions to spec.nodeSelector are allowed (no mutations or deletions). Keep the existing entries of the gated Pod\'s nodeSelector.',
      nodeSelectorTermsCount:
        '{{path}}: Invalid value: {{value}}: no additions/deletions to non-empty NodeSelectorTerms list are allowed. Keep the same number of node selector terms.',
      nodeSelectorTermMutated:
        '{{path}}: Invalid value: {{value}}: only additions are allowed (no mutations or deletions). Append requirements to the term; keep the existing ones unchanged.',
      forbidden: `{{path}}: Forbidden: pod updates may not change fields other than ${POD_UPDATABLE_FIELDS} ({{change}}). Revert this change, or delete and recreate the Pod.`,
      forbiddenResources: `{{path}}: Forbidden: pod updates may not change fields other than ${POD_UPDATABLE_FIELDS} ({{change}}). Change cpu and memory in place through the resize subresource (kubectl patch pod --subresource resize), or recreate the Pod.`,
    },
  },
  create(ctx) {
    return {
      update({ previous, current, subresource }) {
        if (subresource !== undefined || current.kind !== 'Pod' || apiGroup(current.apiVersion) !== '') return;
        const oldSpec = rec(previous.value['spec']) ?? {};
        const newSpec = rec(current.value['spec']) ?? {};

        // Containers first: a changed count stops validation there, as in ValidateContainerUpdates.
        for (const list of ['containers', 'initContainers'] as const) {
          const o = arr(oldSpec[list]);
          const n = arr(newSpec[list]);
          const path = ['spec', list];
          if (o.length !== n.length) {
            ctx.report({ messageId: 'containersChanged', path, previousPath: path, data: { old: o.length, new: n.length } });
            return;
          }
          n.forEach((c, i) => {
            const image = rec(c)?.['image'];
            const at = ['spec', list, i, 'image'];
            if (image === undefined || image === null || image === '') ctx.report({ messageId: 'imageRequired', path: at, previousPath: at });
            else if (typeof image === 'string' && image.trim() !== image) ctx.report({ messageId: 'imageWhitespace', path: at, previousPath: at, data: { value: show(image) } });
          });
        }

        const deadline = ['spec', 'activeDeadlineSeconds'];
        const nd = newSpec['activeDeadlineSeconds'];
        const od = num(oldSpec['activeDeadlineSeconds']);
        if (nd !== undefined && nd !== null) {
          const n = num(nd);
          if (n !== undefined) {
            if (n < 0 || n > MAX_INT32) ctx.report({ messageId: 'activeDeadlineRange', path: deadline, previousPath: deadline, data: { value: n } });
            else if (od !== undefined && od < n) ctx.report({ messageId: 'activeDeadlineIncreased', path: deadline, previousPath: deadline, data: { value: n, old: od } });
            else if (n === 0) ctx.report({ messageId: 'activeDeadlineZero', path: deadline, previousPath: deadline });
          }
        } else if (od !== undefined) {
          ctx.report({ messageId: 'activeDeadlineRemoved', path: deadline, previousPath: deadline });
        }

        const oldTolerations = arr(oldSpec['tolerations']);
        const gone = firstModifiedToleration(oldSpec['tolerations'], newSpec['tolerations']);
        if (gone >= 0) {
          ctx.report({ messageId: 'tolerationModified', path: ['spec', 'tolerations'], previousPath: ['spec', 'tolerations', gone], data: { old: show(oldTolerations[gone]) } });
        }

        const oldGates = new Set(arr(oldSpec['schedulingGates']).map((g) => str(rec(g)?.['name'])));
        arr(newSpec['schedulingGates']).forEach((g, i) => {
          const name = str(rec(g)?.['name']);
          if (oldGates.has(name)) return;
          ctx.report({ messageId: 'schedulingGateAdded', path: ['spec', 'schedulingGates', i, 'name'], previousPath: ['spec', 'schedulingGates'], data: { name: name ?? '' } });
        });

        if (arr(oldSpec['schedulingGates']).length > 0) gatedChecks(oldSpec, newSpec);

        const resizable = atLeast(ctx.settings.kubernetesVersion, '1.33');
        for (const change of forbiddenPodSpecChanges(oldSpec, newSpec, ['spec'])) {
          const [list, , field, kind] = change.rel;
          const cpuMemory = (list === 'containers' || list === 'initContainers') && field === 'resources' && (kind === 'requests' || kind === 'limits') && ['cpu', 'memory'].includes(String(change.rel[4]));
          ctx.report({ messageId: resizable && cpuMemory ? 'forbiddenResources' : 'forbidden', path: change.path, previousPath: change.path, data: { change: describeChange(change) } });
        }
      },
    };

    function gatedChecks(oldSpec: JsonObject, newSpec: JsonObject): void {
      const oldSel = rec(oldSpec['nodeSelector']) ?? {};
      const newSel = rec(newSpec['nodeSelector']) ?? {};
      if (Object.entries(oldSel).some(([k, v]) => newSel[k] !== v)) {
        const path = ['spec', 'nodeSelector'];
        ctx.report({ messageId: 'nodeSelectorMutated', path, previousPath: path, data: { value: show(newSpec['nodeSelector']) } });
      }
      const oldRequired = dig(oldSpec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution');
      if (oldRequired === undefined || oldRequired === null) return;
      const oldTerms = arr(rec(oldRequired)?.['nodeSelectorTerms']);
      const newTerms = arr(dig(newSpec, ...REQUIRED_TERMS.slice(1)));
      const termsPath = [...REQUIRED_TERMS];
      if (oldTerms.length > 0 && oldTerms.length !== newTerms.length) {
        ctx.report({ messageId: 'nodeSelectorTermsCount', path: termsPath, previousPath: termsPath, data: { value: show(newTerms) } });
        return;
      }
      oldTerms.forEach((t, i) => {
        if (nodeSelectorTermOnlyAdditions(newTerms[i], t)) return;
        const path = [...REQUIRED_TERMS, i];
        ctx.report({ messageId: 'nodeSelectorTermMutated', path, previousPath: path, data: { value: show(newTerms[i]) } });
      });
    }
  },
});
