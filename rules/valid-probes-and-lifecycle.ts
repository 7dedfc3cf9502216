// Probes and lifecycle hooks: only on regular containers and native sidecars, exactly one handler each,
// successThreshold 1 for liveness and startup probes, sleep action bounds, stopSignal needs spec.os.name.
import { defineRule } from '../src/core/rule.js';
import { isPlainInit, LIFECYCLE_HANDLERS, LIFECYCLE_HOOKS, PROBE_HANDLERS, PROBES } from '../src/k8s/containers.js';
import { num, rec } from '../src/k8s/values.js';
import type { JsonObject } from '../src/k8s/values.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds =
  | 'initForbidden'
  | 'multipleHandlers'
  | 'noHandler'
  | 'sleepDropped'
  | 'successThreshold'
  | 'readinessGrace'
  | 'sleepRange'
  | 'stopSignalOs';

const FIELDS = ['lifecycle', ...PROBES] as const;

export default defineRule<MessageIds>({
  id: 'valid-probes-and-lifecycle',
  meta: {
    description: 'Validate probes and lifecycle hooks: where they are allowed and their shape',
    category: 'validity',
    severity: 'error',
    remediation:
      'Give each probe and hook exactly one handler, keep successThreshold at 1 for liveness and startup probes, and move probes and hooks off plain init containers (or make the init container a native sidecar with `restartPolicy: Always`).',
    messages: {
      initForbidden:
        '{{path}}: Forbidden: may not be set for init containers{{suffix}}. Remove it, or make the container a native sidecar with `restartPolicy: Always`{{sidecarHint}}.',
      multipleHandlers: '{{path}}: Forbidden: may not specify more than 1 handler type. Keep one of {{handlers}}.',
      noHandler: '{{path}}: Required value: must specify a handler type. Add one of {{handlers}}.',
      sleepDropped:
        '{{path}}: Required value: must specify a handler type: the sleep action needs PodLifecycleSleepAction (beta/on in Kubernetes 1.30), so Kubernetes {{version}} drops it. Use an exec handler running `sleep`, or target 1.30.',
      successThreshold: '{{path}}: Invalid value: {{value}}: must be 1. Remove successThreshold or set it to 1; only readiness probes may require several successes.',
      readinessGrace:
        '{{path}}: Invalid value: {{value}}: must not be set for readinessProbes. Remove it; a failing readiness probe never kills the container.',
      sleepRange: '{{path}}: Invalid value: {{value}}: {{detail}}. Sleep for less than the pod\'s terminationGracePeriodSeconds.',
      stopSignalOs:
        '{{path}}: Forbidden: may not be set for containers with empty `spec.os.name` (with default feature gates, where ContainerStopSignals is alpha, the API server drops the field instead). Set `spec.os.name` to linux or windows.',
    },
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      container(c, pod) {
        if (c.role === 'ephemeral') return; // valid-ephemeral-containers forbids these fields there
        if (isPlainInit(c, v)) {
          for (const f of FIELDS) {
            if (c.node[f] === undefined || c.node[f] === null) continue;
            ctx.report({
              messageId: 'initForbidden',
              data: {
                suffix: atLeast(v, '1.28') ? ' without restartPolicy=Always' : '',
                sidecarHint: atLeast(v, '1.29') ? '' : ' (Kubernetes 1.29 or later)',
              },
              path: c.at(f),
            });
          }
          return;
        }
        const handlers = (h: JsonObject, base: (string | number)[], kinds: readonly string[], hook: boolean): void => {
          let n = 0;
          for (const k of kinds) {
            if (h[k] === undefined || h[k] === null) continue;
            if (k === 'sleep' && !atLeast(v, '1.30')) continue; // dropped before validation
            n++;
            if (n > 1) ctx.report({ messageId: 'multipleHandlers', data: { handlers: kinds.join(', ') }, path: c.at(...base, k) });
          }
          if (n === 0) {
            const sleepDropped = hook && h['sleep'] !== undefined && h['sleep'] !== null;
            ctx.report({
              messageId: sleepDropped ? 'sleepDropped' : 'noHandler',
              data: { handlers: kinds.join(', '), version: `${v.major}.${v.minor}` },
              path: c.at(...base),
            });
          }
        };
        for (const p of PROBES) {
          const probe = rec(c.node[p]);
          if (!probe) continue;
          handlers(probe, [p], PROBE_HANDLERS, false);
          const st = num(probe['successThreshold']);
          if (p !== 'readinessProbe' && st !== undefined && st !== 0 && st !== 1) {
            ctx.report({ messageId: 'successThreshold', data: { value: st }, path: c.at(p, 'successThreshold') });
          }
          const tg = probe['terminationGracePeriodSeconds'];
          if (p === 'readinessProbe' && tg !== undefined && tg !== null) {
            ctx.report({ messageId: 'readinessGrace', data: { value: JSON.stringify(tg) }, path: c.at(p, 'terminationGracePeriodSeconds') });
          }
        }
        const lifecycle = rec(c.node['lifecycle']);
        if (!lifecycle) return;
        const grace = num(pod.spec['terminationGracePeriodSeconds']) ?? 30;
        const allowZero = atLeast(v, '1.33');
        for (const hook of LIFECYCLE_HOOKS) {
          const h = rec(lifecycle[hook]);
          if (!h) continue;
          handlers(h, ['lifecycle', hook], LIFECYCLE_HANDLERS, true);
          const seconds = num(rec(h['sleep'])?.['seconds']);
          if (seconds === undefined || !atLeast(v, '1.30') || grace < 0) continue;
          const bad = allowZero ? seconds < 0 || seconds > grace : seconds <= 0 || seconds > grace;
          if (bad) {
            const detail = allowZero
              ? `must be non-negative and less than terminationGracePeriodSeconds (${grace})`
              : `must be greater than 0 and less than terminationGracePeriodSeconds (${grace}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`;
            ctx.report({ messageId: 'sleepRange', data: { value: seconds, detail }, path: c.at('lifecycle', hook, 'sleep') });
          }
        }
        const os = rec(pod.spec['os']);
        if (lifecycle['stopSignal'] !== undefined && lifecycle['stopSignal'] !== null && (!os || !os['name'])) {
          ctx.report({ messageId: 'stopSignalOs', path: c.at('lifecycle', 'stopSignal') });
        }
      },
    };
  },
});
