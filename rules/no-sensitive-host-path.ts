// hostPath volumes that hand the node to the pod: container runtime sockets (and the directories that
// hold them), the host's root, /proc and /etc.
import { defineRule } from '../src/core/rule.js';
import { classifyHostPath } from '../src/k8s/security.js';
import { arr, dig, str } from '../src/k8s/values.js';

export type MessageIds = 'runtimeSocket' | 'runtimeSocketDir' | 'hostRoot';

export default defineRule<MessageIds>({
  id: 'no-sensitive-host-path',
  meta: {
    description: 'Disallow hostPath volumes of container runtime sockets and of /, /proc and /etc',
    category: 'security',
    severity: 'warning',
    remediation: 'Remove the hostPath volume; talk to the Kubernetes API instead of the runtime socket, and mount only the specific host files a node agent needs, read-only.',
    messages: {
      runtimeSocket:
        '{{path}}: {{value}} is a container runtime socket: whoever can write to it can start a privileged container on the node. Remove the volume; use the Kubernetes API instead.',
      runtimeSocketDir:
        '{{path}}: {{value}} holds the container runtime socket: mounting it gives the pod control of the node\'s containers. Mount only the specific file the pod needs, or nothing.',
      hostRoot:
        '{{path}}: {{value}} exposes the node itself (credentials, kubelet configuration, every process): a pod that mounts it owns the node. Mount only the specific host files needed, read-only.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        arr(pod.spec['volumes']).forEach((v, i) => {
          const p = str(dig(v, 'hostPath', 'path'));
          if (p === undefined) return;
          const kind = classifyHostPath(p);
          if (kind) ctx.report({ messageId: kind, path: pod.at('volumes', i, 'hostPath', 'path'), data: { value: JSON.stringify(p) } });
        });
      },
    };
  },
});
