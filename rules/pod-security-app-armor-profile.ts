// Pod Security Standards, baseline policy, check `appArmorProfile` (evaluated in src/k8s/pod-security.ts).
import { defineRule } from '../src/core/rule.js';
import { podSecurityVisitors } from '../src/k8s/pod-security.js';
import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';

export type MessageIds = PodSecurityMessageIds;

export default defineRule<MessageIds>({
  id: 'pod-security-app-armor-profile',
  meta: {
    description: 'Disallow unconfined or unknown AppArmor profiles',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Use `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a profile) and remove `Unconfined` profiles and annotations.',
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use RuntimeDefault or Localhost.',
    },
    podSecurity: { level: 'baseline', check: 'appArmorProfile' },
  },
  create: (ctx) => podSecurityVisitors(ctx, 'appArmorProfile'),
});
