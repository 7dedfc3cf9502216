// Fields the API server silently restores on update (`rest.BeforeUpdate`): a change there is discarded.
import { defineRule } from '../src/core/rule.js';
import { semanticEqual, show } from '../src/k8s/update.js';
import { rec } from '../src/k8s/values.js';

export type MessageIds = 'discarded';

export default defineRule<MessageIds>({
  id: 'no-discarded-metadata-change',
  meta: {
    description: 'Warn about metadata changes the API server silently discards on update: creationTimestamp, generation and an existing deletionTimestamp',
    category: 'pitfall',
    severity: 'warning',
    phase: 'update',
    remediation: 'Remove server-managed fields (creationTimestamp, generation, deletionTimestamp) from the manifest; the API server keeps its own values.',
    messages: {
      discarded:
        '{{path}}: changed from {{old}} to {{value}}, but the API server restores the stored value on every update, so this change will be discarded. Remove the field from the manifest.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        const oldMeta = rec(previous.value['metadata']) ?? {};
        const newMeta = rec(current.value['metadata']) ?? {};
        const keys = ['creationTimestamp', 'generation'];
        // A deletionTimestamp is restored only when the stored object has one (setting one is an error).
        if (oldMeta['deletionTimestamp'] !== undefined && oldMeta['deletionTimestamp'] !== null) keys.push('deletionTimestamp');
        for (const key of keys) {
          const o = oldMeta[key];
          const n = newMeta[key];
          // Absent in the new manifest: the field is not sent (kubectl get -o yaml adds creationTimestamp: null).
          if (n === undefined || n === null) {
            if (key !== 'deletionTimestamp' || o === undefined || o === null) continue;
          }
          if (semanticEqual(o, n)) continue;
          const path = ['metadata', key];
          ctx.report({ messageId: 'discarded', path, previousPath: path, data: { old: show(o), value: show(n) } });
        }
      },
    };
  },
});
