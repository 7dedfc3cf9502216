// Pod Security Standards, baseline policy, check `sysctls` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-sysctls',
  meta: {
    description: 'Disallow sysctls outside the Pod Security allow-list of the policy version',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove the sysctl from `spec.securityContext.sysctls`, or target a policy version whose allow-list has it.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove it or use an allowed sysctl.',
    },
    podSecurity: { level: 'baseline', check: 'sysctls' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'sysctls'),
});
