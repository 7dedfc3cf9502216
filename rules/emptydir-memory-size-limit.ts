// A memory-backed emptyDir (tmpfs) is counted as the pod's memory: without a sizeLimit it can grow until
// the containers are OOM-killed or the pod is evicted.
import { defineRule } from '../src/core/rule.js';
import { volumesOf } from '../src/k8s/containers.js';
import { rec } from '../src/k8s/values.js';

export type MessageIds = 'noSizeLimit';

export default defineRule<MessageIds>({
  id: 'emptydir-memory-size-limit',
  meta: {
    description: 'Require a sizeLimit on emptyDir volumes with medium Memory',
    category: 'pitfall',
    severity: 'warning',
    remediation: 'Set `emptyDir.sizeLimit` (e.g. `64Mi`) on memory-backed emptyDir volumes, and keep it within the containers\' memory limits.',
    messages: {
      noSizeLimit:
        '{{path}}: emptyDir "{{name}}" is memory-backed (tmpfs) without a sizeLimit: files written to it count as the pod\'s memory, so it can grow until containers are OOM-killed or the pod is evicted. Set emptyDir.sizeLimit.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        for (const v of volumesOf(pod)) {
          const e = rec(v.node['emptyDir']);
          if (!e || e['medium'] !== 'Memory') continue;
          if (e['sizeLimit'] !== undefined && e['sizeLimit'] !== null && e['sizeLimit'] !== '') continue;
          ctx.report({ messageId: 'noSizeLimit', data: { name: v.name ?? `#${v.index}` }, path: pod.at('volumes', v.index, 'emptyDir') });
        }
      },
    };
  },
});
