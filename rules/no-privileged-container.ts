// Privileged containers: any role (app, init, sidecar, ephemeral) with securityContext.privileged: true.
// This is the Pod Security baseline check `privileged`; it follows the configured Pod Security level.
import { defineRule } from '../src/core/rule.js';
import { isCheckActive, podSecurityPolicyFor } from '../src/k8s/pod-security.js';
import { dig } from '../src/k8s/values.js';

export type MessageIds = 'privileged';

export default defineRule<MessageIds>({
  id: 'no-privileged-container',
  meta: {
    description: 'Disallow privileged containers of any role',
    category: 'security',
    runObjects: ['Namespace'],
    severity: 'error',
    remediation: 'Remove `securityContext.privileged: true` and add only the Linux capabilities the container needs under `securityContext.capabilities.add`.',
    messages: {
      privileged:
        '{{path}}: {{role}} "{{name}}" is privileged: it gets every capability and the host\'s devices, so escaping to the node is trivial. Remove privileged: true and add only the capabilities it needs.',
    },
    podSecurity: { level: 'baseline', check: 'privileged' },
  },
  create(ctx) {
    // The Pod Security level of the object: `privileged` (config, flag or the enforce label of its Namespace
    // in the same run) turns the check off. With `cluster.allowPrivileged: false` the API server rejects the
    // pod before Pod Security runs: `valid-security-context` reports that validity error instead.
    const active = ctx.settings.cluster.allowPrivileged && isCheckActive('privileged', podSecurityPolicyFor(ctx));
    return {
      container(c) {
        if (!active) return;
        if (dig(c.node, 'securityContext', 'privileged') !== true) return;
        ctx.report({
          messageId: 'privileged',
          data: { name: c.name ?? `#${c.index}`, role: c.role === 'app' ? 'container' : `${c.role} container` },
          path: c.at('securityContext', 'privileged'),
        });
      },
    };
  },
});
