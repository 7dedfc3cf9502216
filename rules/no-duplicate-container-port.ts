// Containers of a pod share one network namespace: two long-running containers cannot both listen on
// the same port and protocol.
import { defineRule } from '../src/core/rule.js';
import { isNativeSidecar, portsOf } from '../src/k8s/containers.js';
import type { ContainerInfo } from '../src/k8s/pod-spec.js';

export type MessageIds = 'duplicate';

export default defineRule<MessageIds>({
  id: 'no-duplicate-container-port',
  meta: {
    description: 'Disallow two containers of a pod (regular or native sidecar) declaring the same containerPort and protocol',
    category: 'pitfall',
    severity: 'error',
    remediation: 'Move one of the processes to another port; containers of a pod share one network namespace, so only one of them can bind a port.',
    messages: {
      duplicate:
        '{{path}}: containers "{{other}}" and "{{container}}" both listen on {{port}}/{{protocol}}; they share the pod\'s network namespace, so "{{container}}", which starts later, fails to bind. Move one of them to another port.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        // In start order: native sidecars start before the regular containers, so the later one fails to bind.
        const v = ctx.settings.kubernetesVersion;
        const ordered: ContainerInfo[] = [];
        let ports = 0;
        for (const c of pod.containers) {
          if (c.list === 'initContainers' && isNativeSidecar(c, v)) {
            ordered.push(c);
            ports += portsOf(c).length;
          }
        }
        for (const c of pod.containers) {
          if (c.list === 'containers') {
            ordered.push(c);
            ports += portsOf(c).length;
          }
        }
        if (ports < 2) return; // nothing to collide with
        const seen = new Map<string, string>();
        for (const c of ordered) {
          const mine = new Set<string>();
          for (const p of portsOf(c)) {
            if (p.containerPort === undefined) continue;
            const key = `${p.containerPort}/${p.protocol}`;
            const other = seen.get(key);
            const name = c.name ?? `#${c.index}`;
            if (other !== undefined && other !== name) {
              ctx.report({ messageId: 'duplicate', data: { other, container: name, port: p.containerPort, protocol: p.protocol }, path: c.at('ports', p.index, 'containerPort') });
            }
            mine.add(key);
          }
          for (const k of mine) if (!seen.has(k)) seen.set(k, c.name ?? `#${c.index}`);
        }
      },
    };
  },
});
