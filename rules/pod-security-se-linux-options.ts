// Pod Security Standards, baseline policy, check `seLinuxOptions` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-se-linux-options',
  meta: {
    description: 'Disallow custom SELinux users, roles and types',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove `seLinuxOptions.user` and `role`, and use a type from container_t, container_init_t, container_kvm_t or (policy 1.31 and later) container_engine_t.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove it or use an allowed container type.',
    },
    podSecurity: { level: 'baseline', check: 'seLinuxOptions' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'seLinuxOptions'),
});
