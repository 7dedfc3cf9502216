// Pod Security Standards, restricted policy, check `seccompProfile_restricted` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-seccomp-profile-restricted',
  meta: {
    description: 'Require a RuntimeDefault or Localhost seccomp profile for every container',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Set `spec.securityContext.seccompProfile.type: RuntimeDefault` on the pod (containers inherit it) or on each container.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Set seccompProfile.type: RuntimeDefault on the pod or the container.',
    },
    podSecurity: { level: 'restricted', check: 'seccompProfile_restricted' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'seccompProfile_restricted'),
});
