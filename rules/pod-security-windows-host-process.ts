// Pod Security Standards, baseline policy, check `windowsHostProcess` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-windows-host-process',
  meta: {
    description: 'Disallow Windows HostProcess containers',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove `windowsOptions.hostProcess: true` from the pod and its containers.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove hostProcess: true.',
    },
    podSecurity: { level: 'baseline', check: 'windowsHostProcess' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'windowsHostProcess'),
});
