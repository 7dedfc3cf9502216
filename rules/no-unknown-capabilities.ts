// Capability names in capabilities.add/drop that are not Linux capabilities, or not spelled the way
// Kubernetes and the Pod Security Standards compare them (the API server does not validate them at all).
import { defineRule } from '../src/core/rule.js';
import { capabilityEntries, classifyCapability, suggestCapability } from '../src/k8s/security.js';
import { isRecord, rec } from '../src/k8s/values.js';

const LISTS = ['add', 'drop'] as const;

export type MessageIds = 'unknown' | 'variant';

export default defineRule<MessageIds>({
  id: 'no-unknown-capabilities',
  meta: {
    description: 'Disallow capability names that are not Linux capabilities or not in their canonical spelling',
    category: 'pitfall',
    severity: 'warning',
    remediation: 'Write capabilities in upper case without the `CAP_` prefix (`NET_ADMIN`, `ALL`), as listed in capabilities(7).',
    messages: {
      unknown:
        '{{path}}: {{value}} is not a Linux capability{{suggestion}}. The API server accepts any string, but the container runtime fails to create the container: fix the name.',
      variant:
        '{{path}}: {{value}} is not the canonical spelling of {{canonical}}. Runtimes differ in how they read it and Pod Security compares exact names (drop: [all] does not satisfy the restricted policy): write {{canonical}}.',
    },
  },
  create(ctx) {
    return {
      container(c) {
        if (!isRecord(rec(c.node['securityContext'])?.['capabilities'])) return;
        for (const list of LISTS) {
          for (const { name, index } of capabilityEntries(c, list)) {
            const kind = classifyCapability(name);
            if (kind.kind === 'canonical') continue;
            const path = c.at('securityContext', 'capabilities', list, index);
            if (kind.kind === 'variant') {
              ctx.report({ messageId: 'variant', path, data: { value: JSON.stringify(name), canonical: kind.canonical! } });
            } else if (kind.kind === 'unknown') {
              const suggestion = suggestCapability(name);
              ctx.report({ messageId: 'unknown', path, data: { value: JSON.stringify(name), suggestion: suggestion ? ` (did you mean ${suggestion}?)` : '' } });
            }
          }
        }
      },
    };
  },
});
