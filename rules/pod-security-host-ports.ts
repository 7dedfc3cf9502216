// Pod Security Standards, baseline policy, check `hostPorts` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-host-ports',
  meta: {
    description: 'Disallow host ports on containers of any role',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove `hostPort` (or set it to 0) and reach the pod through a Service.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove hostPort and reach the pod through a Service.',
    },
    podSecurity: { level: 'baseline', check: 'hostPorts' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'hostPorts'),
});
