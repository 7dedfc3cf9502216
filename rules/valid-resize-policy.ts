// resizePolicy (in-place pod resize, InPlacePodVerticalScaling beta/on 1.33): cpu and memory once each,
// NotRequired or RestartContainer; only NotRequired when the pod never restarts containers, and never
// RestartContainer on a plain init container.
import { defineRule } from '../src/core/rule.js';
import { isPlainInit, podRestartPolicy, showValue } from '../src/k8s/containers.js';
import { arr, isRecord } from '../src/k8s/values.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds = 'required' | 'resourceName' | 'duplicate' | 'policy' | 'neverPod' | 'initContainer' | 'initContainerBefore136';

export default defineRule<MessageIds>({
  id: 'valid-resize-policy',
  meta: {
    description: 'Validate container resizePolicy entries for in-place pod resize',
    category: 'validity',
    severity: 'error',
    kubernetes: { since: '1.33' },
    remediation:
      'List cpu and memory at most once each with restartPolicy NotRequired or RestartContainer; use NotRequired in pods with `restartPolicy: Never` and on init containers that are not sidecars.',
    messages: {
      required: '{{path}}: Required value: {{field}} must be set. Give {{hint}}.',
      resourceName: '{{path}}: Unsupported value: {{value}}: supported values: "cpu", "memory". Only cpu and memory can be resized in place.',
      duplicate: '{{path}}: Duplicate value: {{value}}. List each resource once.',
      policy: '{{path}}: Unsupported value: {{value}}: supported values: "NotRequired", "RestartContainer". Use one of them.',
      neverPod: "{{path}}: Invalid value: {{value}}: must be 'NotRequired' when `restartPolicy` is 'Never'. A pod that never restarts containers cannot restart one to resize it.",
      initContainer: "{{path}}: Invalid value: {{value}}: must not be set to 'RestartContainer' for non-sidecar initContainers. Use NotRequired.",
      initContainerBefore136:
        '{{path}}: Invalid value: …: must not be set for init containers. Remove it: before Kubernetes 1.36 (InPlacePodVerticalScalingInitContainers) only sidecars among init containers can be resized.',
    },
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      container(c, pod) {
        if (c.role === 'ephemeral') return; // forbidden there (valid-ephemeral-containers)
        const never = podRestartPolicy(pod) === 'Never';
        if (isPlainInit(c, v) && !atLeast(v, '1.36')) {
          if (arr(c.node['resizePolicy']).length > 0) ctx.report({ messageId: 'initContainerBefore136', path: c.at('resizePolicy') });
          return;
        }
        const seen = new Set<string>();
        arr(c.node['resizePolicy']).forEach((p, i) => {
          if (!isRecord(p)) return;
          const at = (f: string) => c.at('resizePolicy', i, f);
          const name = p['resourceName'];
          if (name === undefined || name === null || name === '') ctx.report({ messageId: 'required', data: { field: 'resourceName', hint: 'cpu or memory' }, path: c.at('resizePolicy', i) });
          else {
            if (typeof name === 'string' && seen.has(name)) ctx.report({ messageId: 'duplicate', data: { value: showValue(name) }, path: at('resourceName') });
            else if (name !== 'cpu' && name !== 'memory') ctx.report({ messageId: 'resourceName', data: { value: showValue(name) }, path: at('resourceName') });
            if (typeof name === 'string') seen.add(name);
          }
          const rp = p['restartPolicy'];
          if (rp === undefined || rp === null || rp === '') {
            ctx.report({ messageId: 'required', data: { field: 'restartPolicy', hint: 'NotRequired or RestartContainer' }, path: c.at('resizePolicy', i) });
            return;
          }
          if (rp !== 'NotRequired' && rp !== 'RestartContainer') ctx.report({ messageId: 'policy', data: { value: showValue(rp) }, path: at('restartPolicy') });
          else if (rp === 'RestartContainer' && isPlainInit(c, v)) ctx.report({ messageId: 'initContainer', data: { value: showValue(rp) }, path: at('restartPolicy') });
          else if (rp === 'RestartContainer' && never) ctx.report({ messageId: 'neverPod', data: { value: showValue(rp) }, path: at('restartPolicy') });
        });
      },
    };
  },
});
