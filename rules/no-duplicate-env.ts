// Two env entries with the same name: the later one wins, and `kubectl apply` may drop one of them.
import { defineRule } from '../src/core/rule.js';
import { arr, rec, str } from '../src/k8s/values.js';

export type MessageIds = 'duplicate';

export default defineRule<MessageIds>({
  id: 'no-duplicate-env',
  meta: {
    description: 'Disallow duplicate environment variable names in one container',
    category: 'pitfall',
    severity: 'warning',
    remediation: 'Keep one entry per variable name; remove or rename the other.',
    messages: {
      duplicate:
        '{{path}}: hides previous definition of "{{name}}" ({{first}}), which may be dropped when using apply. Keep one entry for "{{name}}".',
    },
  },
  create(ctx) {
    return {
      container(c) {
        const env = arr(c.node['env']);
        if (env.length < 2) return;
        const seen = new Map<string, number>();
        for (let i = 0; i < env.length; i++) {
          const name = str(rec(env[i])?.['name']);
          if (name === undefined || name === '') continue;
          const first = seen.get(name);
          if (first !== undefined) ctx.report({ messageId: 'duplicate', data: { name, first: `env[${first}]` }, path: c.at('env', i, 'name') });
          else seen.set(name, i);
        }
      },
    };
  },
});
