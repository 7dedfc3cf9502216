// Ephemeral containers (`kubectl debug`): an allow-list of fields, no subPath, a targetContainerName that
// exists, and never in a pod template.
import { defineRule } from '../src/core/rule.js';
import { arr, isRecord, rec, str } from '../src/k8s/values.js';
import type { JsonValue } from '../src/k8s/values.js';
import type { KubeVersion } from '../src/k8s/versions.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds = 'inTemplate' | 'forbiddenField' | 'forbiddenSubPath' | 'targetNotFound';

/** Fields of a container that an ephemeral container may not set, and from which version the API has them. */
function forbiddenFields(v: KubeVersion): string[] {
  const out = ['ports', 'resources', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'];
  if (atLeast(v, '1.33')) out.push('resizePolicy'); // dropped while InPlacePodVerticalScaling is off
  // restartPolicy exists from 1.28; 1.34 drops it (ContainerRestartRules off), 1.35 validates it again.
  if (atLeast(v, '1.28') && !(v.major === 1 && v.minor === 34)) out.push('restartPolicy');
  if (atLeast(v, '1.35')) out.push('restartPolicyRules');
  return out;
}

/** Whether a field counts as set (Go's non-zero): present lists (even empty), structs with a field set, values. */
function isSet(field: string, v: JsonValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (field === 'resources') return isRecord(v) && Object.values(v).some((x) => x !== null);
  return true;
}

export default defineRule<MessageIds>({
  id: 'valid-ephemeral-containers',
  meta: {
    description: 'Validate ephemeral containers: allowed fields, no subPath, an existing target container, not in pod templates',
    category: 'validity',
    severity: 'error',
    remediation:
      'Add ephemeral containers to a running Pod with `kubectl debug` (the ephemeralcontainers subresource); give them only name, image, command, args, env, volume mounts without subPath, securityContext and terminal settings, and target an existing container.',
    messages: {
      inTemplate:
        '{{path}}: Forbidden: ephemeral containers not allowed in pod template. Remove them; add debug containers to running pods with `kubectl debug`.',
      forbiddenField: '{{path}}: Forbidden: cannot be set for an Ephemeral Container. Remove {{field}}; debug containers get no ports, resources, probes or hooks.',
      forbiddenSubPath: '{{path}}: Forbidden: cannot be set for an Ephemeral Container. Mount the whole volume instead.',
      targetNotFound: '{{path}}: Not found: {{value}}. Name one of the pod\'s containers or init containers ({{names}}).',
    },
  },
  create(ctx) {
    const fields = forbiddenFields(ctx.settings.kubernetesVersion);
    return {
      podSpec(pod) {
        if (pod.isTemplate && arr(pod.spec['ephemeralContainers']).length > 0) {
          ctx.report({ messageId: 'inTemplate', path: pod.at('ephemeralContainers') });
        }
      },
      container(c, pod) {
        if (c.role !== 'ephemeral') return;
        for (const f of fields) if (isSet(f, c.node[f])) ctx.report({ messageId: 'forbiddenField', data: { field: f }, path: c.at(f) });
        arr(c.node['volumeMounts']).forEach((m, i) => {
          for (const f of ['subPath', 'subPathExpr']) {
            const v = str(rec(m)?.[f]);
            if (v !== undefined && v !== '') ctx.report({ messageId: 'forbiddenSubPath', path: c.at('volumeMounts', i, f) });
          }
        });
        const target = str(c.node['targetContainerName']);
        if (target !== undefined && target !== '') {
          const names = pod.containers.filter((x) => x.role !== 'ephemeral' && x.name !== undefined).map((x) => x.name!);
          if (!names.includes(target)) {
            ctx.report({ messageId: 'targetNotFound', data: { value: JSON.stringify(target), names: names.map((n) => `"${n}"`).join(', ') || 'none' }, path: c.at('targetContainerName') });
          }
        }
      },
    };
  },
});
