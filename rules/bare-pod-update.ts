// A forbidden change to a Pod that no controller manages: the update cannot be applied in place.
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { containerListChanged, forbiddenPodSpecChanges, hasController } from '../src/k8s/update.js';
import { rec } from '../src/k8s/values.js';

export type MessageIds = 'recreate';

export default defineRule<MessageIds>({
  id: 'bare-pod-update',
  meta: {
    description: 'Warn when a bare Pod is changed in a way the API server cannot apply in place',
    category: 'pitfall',
    severity: 'warning',
    phase: 'update',
    remediation:
      'Delete and recreate the Pod (kubectl replace --force, or kubectl delete then apply), or run it from a Deployment so that a template change rolls out as new Pods.',
    messages: {
      recreate:
        '{{path}}: this Pod is not managed by a controller and {{what}} cannot be applied in place, so kubectl apply will fail. Delete and recreate the Pod (kubectl replace --force), or run it from a Deployment so changes roll out as new Pods.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current, subresource }) {
        if (subresource !== undefined || current.kind !== 'Pod' || apiGroup(current.apiVersion) !== '' || hasController(current.value)) return;
        const oldSpec = rec(previous.value['spec']) ?? {};
        const newSpec = rec(current.value['spec']) ?? {};
        const list = containerListChanged(oldSpec, newSpec);
        const count = list ? 0 : forbiddenPodSpecChanges(oldSpec, newSpec).length;
        if (!list && count === 0) return;
        const what = list ? `adding or removing ${list}` : count === 1 ? 'its spec change' : `its ${count} spec changes`;
        ctx.report({ messageId: 'recreate', path: ['spec'], previousPath: ['spec'], data: { what } });
      },
    };
  },
});
