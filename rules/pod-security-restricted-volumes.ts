// Pod Security Standards, restricted policy, check `restrictedVolumes` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-restricted-volumes',
  meta: {
    description: 'Limit volumes to the types the restricted policy allows',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Use only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use an allowed volume type such as persistentVolumeClaim.',
    },
    podSecurity: { level: 'restricted', check: 'restrictedVolumes' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'restrictedVolumes'),
});
