// Pod Security Standards, baseline policy, check `procMount` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-proc-mount',
  meta: {
    description: 'Disallow unmasked /proc mounts',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove `securityContext.procMount` or set it to `Default`; from policy 1.35 a pod with `hostUsers: false` may keep it.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove procMount or set it to Default.',
    },
    podSecurity: { level: 'baseline', check: 'procMount' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'procMount'),
});
