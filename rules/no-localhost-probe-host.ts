// Probes and HTTP hooks are sent by the kubelet from the node: `host: localhost` reaches the node, not
// the container.
import { defineRule } from '../src/core/rule.js';
import { handlerTargets, isLocalhost } from '../src/k8s/containers.js';

export type MessageIds = 'localhost';

export default defineRule<MessageIds>({
  id: 'no-localhost-probe-host',
  meta: {
    description: 'Disallow localhost as the host of probes and lifecycle HTTP hooks',
    category: 'pitfall',
    severity: 'warning',
    remediation: 'Remove `host`: it defaults to the pod IP, which is what the kubelet should connect to. Use httpHeaders for a virtual host name.',
    messages: {
      localhost:
        '{{path}}: {{host}} is the node, not the container: the kubelet sends probes and hooks from the node\'s network namespace. Remove host (it defaults to the pod IP); set a Host header in httpHeaders if the server needs one.',
    },
  },
  create(ctx) {
    return {
      container(c) {
        for (const t of handlerTargets(c, { lifecycle: true })) {
          if (t.host !== undefined && isLocalhost(t.host)) ctx.report({ messageId: 'localhost', data: { host: JSON.stringify(t.host) }, path: c.at(...t.path, 'host') });
        }
      },
    };
  },
});
