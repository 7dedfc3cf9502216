// Pod Security Standards, restricted policy, check `runAsNonRoot` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-run-as-non-root',
  meta: {
    description: 'Require containers to run as non-root',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Set `securityContext.runAsNonRoot: true` on the pod (every container inherits it) or on each container, and never set it to false.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Set runAsNonRoot: true on the pod or the container.',
    },
    podSecurity: { level: 'restricted', check: 'runAsNonRoot' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'runAsNonRoot'),
});
