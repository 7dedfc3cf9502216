// Every volumeMounts[*].name must name a volume declared in spec.volumes.
import { defineRule } from '../src/core/rule.js';
import { formatPath } from '../src/k8s/path.js';
import { arr, rec, str } from '../src/k8s/values.js';

export type MessageIds = 'notFound';

export default defineRule<MessageIds>({
  id: 'volume-mount-references-volume',
  meta: {
    description: 'Require every volume mount to name a volume declared in the pod',
    category: 'validity',
    severity: 'error',
    remediation: 'Declare the volume under `spec.volumes` (in a workload: `spec.template.spec.volumes`) or fix the name in `volumeMounts`.',
    messages: {
      notFound:
        '{{path}}: Not found: "{{name}}": container "{{container}}" mounts a volume the pod does not declare{{hint}}. Add it to {{volumes}} or fix the name.',
    },
  },
  create(ctx) {
    return {
      container(c, pod) {
        const declared = new Set<string>();
        for (const v of arr(pod.spec['volumes'])) {
          const name = str(rec(v)?.['name']);
          if (name !== undefined) declared.add(name);
        }
        arr(c.node['volumeMounts']).forEach((m, i) => {
          const name = str(rec(m)?.['name']);
          if (name === undefined || name === '' || declared.has(name)) return;
          const close = [...declared].find((d) => d.toLowerCase() === name.toLowerCase());
          ctx.report({
            messageId: 'notFound',
            data: {
              name,
              container: c.name ?? `#${c.index}`,
              hint: close ? ` (did you mean "${close}"?)` : declared.size === 0 ? ' (it declares no volumes)' : '',
              volumes: formatPath([...pod.path, 'volumes']),
            },
            path: c.at('volumeMounts', i, 'name'),
          });
        });
      },
    };
  },
});
