// A volume that no container mounts is dead weight: usually a leftover, or a mount that was forgotten.
import { defineRule } from '../src/core/rule.js';
import { mountsOf, volumesOf } from '../src/k8s/containers.js';

export type MessageIds = 'unused';

export default defineRule<MessageIds>({
  id: 'no-unused-volumes',
  meta: {
    description: 'Report volumes that no container of the pod mounts',
    category: 'pitfall',
    severity: 'info',
    remediation: 'Mount the volume in the container that needs it (`volumeMounts` or `volumeDevices`), or remove it from the pod.',
    messages: {
      unused: '{{path}}: volume "{{name}}" is declared but no container mounts it. Add a volumeMount for it, or remove it (a missing mount is a common cause of "file not found").',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const used = new Set(mountsOf(pod).map((m) => m.name));
        for (const v of volumesOf(pod)) {
          if (v.name === undefined || v.name === '' || used.has(v.name)) continue;
          ctx.report({ messageId: 'unused', data: { name: v.name }, path: pod.at('volumes', v.index, 'name') });
        }
      },
    };
  },
});
