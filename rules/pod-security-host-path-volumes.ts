// Pod Security Standards, baseline policy, check `hostPathVolumes` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-host-path-volumes',
  meta: {
    description: 'Disallow hostPath volumes',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Replace the hostPath volume with an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use an emptyDir, ConfigMap, Secret or PersistentVolumeClaim instead.',
    },
    podSecurity: { level: 'baseline', check: 'hostPathVolumes' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'hostPathVolumes'),
});
