// Container ports: number ranges, protocols, and hostPort conflicts (keyed protocol/hostIP/hostPort) across
// the regular containers of a pod; each init container is checked only against itself.
import { defineRule } from '../src/core/rule.js';
import { portsOf } from '../src/k8s/containers.js';
import type { PortInfo } from '../src/k8s/containers.js';
import type { ContainerInfo } from '../src/k8s/pod-spec.js';

export type MessageIds = 'containerPortRequired' | 'portRange' | 'protocol' | 'hostPortDuplicate';

const PROTOCOLS = new Set(['SCTP', 'TCP', 'UDP']);

export default defineRule<MessageIds>({
  id: 'valid-container-ports',
  meta: {
    description: 'Validate container port numbers and protocols, and require unique host ports among regular containers',
    category: 'validity',
    severity: 'error',
    remediation:
      'Use port numbers from 1 to 65535 and a protocol of TCP, UDP or SCTP; give each hostPort (per protocol and hostIP) to one regular container only.',
    messages: {
      containerPortRequired: '{{path}}: Required value: containerPort must be set. Give the port number the container listens on.',
      portRange: '{{path}}: Invalid value: {{value}}: must be between 1 and 65535, inclusive. Use a valid port number.',
      protocol: '{{path}}: Unsupported value: {{value}}: supported values: "SCTP", "TCP", "UDP". Protocols are upper case.',
      hostPortDuplicate:
        '{{path}}: Duplicate value: "{{key}}": container "{{other}}" already binds this host port. Use a different hostPort or hostIP; the containers share one node port.',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        // A Pod (not a template) with hostNetwork gets hostPort defaulted to containerPort.
        const hostNetwork = !pod.isTemplate && pod.spec['hostNetwork'] === true;
        const hostPortOf = (p: PortInfo): number | undefined => (p.hostPort === undefined || p.hostPort === 0) && hostNetwork ? p.containerPort : p.hostPort;
        const check = (group: ContainerInfo[]): void => {
          const seen = new Map<string, string>();
          for (const c of group) {
            for (const p of portsOf(c)) {
              const hp = hostPortOf(p);
              if (hp === undefined || hp === 0) continue;
              const key = `${p.protocol}/${p.hostIP}/${hp}`;
              const other = seen.get(key);
              if (other !== undefined) {
                ctx.report({ messageId: 'hostPortDuplicate', data: { key, other }, path: c.at('ports', p.index, p.hostPort === undefined ? 'containerPort' : 'hostPort') });
              } else seen.set(key, c.name ?? `#${c.index}`);
            }
          }
        };
        const regular = pod.containers.filter((c) => c.list === 'containers');
        check(regular);
        for (const c of pod.containers.filter((x) => x.list === 'initContainers')) check([c]);

        for (const c of pod.containers) {
          if (c.role === 'ephemeral') continue; // ports are forbidden there (valid-ephemeral-containers)
          for (const p of portsOf(c)) {
            const cp = p.node['containerPort'];
            if (cp === undefined || cp === null || cp === 0) ctx.report({ messageId: 'containerPortRequired', path: c.at('ports', p.index) });
            else if (typeof cp === 'number' && (cp < 1 || cp > 65535 || !Number.isInteger(cp))) {
              ctx.report({ messageId: 'portRange', data: { value: cp }, path: c.at('ports', p.index, 'containerPort') });
            }
            const hp = p.node['hostPort'];
            if (typeof hp === 'number' && hp !== 0 && (hp < 1 || hp > 65535 || !Number.isInteger(hp))) {
              ctx.report({ messageId: 'portRange', data: { value: hp }, path: c.at('ports', p.index, 'hostPort') });
            }
            const proto = p.node['protocol'];
            if (typeof proto === 'string' && proto !== '' && !PROTOCOLS.has(proto)) {
              ctx.report({ messageId: 'protocol', data: { value: JSON.stringify(proto) }, path: c.at('ports', p.index, 'protocol') });
            }
          }
        }
      },
    };
  },
});
