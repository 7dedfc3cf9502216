// emptyDir volumes exist to share files between the containers of a pod: an init container writing into
// one that no later container mounts loses its output, and one mounted read-only everywhere stays empty.
import { defineRule } from '../src/core/rule.js';
import { isPlainInit, mountsOf, volumesOf } from '../src/k8s/containers.js';

export type MessageIds = 'noReader' | 'noWriter';

export default defineRule<MessageIds>({
  id: 'shared-volume-reader-writer',
  meta: {
    description: 'Warn when an emptyDir volume is written by an init container that nothing reads, or is mounted only read-only',
    category: 'pitfall',
    severity: 'warning',
    remediation:
      'Mount the emptyDir in the container that consumes the files (init containers usually prepare files for the regular containers), and mount it writable in the container that produces them.',
    messages: {
      noReader:
        '{{path}}: init container "{{container}}" writes to emptyDir "{{name}}", but no other container mounts it: what it writes is never read. Mount "{{name}}" in the container that needs the files.',
      noWriter:
        '{{path}}: emptyDir "{{name}}" is mounted read-only by every container ({{containers}}): nothing can write to it, so it stays empty. Mount it writable in the container that produces the files.',
    },
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      podSpec(pod) {
        const mounts = mountsOf(pod).filter((m) => m.kind === 'volumeMounts' && m.container.role !== 'ephemeral');
        for (const vol of volumesOf(pod)) {
          if (vol.name === undefined || vol.problem !== undefined || vol.sources[0] !== 'emptyDir') continue;
          const mine = mounts.filter((m) => m.name === vol.name);
          if (mine.length === 0) continue;
          const containers = new Set(mine.map((m) => m.container));
          if (containers.size === 1) {
            const only = mine[0]!;
            if (isPlainInit(only.container, v) && mine.some((m) => !m.readOnly)) {
              ctx.report({ messageId: 'noReader', data: { container: only.container.name ?? `#${only.container.index}`, name: vol.name }, path: only.container.at('volumeMounts', only.index, 'name') });
            }
          }
          if (mine.every((m) => m.readOnly)) {
            const names = [...containers].map((c) => `"${c.name ?? c.index}"`).join(', ');
            ctx.report({ messageId: 'noWriter', data: { name: vol.name, containers: names }, path: pod.at('volumes', vol.index, 'name') });
          }
        }
      },
    };
  },
});
