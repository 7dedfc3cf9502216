// Pod Security Standards, restricted policy, check `procMount_restricted` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-proc-mount-restricted',
  meta: {
    description: 'Disallow unmasked /proc mounts even in user namespaces',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove `securityContext.procMount` or set it to `Default`.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove procMount or set it to Default.',
    },
    podSecurity: { level: 'restricted', check: 'procMount_restricted' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'procMount_restricted'),
});
