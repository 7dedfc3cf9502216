// Object metadata on update (`ValidateObjectMetaUpdate`, `ValidatePodSpecificAnnotationUpdates`).
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { APPARMOR_ANNOTATION_PREFIX, MIRROR_POD_ANNOTATION, show } from '../src/k8s/update.js';
import { arr, rec, str } from '../src/k8s/values.js';

export type MessageIds = 'immutable' | 'deletionTimestampSet' | 'newFinalizers' | 'addMirror' | 'changeMirror' | 'addAppArmor' | 'changeAppArmor';

export default defineRule<MessageIds>({
  id: 'valid-metadata-update',
  meta: {
    description: 'Validate metadata changes of an update: name, namespace, uid, deletion, finalizers and Pod-only annotations',
    category: 'validity',
    severity: 'error',
    phase: 'update',
    remediation:
      'Keep the name, namespace and uid of an existing object (create a new object instead), never set deletionTimestamp (delete the object), and do not add finalizers to an object being deleted.',
    messages: {
      immutable: '{{path}}: Invalid value: {{value}}: field is immutable (was {{old}}). Keep it, or create a new object and delete the old one.',
      deletionTimestampSet: '{{path}}: Invalid value: {{value}}: field is immutable. Delete the object instead of setting deletionTimestamp.',
      newFinalizers:
        '{{path}}: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{{{list}}}. Remove the new finalizers.',
      addMirror: '{{path}}: Forbidden: may not add mirror pod annotation. Only the kubelet creates mirror pods; remove the annotation.',
      changeMirror: '{{path}}: Forbidden: may not remove or update mirror pod annotation. Keep the annotation the kubelet set.',
      addAppArmor: '{{path}}: Forbidden: may not add AppArmor annotations. Set securityContext.appArmorProfile when creating the Pod instead.',
      changeAppArmor: '{{path}}: Forbidden: may not remove or update AppArmor annotations. Recreate the Pod to change its AppArmor profile.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        const oldMeta = rec(previous.value['metadata']) ?? {};
        const newMeta = rec(current.value['metadata']) ?? {};
        for (const key of ['name', 'namespace'] as const) {
          const o = str(oldMeta[key]);
          const n = str(newMeta[key]);
          // An omitted namespace is filled from the request: only two different explicit values conflict.
          if (key === 'namespace' && (o === undefined || n === undefined)) continue;
          if (o !== n) ctx.report({ messageId: 'immutable', path: ['metadata', key], previousPath: ['metadata', key], data: { value: show(n ?? ''), old: show(o ?? '') } });
        }
        const oldUid = str(oldMeta['uid']);
        const newUid = str(newMeta['uid']);
        if (oldUid && newUid && oldUid !== newUid) {
          ctx.report({ messageId: 'immutable', path: ['metadata', 'uid'], previousPath: ['metadata', 'uid'], data: { value: show(newUid), old: show(oldUid) } });
        }
        const oldDeletion = oldMeta['deletionTimestamp'];
        const newDeletion = newMeta['deletionTimestamp'];
        const deleting = oldDeletion !== undefined && oldDeletion !== null;
        if (!deleting && newDeletion !== undefined && newDeletion !== null) {
          ctx.report({ messageId: 'deletionTimestampSet', path: ['metadata', 'deletionTimestamp'], previousPath: ['metadata'], data: { value: show(newDeletion) } });
        }
        if (deleting) {
          const had = new Set(arr(oldMeta['finalizers']).map((f) => String(f)));
          const added = arr(newMeta['finalizers']).map((f) => String(f)).filter((f) => !had.has(f));
          if (added.length > 0) {
            ctx.report({ messageId: 'newFinalizers', path: ['metadata', 'finalizers'], previousPath: ['metadata', 'finalizers'], data: { list: added.map((f) => JSON.stringify(f)).join(', ') } });
          }
        }
        if (current.kind !== 'Pod' || apiGroup(current.apiVersion) !== '') return;
        const oldAnn = rec(oldMeta['annotations']) ?? {};
        const newAnn = rec(newMeta['annotations']) ?? {};
        const special = (k: string): 'mirror' | 'appArmor' | undefined =>
          k === MIRROR_POD_ANNOTATION ? 'mirror' : k.startsWith(APPARMOR_ANNOTATION_PREFIX) ? 'appArmor' : undefined;
        for (const [k, v] of Object.entries(oldAnn)) {
          const kind = special(k);
          if (!kind || (k in newAnn && newAnn[k] === v)) continue;
          const path = ['metadata', 'annotations', k];
          ctx.report({ messageId: kind === 'mirror' ? 'changeMirror' : 'changeAppArmor', path, previousPath: path });
        }
        for (const k of Object.keys(newAnn)) {
          const kind = special(k);
          if (!kind || k in oldAnn) continue;
          const path = ['metadata', 'annotations', k];
          ctx.report({ messageId: kind === 'mirror' ? 'addMirror' : 'addAppArmor', path, previousPath: ['metadata', 'annotations'] });
        }
      },
    };
  },
});
