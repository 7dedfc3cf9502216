// A Job's pod completes when all of its regular containers exit: a proxy or agent among them never
// exits, so the Job never completes.
import { defineRule } from '../src/core/rule.js';
import { knownHelper, nativeSidecarsSupported } from '../src/k8s/containers.js';

export type MessageIds = 'neverCompletes';

export interface Options {
  sidecarNames: string[];
  sidecarImages: string[];
}

export default defineRule<MessageIds, Options>({
  id: 'no-sidecar-in-job-containers',
  meta: {
    description: 'Warn when a Job or CronJob runs a long-running helper (proxy, agent, log shipper) as a regular container',
    category: 'pitfall',
    severity: 'warning',
    remediation:
      'Run the helper as a native sidecar (an init container with `restartPolicy: Always`, Kubernetes 1.29 or later), which the kubelet stops once the main containers exit; on older versions have the main container stop the helper when it is done.',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sidecarNames: { type: 'array', items: { type: 'string' }, description: 'Container names that are long-running helpers in your setup, in addition to the known proxy and agent images.' },
        sidecarImages: {
          type: 'array',
          items: { type: 'string' },
          description: 'Image name fragments (e.g. `my-registry/log-agent`) of long-running helpers, in addition to the known ones.',
        },
      },
    },
    messages: {
      neverCompletes:
        '{{path}}: container "{{container}}" runs {{what}}, which does not exit on its own: the Job\'s pod keeps running after "{{main}}" finishes and the Job never completes. {{fix}}',
    },
  },
  defaultOptions: { sidecarNames: [], sidecarImages: [] },
  create(ctx) {
    const { sidecarNames, sidecarImages } = ctx.options;
    const native = nativeSidecarsSupported(ctx.settings.kubernetesVersion);
    return {
      podSpec(pod) {
        if (pod.kind !== 'Job' && pod.kind !== 'CronJob') return;
        const regular = pod.containers.filter((c) => c.list === 'containers');
        if (regular.length < 2) return;
        const helperOf = (c: (typeof regular)[number]): string | undefined => {
          if (c.name !== undefined && sidecarNames.includes(c.name)) return 'a helper configured as a sidecar';
          const image = typeof c.node['image'] === 'string' ? c.node['image'] : '';
          if (sidecarImages.some((f) => f !== '' && image.includes(f))) return 'a helper configured as a sidecar';
          return knownHelper(c);
        };
        const helpers = regular.map((c) => ({ c, what: helperOf(c) }));
        const main = helpers.find((h) => h.what === undefined)?.c;
        if (!main) return; // only helpers: nothing to wait for
        for (const { c, what } of helpers) {
          if (what === undefined) continue;
          const fix = native
            ? 'Move it to initContainers with `restartPolicy: Always` (a native sidecar): the kubelet stops it after the main containers exit.'
            : 'Native sidecars need Kubernetes 1.29; until then make the main container stop it when done (e.g. the proxy\'s quit endpoint).';
          ctx.report({ messageId: 'neverCompletes', data: { container: c.name ?? `#${c.index}`, what, main: main.name ?? `#${main.index}`, fix }, path: c.at('name') });
        }
      },
    };
  },
});
