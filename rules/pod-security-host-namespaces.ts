// Pod Security Standards, baseline policy, check `hostNamespaces` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-host-namespaces',
  meta: {
    description: 'Disallow sharing the node\'s network, PID or IPC namespace',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false); expose the pod through a Service instead of the node\'s network.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove it or set it to false.',
    },
    podSecurity: { level: 'baseline', check: 'hostNamespaces' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'hostNamespaces'),
});
