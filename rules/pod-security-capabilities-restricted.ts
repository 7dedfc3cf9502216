// Pod Security Standards, restricted policy, check `capabilities_restricted` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-capabilities-restricted',
  meta: {
    description: 'Require dropping ALL capabilities and adding at most NET_BIND_SERVICE',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Set `securityContext.capabilities.drop: [ALL]` on every container and add back only `NET_BIND_SERVICE` if the container binds a port below 1024.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Drop ALL and add back only NET_BIND_SERVICE.',
    },
    podSecurity: { level: 'restricted', check: 'capabilities_restricted' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'capabilities_restricted'),
});
