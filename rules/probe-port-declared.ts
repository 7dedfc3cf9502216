// A probe's port must be one the container serves: a named port must be declared in the container's own
// ports, and a number should be among the ports it declares.
import { defineRule } from '../src/core/rule.js';
import { handlerTargets, isPlainInit, portsOf } from '../src/k8s/containers.js';

export type MessageIds = 'unknownName' | 'undeclaredNumber';

export interface Options {
  ignorePorts: number[];
}

export default defineRule<MessageIds, Options>({
  id: 'probe-port-declared',
  meta: {
    description: 'Warn when a probe targets a port name or number that its container does not declare',
    category: 'pitfall',
    severity: 'warning',
    remediation:
      'Point the probe at a port the same container declares in `ports` (by name or number), or declare the port; a named port is looked up only in the probed container.',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignorePorts: {
          type: 'array',
          items: { type: 'integer', minimum: 1, maximum: 65535 },
          description: 'Port numbers a probe may use without the container declaring them (default: Istio\'s pilot-agent ports 15020 and 15021, used by rewritten probes).',
        },
      },
    },
    messages: {
      unknownName:
        '{{path}}: port {{port}} is not a port name of container "{{container}}" ({{declared}}): the kubelet cannot resolve it and the probe always fails. Use a declared name or the port number.',
      undeclaredNumber:
        '{{path}}: port {{port}} is not among the ports container "{{container}}" declares ({{declared}}): the probe checks a port the container may not serve. Probe a declared port or add {{port}} to ports.',
    },
  },
  defaultOptions: { ignorePorts: [15020, 15021] },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      container(c) {
        if (c.role === 'ephemeral' || isPlainInit(c, v)) return; // probes are forbidden there
        const targets = handlerTargets(c);
        if (targets.length === 0) return;
        const ports = portsOf(c);
        // The rest is only needed for a report.
        const data = (): { container: string; declared: string } => ({
          container: c.name ?? `#${c.index}`,
          declared: ports.length === 0 ? 'it declares no ports' : `declared: ${ports.map((p) => (p.name ? `${p.name}=${p.containerPort}` : String(p.containerPort))).join(', ')}`,
        });
        for (const t of targets) {
          if (typeof t.port === 'string' && !/^\d+$/.test(t.port)) {
            const name = t.port;
            if (!ports.some((p) => p.name === name && name !== '')) ctx.report({ messageId: 'unknownName', data: { ...data(), port: JSON.stringify(t.port) }, path: c.at(...t.path, 'port') });
          } else if (typeof t.port === 'number') {
            const port = t.port;
            // Containers that declare no ports often serve undeclared ones: only check when they declare some.
            const numbered = ports.some((p) => p.containerPort !== undefined);
            if (numbered && !ports.some((p) => p.containerPort === port) && !ctx.options.ignorePorts.includes(port)) {
              ctx.report({ messageId: 'undeclaredNumber', data: { ...data(), port }, path: c.at(...t.path, 'port') });
            }
          }
        }
      },
    };
  },
});
