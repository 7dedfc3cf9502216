// The kubelet starts the next container as soon as a native sidecar has started, or, when it has a
// startupProbe, once that probe succeeds. A sidecar that others depend on needs a probe.
import { defineRule } from '../src/core/rule.js';
import { isNativeSidecar, knownHelper, listeningPorts, localReferences } from '../src/k8s/containers.js';

export type MessageIds = 'noProbe';

const TRAFFIC_HELPERS = /proxy|Envoy|dataplane/i;

export default defineRule<MessageIds>({
  id: 'sidecar-startup-probe',
  meta: {
    description: 'Warn when a native sidecar that other containers depend on has neither a startupProbe nor a readinessProbe',
    category: 'pitfall',
    severity: 'warning',
    kubernetes: { since: '1.29' },
    remediation:
      'Give the sidecar a startupProbe (the kubelet then starts the following containers only once it succeeds) and a readinessProbe on the port the other containers use.',
    messages: {
      noProbe:
        '{{path}}: sidecar "{{container}}" has no startupProbe or readinessProbe, but {{dependents}} {{why}}: they start as soon as its process starts, before it listens, and their first connections fail. Add a startupProbe.',
    },
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      podSpec(pod) {
        for (const s of pod.containers) {
          if (!isNativeSidecar(s, v)) continue;
          if (s.node['startupProbe'] || s.node['readinessProbe']) continue;
          const ports = listeningPorts(s);
          const later = pod.containers.filter((c) => c.list === 'containers' || (c.list === 'initContainers' && c.index > s.index));
          const users = later.filter((c) => localReferences(c).some((r) => ports.has(r.port)));
          let dependents: string;
          let why: string;
          if (users.length > 0) {
            dependents = users.map((u) => `"${u.name ?? u.index}"`).join(', ');
            why = `connect${users.length === 1 ? 's' : ''} to it on localhost`;
          } else {
            const what = knownHelper(s);
            if (!what || !TRAFFIC_HELPERS.test(what)) continue;
            const apps = pod.containers.filter((c) => c.list === 'containers');
            if (apps.length === 0) continue;
            dependents = apps.map((u) => `"${u.name ?? u.index}"`).join(', ');
            why = `send traffic through it (${what})`;
          }
          ctx.report({ messageId: 'noProbe', data: { container: s.name ?? `#${s.index}`, dependents, why }, path: s.at('name') });
        }
      },
    };
  },
});
