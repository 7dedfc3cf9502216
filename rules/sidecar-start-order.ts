// Init containers start one at a time, in order: a plain init container that connects to
// localhost:<port> of a sidecar declared after it (or of a regular container) connects to nothing.
import { defineRule } from '../src/core/rule.js';
import { isNativeSidecar, isPlainInit, listeningPorts, localReferences, nativeSidecarsSupported } from '../src/k8s/containers.js';

export type MessageIds = 'laterSidecar' | 'regularContainer';

export default defineRule<MessageIds>({
  id: 'sidecar-start-order',
  meta: {
    description: 'Warn when an init container talks to localhost on a port served by a container that starts after it',
    category: 'pitfall',
    severity: 'warning',
    remediation:
      'Declare the sidecar (an init container with `restartPolicy: Always`) before the init container that uses it, and give the sidecar a startupProbe so the next container waits until it listens.',
    messages: {
      laterSidecar:
        '{{path}}: init container "{{container}}" connects to {{target}}, served by sidecar "{{server}}", which is declared after it: init containers start in order, so the sidecar is not running yet. Move "{{server}}" above "{{container}}" in initContainers.',
      regularContainer:
        '{{path}}: init container "{{container}}" connects to {{target}}, served by container "{{server}}", which starts only after every init container has completed. {{fix}}',
    },
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      podSpec(pod) {
        const inits = pod.containers.filter((c) => c.list === 'initContainers');
        const regular = pod.containers.filter((c) => c.list === 'containers');
        for (const c of inits) {
          if (!isPlainInit(c, v)) continue;
          for (const ref of localReferences(c)) {
            const later = inits.find((s) => s.index > c.index && isNativeSidecar(s, v) && listeningPorts(s).has(ref.port));
            const data = { container: c.name ?? `#${c.index}`, target: ref.text };
            if (later) {
              ctx.report({ messageId: 'laterSidecar', data: { ...data, server: later.name ?? `#${later.index}` }, path: c.at(...ref.path) });
              continue;
            }
            const app = regular.find((s) => listeningPorts(s).has(ref.port));
            if (app) {
              const fix = nativeSidecarsSupported(v)
                ? `Run "${app.name ?? app.index}" as a native sidecar (an init container with \`restartPolicy: Always\`) declared before "${c.name ?? c.index}".`
                : 'Do this work in the regular container instead (native sidecars need Kubernetes 1.29).';
              ctx.report({ messageId: 'regularContainer', data: { ...data, server: app.name ?? `#${app.index}`, fix }, path: c.at(...ref.path) });
            }
          }
        }
      },
    };
  },
});
