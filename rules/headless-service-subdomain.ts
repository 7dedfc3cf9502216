// A pod's `subdomain` only gives it a DNS name when a headless Service of that name exists in its namespace.
import { defineRule, runObjectsOf } from '../src/core/rule.js';
import type { ObjectInfo } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { rec, str } from '../src/k8s/values.js';

export type MessageIds = 'noService' | 'notHeadless';

/** Objects without a namespace are applied to whatever namespace kubectl targets: they match any. */
function sameNamespace(a: ObjectInfo, b: ObjectInfo): boolean {
  return a.namespace === undefined || b.namespace === undefined || a.namespace === b.namespace;
}

export default defineRule<MessageIds>({
  id: 'headless-service-subdomain',
  meta: {
    description: 'Warn when a pod sets a subdomain that names no headless Service among the Services of its namespace in the same run',
    category: 'pitfall',
    runObjects: ['Service'],
    severity: 'warning',
    remediation:
      'Create a headless Service (clusterIP: None) whose name equals the pod\'s subdomain and whose selector matches the pod, or fix the subdomain; otherwise the pod gets no "<hostname>.<subdomain>.<namespace>.svc" DNS record.',
    messages: {
      noService:
        '{{path}}: no Service named "{{subdomain}}" among the {{count}} Service(s) of this namespace in the lint run, so the pod gets no DNS record under "{{subdomain}}". Add a headless Service (clusterIP: None) named "{{subdomain}}" that selects the pod, or fix the subdomain.',
      notHeadless:
        '{{path}}: Service "{{subdomain}}" is not headless (clusterIP is {{clusterIP}}), so no DNS record is published for the pod\'s hostname under it. Set clusterIP: None on the Service (or add a separate headless Service).',
    },
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const subdomain = str(pod.spec['subdomain']);
        if (subdomain === undefined || subdomain === '') return;
        const services = runObjectsOf(ctx.run, 'Service').filter((o) => apiGroup(o.apiVersion) === '' && sameNamespace(o, ctx.object));
        if (services.length === 0) return;
        const matches = services.filter((s) => s.name === subdomain);
        if (matches.length === 0) {
          ctx.report({ messageId: 'noService', path: pod.at('subdomain'), data: { subdomain, count: services.length } });
          return;
        }
        if (matches.some((s) => rec(s.value['spec'])?.['clusterIP'] === 'None')) return;
        const clusterIP = str(rec(matches[0]!.value['spec'])?.['clusterIP']);
        ctx.report({
          messageId: 'notHeadless',
          path: pod.at('subdomain'),
          data: { subdomain, clusterIP: clusterIP === undefined || clusterIP === '' ? 'unset (one will be allocated)' : JSON.stringify(clusterIP) },
        });
      },
    };
  },
});
