// The `pods/resize` subresource (`ValidatePodResize`): in-place changes of container cpu and memory.
import { defineRule } from '../src/core/rule.js';
import type { FieldPath } from '../src/k8s/path.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { diffPodSpecs, diffValues, isStaticPod, isWindowsPod, qosClass, semanticEqual } from '../src/k8s/update.js';
import type { Change } from '../src/k8s/update.js';
import { arr, rec, str } from '../src/k8s/values.js';
import type { JsonObject, JsonValue } from '../src/k8s/values.js';
import { atLeast, formatVersion } from '../src/k8s/versions.js';

export type MessageIds =
  | 'notAvailable'
  | 'staticPod'
  | 'windowsPod'
  | 'podLevelResources'
  | 'qosChanged'
  | 'addedOrRemoved'
  | 'renamedOrReordered'
  | 'resourcesRemoved'
  | 'onlyCpuMemory'
  | 'onlyCpuMemoryInit'
  | 'initNotResizable'
  | 'initRestartPolicy'
  | 'podLevelRemoved'
  | 'onlyCpuMemoryPodLevel'
  | 'ignored';

const CPU_MEMORY = new Set(['cpu', 'memory']);

/** Changes of a `resources` block other than cpu and memory requests and limits (what resize may not change). */
function otherResourceChanges(oldRes: JsonValue | undefined, newRes: JsonValue | undefined, base: FieldPath): Change[] {
  const o = rec(oldRes) ?? {};
  const n = rec(newRes) ?? {};
  const out: Change[] = [];
  for (const what of ['requests', 'limits']) {
    const ol = rec(o[what]) ?? {};
    const nl = rec(n[what]) ?? {};
    for (const k of Object.keys(nl)) {
      if (CPU_MEMORY.has(k)) continue;
      // A removal is reported as such; only additions and changes are "not cpu or memory".
      const before = ol[k];
      const after = nl[k]!;
      if (before === undefined) out.push({ path: [...base, what, k], rel: [what, k], kind: 'added', old: undefined, new: after });
      else if (!semanticEqual({ [what]: { [k]: before } }, { [what]: { [k]: after } })) out.push({ path: [...base, what, k], rel: [what, k], kind: 'changed', old: before, new: after });
    }
  }
  const rest = (r: JsonObject): JsonObject => {
    const copy = { ...r };
    delete copy['requests'];
    delete copy['limits'];
    return copy;
  };
  out.push(...diffValues(rest(o), rest(n), base));
  return out;
}

/** A container without `resources` and `resizePolicy` (the fields resize copies from the request). */
function withoutResizable(c: JsonValue | undefined): JsonObject {
  const out: JsonObject = { ...(rec(c) ?? {}) };
  delete out['resources'];
  delete out['resizePolicy'];
  return out;
}

function removedKeys(oldList: JsonValue | undefined, newList: JsonValue | undefined): boolean {
  const o = rec(oldList) ?? {};
  const n = rec(newList) ?? {};
  return Object.keys(o).some((k) => !(k in n));
}

export default defineRule<MessageIds>({
  id: 'valid-pod-resize',
  meta: {
    description: 'Validate an in-place resize sent to the pods/resize subresource',
    category: 'validity',
    severity: 'error',
    phase: 'update',
    remediation:
      'Through pods/resize change only the cpu and memory requests and limits (and resizePolicy) of existing containers, keep the QoS class, and never remove a request or limit; recreate the Pod for anything else.',
    messages: {
      notAvailable:
        '{{path}}: the pods/resize subresource is not available in Kubernetes {{version}}: in-place Pod resize (InPlacePodVerticalScaling) is off by default before 1.33. Recreate the Pod with the new resources.',
      staticPod: '{{path}}: Forbidden: static pods cannot be resized. Change the static pod manifest on the node instead.',
      windowsPod: '{{path}}: Forbidden: windows pods cannot be resized. Recreate the Pod with the new resources.',
      podLevelResources: '{{path}}: Forbidden: pods with pod-level resources cannot be resized before Kubernetes 1.36. Recreate the Pod with the new resources.',
      qosChanged:
        '{{path}}: Invalid value: "{{old}}": Pod QOS Class may not change as a result of resizing (the new resources make it {{new}}). Keep requests and limits in the same QoS class.',
      addedOrRemoved: '{{path}}: Forbidden: {{list}} may not be added or removed on resize. Send the same containers, in the same order.',
      renamedOrReordered: '{{path}}: Forbidden: {{list}} may not be renamed or reordered on resize. Send the same containers, in the same order.',
      resourcesRemoved: '{{path}}: Forbidden: resource {{what}} cannot be removed. Keep every request and limit that is set; change its value instead.',
      onlyCpuMemory: '{{path}}: Forbidden: only cpu and memory resources are mutable. Recreate the Pod to change other resources.',
      onlyCpuMemoryInit: '{{path}}: Forbidden: only cpu and memory resources for init or sidecar containers are mutable. Recreate the Pod to change other resources.',
      initNotResizable:
        '{{path}}: Forbidden: only cpu and memory resources are mutable: init containers that are not sidecars can be resized only from Kubernetes 1.36 (InPlacePodVerticalScalingInitContainers). Recreate the Pod instead.',
      initRestartPolicy:
        '{{path}}: Forbidden: non-sidecar init containers with a resize policy of RestartContainer cannot be resized. Use resizePolicy NotRequired, or recreate the Pod.',
      podLevelRemoved: '{{path}}: Forbidden: pod-level {{what}} cannot be removed. Keep the pod-level requests and limits; change their values instead.',
      onlyCpuMemoryPodLevel: '{{path}}: Forbidden: only cpu and memory resources are mutable at pod-level. Recreate the Pod to change other resources.',
      ignored:
        '{{path}}: this change is not part of a resize: pods/resize copies only container resources and resizePolicy, so the API server silently drops it. Send it as a normal update (or recreate the Pod).',
    },
  },
  create(ctx) {
    return {
      update({ previous, current, subresource }) {
        if (subresource !== 'resize' || current.kind !== 'Pod' || apiGroup(current.apiVersion) !== '') return;
        const version = ctx.settings.kubernetesVersion;
        if (!atLeast(version, '1.33')) {
          ctx.report({ messageId: 'notAvailable', path: ['spec'], data: { version: formatVersion(version) } });
          return;
        }
        const oldSpec = rec(previous.value['spec']) ?? {};
        const newSpec = rec(current.value['spec']) ?? {};
        if (isStaticPod(previous.value, ctx.settings.staticPod)) {
          ctx.report({ messageId: 'staticPod', path: [] });
          return;
        }
        if (isWindowsPod(oldSpec)) {
          ctx.report({ messageId: 'windowsPod', path: ['spec', 'os', 'name'], previousPath: ['spec', 'os', 'name'] });
          return;
        }
        const podLevel = (s: JsonObject): boolean => Object.keys(rec(rec(s['resources'])?.['requests']) ?? {}).length + Object.keys(rec(rec(s['resources'])?.['limits']) ?? {}).length > 0;
        const podLevelResize = atLeast(version, '1.36');
        if (!podLevelResize && (podLevel(oldSpec) || podLevel(newSpec))) {
          ctx.report({ messageId: 'podLevelResources', path: ['spec', 'resources'], previousPath: ['spec', 'resources'] });
          return;
        }

        const oldQos = qosClass(oldSpec);
        const newQos = qosClass(newSpec);
        if (oldQos !== newQos) ctx.report({ messageId: 'qosChanged', path: ['spec'], data: { old: oldQos, new: newQos } });

        let ordered = true;
        for (const list of ['containers', 'initContainers'] as const) {
          const o = arr(oldSpec[list]);
          const n = arr(newSpec[list]);
          if (o.length !== n.length) {
            ctx.report({ messageId: 'addedOrRemoved', path: ['spec', list], previousPath: ['spec', list], data: { list } });
            ordered = false;
            continue;
          }
          o.forEach((c, i) => {
            if (str(rec(c)?.['name']) === str(rec(n[i])?.['name'])) return;
            ctx.report({ messageId: 'renamedOrReordered', path: ['spec', list, i, 'name'], previousPath: ['spec', list, i, 'name'], data: { list } });
            ordered = false;
          });
        }
        if (!ordered) return;

        const initResize = atLeast(version, '1.36');
        for (const list of ['initContainers', 'containers'] as const) {
          const o = arr(oldSpec[list]);
          const n = arr(newSpec[list]);
          o.forEach((oc, i) => {
            const nc = n[i];
            const base: FieldPath = ['spec', list, i, 'resources'];
            const sidecar = rec(nc)?.['restartPolicy'] === 'Always';
            const resourcesChanged = diffValues(rec(oc)?.['resources'], rec(nc)?.['resources'], base).length > 0;
            if (list === 'initContainers' && !sidecar) {
              if (!resourcesChanged) return;
              if (!initResize) {
                ctx.report({ messageId: 'initNotResizable', path: base, previousPath: base });
                return;
              }
              if (arr(rec(nc)?.['resizePolicy']).some((p) => rec(p)?.['restartPolicy'] === 'RestartContainer')) {
                ctx.report({ messageId: 'initRestartPolicy', path: ['spec', list, i, 'resizePolicy'], previousPath: ['spec', list, i, 'resizePolicy'] });
              }
            }
            const oldRes = rec(rec(oc)?.['resources']) ?? {};
            const newRes = rec(rec(nc)?.['resources']) ?? {};
            for (const what of ['requests', 'limits'] as const) {
              if (removedKeys(oldRes[what], newRes[what])) {
                ctx.report({ messageId: 'resourcesRemoved', path: [...base, what], previousPath: [...base, what], data: { what } });
              }
            }
            for (const change of otherResourceChanges(oldRes, newRes, base)) {
              ctx.report({ messageId: list === 'containers' ? 'onlyCpuMemory' : 'onlyCpuMemoryInit', path: change.path, previousPath: change.path });
            }
          });
        }

        if (podLevelResize && (podLevel(oldSpec) || podLevel(newSpec))) {
          const oldRes = rec(oldSpec['resources']);
          const newRes = rec(newSpec['resources']);
          if (oldRes && !newRes) {
            ctx.report({ messageId: 'podLevelRemoved', path: ['spec', 'resources'], previousPath: ['spec', 'resources'], data: { what: 'resources' } });
          } else {
            for (const what of ['requests', 'limits'] as const) {
              if (removedKeys(oldRes?.[what], newRes?.[what])) {
                ctx.report({ messageId: 'podLevelRemoved', path: ['spec', 'resources', what], previousPath: ['spec', 'resources', what], data: { what: `resource ${what}` } });
              }
            }
            for (const change of otherResourceChanges(oldRes, newRes, ['spec', 'resources'])) {
              ctx.report({ messageId: 'onlyCpuMemoryPodLevel', path: change.path, previousPath: change.path });
            }
          }
        }

        // Everything else in the request is dropped by the resize strategy: warn, the change will not happen.
        const strip = (s: JsonObject): JsonObject => {
          const out: JsonObject = { ...s, containers: arr(s['containers']).map(withoutResizable), initContainers: arr(s['initContainers']).map(withoutResizable) };
          if (podLevelResize) delete out['resources'];
          return out;
        };
        for (const change of diffPodSpecs(strip(oldSpec), strip(newSpec), ['spec'])) {
          ctx.report({ messageId: 'ignored', path: change.path, previousPath: change.path, severity: 'warning' });
        }
      },
    };
  },
});
