// Privilege that is not needed: capabilities added to a privileged container, a privileged init container
// that only sets namespaced sysctls, and a privileged native sidecar next to the app containers.
import { defineRule } from '../src/core/rule.js';
import { capabilityEntries, isNamespacedSysctl, isPrivileged, sysctlsSetByCommand } from '../src/k8s/security.js';

export type MessageIds = 'redundantCapabilities' | 'sysctlInitContainer' | 'privilegedSidecar';

export default defineRule<MessageIds>({
  id: 'unnecessary-privilege',
  meta: {
    description: 'Warn about privileged containers whose job needs less privilege',
    category: 'security',
    severity: 'warning',
    remediation: 'Replace `privileged: true` with what the container needs: `spec.securityContext.sysctls` for namespaced sysctls, specific capabilities for a sidecar.',
    messages: {
      redundantCapabilities:
        '{{path}}: capabilities added to a privileged container are redundant: privileged already has every capability. Remove privileged: true and keep only the capabilities it needs.',
      sysctlInitContainer:
        '{{path}}: init container "{{name}}" is privileged only to set namespaced sysctls ({{sysctls}}). Set them in spec.securityContext.sysctls instead (sysctls outside the safe set need the kubelet\'s --allowed-unsafe-sysctls) and drop the init container.',
      privilegedSidecar:
        '{{path}}: sidecar "{{name}}" is privileged and runs for the whole life of the pod next to its app containers, sharing their network and volumes. Give it only the capabilities it needs.',
    },
  },
  create(ctx) {
    return {
      container(c, pod) {
        if (!isPrivileged(c)) return;
        const added = capabilityEntries(c, 'add');
        if (added.length > 0) ctx.report({ messageId: 'redundantCapabilities', path: c.at('securityContext', 'capabilities', 'add') });
        const name = c.name ?? `#${c.index}`;
        if (c.role === 'init') {
          const sysctls = sysctlsSetByCommand(c);
          // Node-wide sysctls (vm.max_map_count, …) cannot be set per pod: those init containers do need privilege.
          if (sysctls && sysctls.every(isNamespacedSysctl)) {
            ctx.report({ messageId: 'sysctlInitContainer', path: c.at('securityContext', 'privileged'), data: { name, sysctls: sysctls.join(', ') } });
          }
        }
        if (c.role === 'sidecar' && pod.containers.some((o) => o.role === 'app')) {
          ctx.report({ messageId: 'privilegedSidecar', path: c.at('securityContext', 'privileged'), data: { name } });
        }
      },
    };
  },
});
