// Static pods (kubelet manifest files, mirrored as pods with the kubernetes.io/config.mirror annotation)
// may not reference API objects, and do not support ephemeral containers or resource claims.
import { defineRule } from '../src/core/rule.js';
import { apiReferences, isStaticPod } from '../src/k8s/containers.js';
import { arr } from '../src/k8s/values.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds = 'reference' | 'ephemeral' | 'resourceClaims';

export default defineRule<MessageIds>({
  id: 'no-static-pod-api-references',
  meta: {
    description: 'Disallow API object references, resource claims and ephemeral containers in static pods',
    category: 'validity',
    severity: 'error',
    remediation:
      'Static pods run without the API server: use hostPath, emptyDir or downwardAPI volumes and literal env values instead of Secrets, ConfigMaps, ServiceAccounts, PVCs, CSI volumes or resource claims, and debug them on the node rather than with ephemeral containers.',
    messages: {
      reference:
        '{{path}}: static pods may not reference {{resource}}. The kubelet {{refuses}}; use a hostPath, emptyDir or downwardAPI volume or a literal value instead.',
      ephemeral: '{{path}}: Forbidden: static pods do not support ephemeral containers. Remove them; debug a static pod on its node.',
      resourceClaims: '{{path}}: Forbidden: static pods do not support resource claims. Remove them, or run the workload as a regular pod.',
    },
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      podSpec(pod) {
        if (!isStaticPod(ctx.object.kind, pod, ctx.settings.staticPod)) return;
        if (arr(pod.spec['ephemeralContainers']).length > 0) ctx.report({ messageId: 'ephemeral', path: pod.at('ephemeralContainers') });
        if (arr(pod.spec['resourceClaims']).length > 0) ctx.report({ messageId: 'resourceClaims', path: pod.at('resourceClaims') });
        // PreventStaticPodAPIReferences (beta/on 1.34, permanent 1.37): the kubelet refuses the pod.
        // Before it, the kubelet refused only ClusterTrustBundle projections.
        const full = atLeast(v, '1.34');
        const refuses = full ? 'refuses to run a static pod that references API objects' : 'refuses ClusterTrustBundle projections in static pods';
        for (const r of apiReferences(pod)) {
          if (r.resource === 'resourceclaims') continue; // reported once above
          if (!full && r.resource !== 'clustertrustbundles') continue;
          ctx.report({ messageId: 'reference', data: { resource: r.resource, refuses }, path: r.path });
        }
      },
    };
  },
});
