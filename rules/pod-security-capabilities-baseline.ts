// Pod Security Standards, baseline policy, check `capabilities_baseline` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-capabilities-baseline',
  meta: {
    description: 'Disallow adding Linux capabilities beyond the baseline Pod Security set',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove the capability from `securityContext.capabilities.add`; the baseline policy allows only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove it from capabilities.add or run the pod in a privileged namespace.',
    },
    podSecurity: { level: 'baseline', check: 'capabilities_baseline' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'capabilities_baseline'),
});
