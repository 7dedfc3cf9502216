// Pod Security Standards, baseline policy, check `seccompProfile_baseline` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-seccomp-profile-baseline',
  meta: {
    description: 'Disallow unconfined seccomp profiles',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Set `seccompProfile.type` to `RuntimeDefault` (or `Localhost` with a profile) instead of `Unconfined`.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use RuntimeDefault or Localhost.',
    },
    podSecurity: { level: 'baseline', check: 'seccompProfile_baseline' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'seccompProfile_baseline'),
});
