// Pod Security Standards, baseline policy, check `hostProbesAndHostLifecycle` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-host-probes-and-host-lifecycle',
  meta: {
    description: 'Disallow a host in probe and lifecycle handlers',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove `host` from `httpGet` and `tcpSocket` probe and lifecycle handlers; the kubelet then connects to the pod\'s own IP.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove host so the kubelet connects to the pod\'s own IP.',
    },
    podSecurity: { level: 'baseline', check: 'hostProbesAndHostLifecycle' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'hostProbesAndHostLifecycle'),
});
