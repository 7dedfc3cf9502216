// Pod Security Standards, restricted policy, check `runAsUser` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-run-as-user',
  meta: {
    description: 'Disallow running as user 0',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Set `runAsUser` to a non-zero user id, or remove it and set `runAsNonRoot: true`.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use a non-zero user id.',
    },
    podSecurity: { level: 'restricted', check: 'runAsUser' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'runAsUser'),
});
