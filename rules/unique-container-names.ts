// Container names must be unique across containers, init containers and ephemeral containers of a pod.
import { defineRule } from '../src/core/rule.js';

export type MessageIds = 'duplicate';

export default defineRule<MessageIds>({
  id: 'unique-container-names',
  meta: {
    description: 'Require container names to be unique across all containers of a pod',
    category: 'validity',
    severity: 'error',
    remediation: 'Rename one of the containers; names must be unique across containers, initContainers and ephemeralContainers.',
    messages: {
      duplicate:
        '{{path}}: Duplicate value: "{{name}}": the pod already has a container named "{{name}}" ({{first}}); rename this one, since names are unique across containers, initContainers and ephemeralContainers.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        // The API server checks regular containers first, then init containers against all names seen so
        // far, then ephemeral containers against everything: the later container is the one reported.
        const seen = new Map<string, string>();
        for (const c of pod.containers) {
          if (c.name === undefined || c.name === '') continue;
          const where = `${c.list}[${c.index}]`;
          const first = seen.get(c.name);
          if (first !== undefined) {
            ctx.report({ messageId: 'duplicate', data: { name: c.name, first }, path: c.at('name') });
          } else {
            seen.set(c.name, where);
          }
        }
      },
    };
  },
});
