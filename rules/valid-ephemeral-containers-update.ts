// The `pods/ephemeralcontainers` subresource (`ValidatePodEphemeralContainersUpdate`): add debug containers.
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { describeChange, diffPodSpecs, isStaticPod } from '../src/k8s/update.js';
import { arr, rec, str } from '../src/k8s/values.js';
import type { JsonObject } from '../src/k8s/values.js';

export type MessageIds = 'staticPod' | 'removed' | 'changed' | 'ignored';

export default defineRule<MessageIds>({
  id: 'valid-ephemeral-containers-update',
  meta: {
    description: 'Validate an update sent to the pods/ephemeralcontainers subresource: only additions of ephemeral containers',
    category: 'validity',
    severity: 'error',
    phase: 'update',
    remediation: 'Through pods/ephemeralcontainers only add new ephemeral containers; keep the existing ones exactly as they are (use a new name for a new debug session).',
    messages: {
      staticPod: '{{path}}: Forbidden: static pods do not support ephemeral containers. Debug the static pod on its node instead.',
      removed: '{{path}}: Forbidden: existing ephemeral containers "{{name}}" may not be removed. Keep it in the list.',
      changed: '{{path}}: Forbidden: existing ephemeral containers "{{name}}" may not be changed ({{change}}). Add a new ephemeral container with another name instead.',
      ignored:
        '{{path}}: this change is not part of an ephemeral-containers update: pods/ephemeralcontainers copies only spec.ephemeralContainers, so the API server silently drops it. Send it as a normal update.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current, subresource }) {
        if (subresource !== 'ephemeralcontainers' || current.kind !== 'Pod' || apiGroup(current.apiVersion) !== '') return;
        if (isStaticPod(previous.value, ctx.settings.staticPod)) {
          ctx.report({ messageId: 'staticPod', path: [] });
          return;
        }
        const oldSpec = rec(previous.value['spec']) ?? {};
        const newSpec = rec(current.value['spec']) ?? {};
        const newList = arr(newSpec['ephemeralContainers']);
        const byName = new Map<string, number>();
        newList.forEach((c, j) => {
          const name = str(rec(c)?.['name']);
          if (name !== undefined && !byName.has(name)) byName.set(name, j);
        });
        arr(oldSpec['ephemeralContainers']).forEach((c, i) => {
          const name = str(rec(c)?.['name']) ?? '';
          const j = byName.get(name);
          if (j === undefined) {
            ctx.report({ messageId: 'removed', path: ['spec', 'ephemeralContainers'], previousPath: ['spec', 'ephemeralContainers', i], data: { name } });
            return;
          }
          const changes = diffPodSpecs({ ephemeralContainers: [c] }, { ephemeralContainers: [newList[j]!] }, []);
          if (changes.length > 0) {
            const path = ['spec', 'ephemeralContainers', j];
            ctx.report({ messageId: 'changed', path, previousPath: ['spec', 'ephemeralContainers', i], data: { name, change: changes.map((ch) => `${ch.rel.slice(2).join('.')}: ${describeChange(ch)}`).join('; ') } });
          }
        });
        const strip = (s: JsonObject): JsonObject => {
          const out = { ...s };
          delete out['ephemeralContainers'];
          return out;
        };
        for (const change of diffPodSpecs(strip(oldSpec), strip(newSpec), ['spec'])) {
          ctx.report({ messageId: 'ignored', path: change.path, previousPath: change.path, severity: 'warning' });
        }
      },
    };
  },
});
