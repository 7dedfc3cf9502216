// Job updates (`ValidateJobSpecUpdate`): immutable fields, completions, and the pod template.
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { copyField, describeChange, diffPodTemplates, semanticEqual, show } from '../src/k8s/update.js';
import { arr, num, rec } from '../src/k8s/values.js';
import type { JsonObject, JsonValue } from '../src/k8s/values.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds = 'immutable' | 'completionsTandem' | 'templateImmutable' | 'templateSuspended';

/** Immutable Job spec fields and the version from which the field is served by default. */
const IMMUTABLE: readonly [string, string][] = [
  ['selector', '1.0'],
  ['completionMode', '1.0'],
  ['podFailurePolicy', '1.0'],
  ['backoffLimitPerIndex', '1.29'],
  ['successPolicy', '1.31'],
  ['managedBy', '1.32'],
];

const SCHEDULING = ['affinity', 'tolerations', 'nodeSelector', 'schedulingGates'];

export default defineRule<MessageIds>({
  id: 'valid-job-update',
  meta: {
    description: 'Validate Job updates: immutable fields, completions, and the pod template outside suspension',
    category: 'validity',
    severity: 'error',
    phase: 'update',
    remediation:
      'Keep the selector, completionMode, podFailurePolicy, successPolicy, backoffLimitPerIndex, managedBy and the pod template of an existing Job; suspend the Job to change its scheduling directives, or delete and recreate it.',
    messages: {
      immutable: '{{path}}: Invalid value: {{value}}: field is immutable (was {{old}}). Delete and recreate the Job to change it.',
      completionsTandem:
        '{{path}}: Invalid value: {{value}}: can only be modified in tandem with spec.parallelism. Set spec.parallelism to the same value in the same update.',
      templateImmutable:
        '{{path}}: Invalid value: field is immutable: the API server rejects any change of spec.template of a Job that is not suspended ({{change}}). Delete and recreate the Job, or suspend it first to change scheduling directives.',
      templateSuspended:
        '{{path}}: Invalid value: field is immutable: while a Job is suspended only node affinity, nodeSelector, tolerations, scheduling gates, template labels and annotations{{resources}} of spec.template may change ({{change}}). Delete and recreate the Job instead.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (current.kind !== 'Job' || apiGroup(current.apiVersion) !== 'batch' || previous.kind !== 'Job') return;
        const version = ctx.settings.kubernetesVersion;
        const oldSpec = rec(previous.value['spec']) ?? {};
        const newSpec = rec(current.value['spec']) ?? {};
        const withDefault = (s: JsonObject, k: string): JsonValue | undefined => (k === 'completionMode' ? (s[k] ?? 'NonIndexed') : s[k]);
        for (const [field, since] of IMMUTABLE) {
          if (!atLeast(version, since)) continue;
          const o = withDefault(oldSpec, field);
          const n = withDefault(newSpec, field);
          if (semanticEqual(o, n)) continue;
          const path = ['spec', field];
          ctx.report({ messageId: 'immutable', path, previousPath: path, data: { value: show(n), old: show(o) } });
        }

        // Defaulting: with neither completions nor parallelism set, both become 1.
        const completions = (s: JsonObject): JsonValue | undefined => s['completions'] ?? (s['parallelism'] === undefined ? 1 : undefined);
        const oc = completions(oldSpec);
        const nc = completions(newSpec);
        if (!semanticEqual(oc, nc)) {
          const path = ['spec', 'completions'];
          if (newSpec['completionMode'] !== 'Indexed') {
            ctx.report({ messageId: 'immutable', path, previousPath: path, data: { value: show(nc), old: show(oc) } });
          } else if (num(nc) !== undefined && num(nc) !== (num(newSpec['parallelism']) ?? 1)) {
            ctx.report({ messageId: 'completionsTandem', path, previousPath: path, data: { value: show(nc) } });
          }
        }

        const suspended = oldSpec['suspend'] === true;
        const resources = suspended && atLeast(version, '1.36');
        const oldT = rec(oldSpec['template']) ?? {};
        const newT = rec(newSpec['template']) ?? {};
        let mungedT: JsonObject = newT;
        if (suspended) {
          const oldPod = rec(oldT['spec']) ?? {};
          const newPod: JsonObject = { ...(rec(newT['spec']) ?? {}) };
          for (const k of SCHEDULING) copyField(newPod, oldPod, k);
          if (resources) {
            for (const list of ['containers', 'initContainers']) {
              if (!Array.isArray(newPod[list])) continue;
              const oldList = arr(oldPod[list]);
              newPod[list] = arr(newPod[list]).map((c, i) => {
                const r = rec(c);
                if (!r) return c;
                const copy: JsonObject = { ...r };
                copyField(copy, rec(oldList[i]) ?? {}, 'resources');
                return copy;
              });
            }
          }
          const oldMeta = rec(oldT['metadata']) ?? {};
          const newMeta: JsonObject = { ...(rec(newT['metadata']) ?? {}) };
          for (const k of ['labels', 'annotations']) copyField(newMeta, oldMeta, k);
          mungedT = { ...newT, metadata: newMeta, spec: newPod };
        }
        for (const change of diffPodTemplates(oldT, mungedT, ['spec', 'template'])) {
          ctx.report({
            messageId: suspended ? 'templateSuspended' : 'templateImmutable',
            path: change.path,
            previousPath: change.path,
            data: { change: describeChange(change), resources: resources ? ' and container resources' : '' },
          });
        }
      },
    };
  },
});
