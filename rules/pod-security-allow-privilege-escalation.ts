// Pod Security Standards, restricted policy, check `allowPrivilegeEscalation` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-allow-privilege-escalation',
  meta: {
    description: 'Require every container to set allowPrivilegeEscalation to false',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container, init container and ephemeral container.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Set securityContext.allowPrivilegeEscalation: false.',
    },
    podSecurity: { level: 'restricted', check: 'allowPrivilegeEscalation' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'allowPrivilegeEscalation'),
});
