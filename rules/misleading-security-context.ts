// Security settings that look as if they confine a container but do not: SYS_ADMIN next to
// allowPrivilegeEscalation: false, and privileged combined with readOnlyRootFilesystem or runAsNonRoot.
import { defineRule } from '../src/core/rule.js';
import { capabilityEntries, classifyCapability, containerSecurityContext, effectiveSetting, isPrivileged } from '../src/k8s/security.js';

export type MessageIds = 'sysAdminNoEscalation' | 'privilegedReadOnly' | 'privilegedNonRoot';

export default defineRule<MessageIds>({
  id: 'misleading-security-context',
  meta: {
    description: 'Warn about security settings that do not confine the container the way they suggest',
    category: 'security',
    severity: 'warning',
    remediation: 'Remove the capability or `privileged: true` that defeats the setting; the restricting field alone does not confine the container.',
    messages: {
      sysAdminNoEscalation:
        '{{path}}: {{value}} is added while allowPrivilegeEscalation is false; the API server only rejects the literal "CAP_SYS_ADMIN", yet SYS_ADMIN can still gain every privilege (mount, namespaces, BPF). Drop SYS_ADMIN and add narrower capabilities.',
      privilegedReadOnly:
        '{{path}}: readOnlyRootFilesystem does not confine a privileged container: it can remount the root filesystem read-write and write to every host device. Remove privileged: true.',
      privilegedNonRoot:
        '{{path}}: runAsNonRoot ({{source}}) does not confine a privileged container: a non-root user in a privileged container still has every capability and the host\'s devices. Remove privileged: true.',
    },
  },
  create(ctx) {
    return {
      container(c, pod) {
        const sc = containerSecurityContext(c);
        if (sc['allowPrivilegeEscalation'] === false) {
          for (const { name, index } of capabilityEntries(c, 'add')) {
            const kind = classifyCapability(name);
            const isSysAdmin = name === 'SYS_ADMIN' || (kind.kind === 'variant' && kind.canonical === 'SYS_ADMIN');
            // The literal CAP_SYS_ADMIN is rejected by the API server (valid-security-context).
            if (isSysAdmin && name !== 'CAP_SYS_ADMIN') {
              ctx.report({ messageId: 'sysAdminNoEscalation', path: c.at('securityContext', 'capabilities', 'add', index), data: { value: JSON.stringify(name) } });
            }
          }
        }
        if (!isPrivileged(c)) return;
        if (sc['readOnlyRootFilesystem'] === true) ctx.report({ messageId: 'privilegedReadOnly', path: c.at('securityContext', 'readOnlyRootFilesystem') });
        const nonRoot = effectiveSetting(pod, c, 'runAsNonRoot');
        if (nonRoot.value === true) {
          ctx.report({
            messageId: 'privilegedNonRoot',
            path: nonRoot.source === 'container' ? nonRoot.path : c.at('securityContext', 'privileged'),
            data: { source: nonRoot.source === 'container' ? 'set on the container' : 'inherited from spec.securityContext' },
          });
        }
      },
    };
  },
});
