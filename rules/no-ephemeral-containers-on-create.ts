// A Pod may not be created with ephemeral containers: they are added later through the
// pods/ephemeralcontainers subresource (`kubectl debug`).
import { defineRule } from '../src/core/rule.js';
import { arr } from '../src/k8s/values.js';

export type MessageIds = 'onCreate';

export default defineRule<MessageIds>({
  id: 'no-ephemeral-containers-on-create',
  meta: {
    description: 'Disallow ephemeral containers in a Pod that is being created',
    category: 'validity',
    severity: 'error',
    phase: 'create',
    remediation:
      'Remove `spec.ephemeralContainers` from the manifest (it often comes from `kubectl get pod -o yaml` of a debugged pod) and add debug containers to the running pod with `kubectl debug`.',
    messages: {
      onCreate:
        '{{path}}: Forbidden: cannot be set on create. Remove the ephemeral containers; add them to the running pod with `kubectl debug -it <pod> --image=…`.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        if (!pod.isTemplate && arr(pod.spec['ephemeralContainers']).length > 0) ctx.report({ messageId: 'onCreate', path: pod.at('ephemeralContainers') });
      },
    };
  },
});
