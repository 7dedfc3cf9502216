// Before 1.34 the kubelet runs a static pod that references API objects, but its mirror pod is refused
// (NodeRestriction, ServiceAccount admission) and the kubelet cannot read the Secrets and ConfigMaps.
import { defineRule } from '../src/core/rule.js';
import { apiReferences, isStaticPod } from '../src/k8s/containers.js';

export type MessageIds = 'reference';

const MIRROR_REFUSED = /^(serviceaccounts|secrets|configmaps|persistentvolumeclaims)\b/;

export default defineRule<MessageIds>({
  id: 'static-pod-mirror-references',
  meta: {
    description: 'Warn when a static pod references ServiceAccounts, Secrets, ConfigMaps or PVCs on versions where the kubelet still runs it',
    category: 'pitfall',
    severity: 'warning',
    kubernetes: { until: '1.33' },
    remediation:
      'Use hostPath, emptyDir or downwardAPI volumes and literal env values in static pods; from Kubernetes 1.34 the kubelet refuses such a static pod outright.',
    messages: {
      reference:
        '{{path}}: a static pod referencing {{resource}}: the node may not create its mirror pod (NodeRestriction), so the API server never shows it, and the kubelet cannot read the object; from 1.34 the kubelet refuses the pod. Use a hostPath, emptyDir or downwardAPI volume or a literal value instead.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        if (!isStaticPod(ctx.object.kind, pod, ctx.settings.staticPod)) return;
        for (const r of apiReferences(pod)) {
          if (MIRROR_REFUSED.test(r.resource)) ctx.report({ messageId: 'reference', data: { resource: r.resource }, path: r.path });
        }
      },
    };
  },
});
