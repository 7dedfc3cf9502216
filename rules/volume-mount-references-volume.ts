// Volume references of containers: every volumeMounts[*].name and volumeDevices[*].name must name a valid
// declared volume; mount paths unique; subPath/subPathExpr relative, without '..', mutually exclusive;
// devices only from PVC or ephemeral volumes, never overlapping the mounts.
import { defineRule } from '../src/core/rule.js';
import { declaredVolumes, volumesOf } from '../src/k8s/containers.js';
import { formatPath } from '../src/k8s/path.js';
import { arr, isRecord, str } from '../src/k8s/values.js';

export type MessageIds =
  | 'notFound'
  | 'nameRequired'
  | 'mountPathRequired'
  | 'devicePathRequired'
  | 'notUnique'
  | 'relativePath'
  | 'backsteps'
  | 'deviceBacksteps'
  | 'subPathExclusive'
  | 'inDevices'
  | 'pathInDevices'
  | 'inMounts'
  | 'pathInMounts'
  | 'blockSource';

function hasBacksteps(p: string): boolean {
  if (!p.includes('..')) return false;
  return p.replace(/\\/g, '/').split('/').includes('..');
}

const EMPTY: ReadonlySet<string> = new Set();

/** The non-empty string values of `field` in a list of objects. */
function fieldSet(list: readonly unknown[], field: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const item of list) {
    const v = str(isRecord(item) ? item[field] : undefined);
    if (v) out.add(v);
  }
  return out;
}

export default defineRule<MessageIds>({
  id: 'volume-mount-references-volume',
  meta: {
    description: 'Require every volume mount and device to name a valid volume declared in the pod, at a unique, well-formed path',
    category: 'validity',
    severity: 'error',
    remediation:
      'Declare the volume under `spec.volumes` (in a workload: `spec.template.spec.volumes`) or fix the name; give each mount its own mountPath, keep subPath relative without `..`, and use volumeDevices only for persistentVolumeClaim or ephemeral volumes.',
    messages: {
      notFound:
        '{{path}}: Not found: "{{name}}": container "{{container}}" uses a volume the pod does not declare{{hint}}. Add it to {{volumes}} or fix the name.',
      nameRequired: '{{path}}: Required value: name must be set. Name the volume to use.',
      mountPathRequired: '{{path}}: Required value: mountPath must be set. Give the path inside the container.',
      devicePathRequired: '{{path}}: Required value: devicePath must be set. Give the device path inside the container.',
      notUnique: '{{path}}: Invalid value: {{value}}: must be unique. Container "{{container}}" already uses this {{what}} for another volume.',
      relativePath: '{{path}}: Invalid value: {{value}}: must be a relative path. Remove the leading "/"; it is a path inside the volume.',
      backsteps: '{{path}}: Invalid value: {{value}}: must not contain \'..\'. Point it at a directory inside the volume.',
      deviceBacksteps: "{{path}}: Invalid value: {{value}}: can not contain backsteps ('..'). Use a plain device path such as /dev/xvda.",
      subPathExclusive: '{{path}}: Invalid value: {{value}}: subPathExpr and subPath are mutually exclusive. Keep one of them.',
      inDevices: '{{path}}: Invalid value: {{value}}: must not already exist in volumeDevices. A volume is either mounted or attached as a block device.',
      pathInDevices: '{{path}}: Invalid value: {{value}}: must not already exist as a path in volumeDevices. Use another mountPath.',
      inMounts: '{{path}}: Invalid value: {{value}}: must not already exist in volumeMounts. A volume is either mounted or attached as a block device.',
      pathInMounts: '{{path}}: Invalid value: {{value}}: must not already exist as a path in volumeMounts. Use another devicePath.',
      blockSource:
        '{{path}}: Invalid value: {{value}}: can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode. Mount a {{source}} volume with volumeMounts instead.',
    },
  },
  create(ctx) {
    return {
      container(c, pod) {
        const mounts = arr(c.node['volumeMounts']);
        const devices = arr(c.node['volumeDevices']);
        if (mounts.length === 0 && devices.length === 0) return;
        const declared = declaredVolumes(pod, ctx.object.value);
        const all = volumesOf(pod);
        const who = c.name ?? `#${c.index}`;
        const q = (s: string): string => JSON.stringify(s);
        // Names and paths of the other list: only needed when the container has both mounts and devices.
        const both = mounts.length > 0 && devices.length > 0;
        const deviceNames = both ? fieldSet(devices, 'name') : EMPTY;
        const devicePaths = both ? fieldSet(devices, 'devicePath') : EMPTY;
        const mountNames = both ? fieldSet(mounts, 'name') : EMPTY;
        const mountPaths = both ? fieldSet(mounts, 'mountPath') : EMPTY;

        const notFound = (name: string, path: (string | number)[]): void => {
          const invalid = all.find((v) => v.name === name && v.problem !== undefined);
          const close = [...declared.keys()].find((d) => d.toLowerCase() === name.toLowerCase());
          const hint = invalid
            ? ` (volume "${name}" is declared, but the API server rejects it: ${invalid.problem}, so it does not count)`
            : close
              ? ` (did you mean "${close}"?)`
              : declared.size === 0
                ? ' (it declares no volumes)'
                : '';
          ctx.report({ messageId: 'notFound', data: { name, container: who, hint, volumes: formatPath([...pod.path, 'volumes']) }, path: c.at(...path) });
        };

        const seenPaths = new Set<string>();
        mounts.forEach((m, i) => {
          if (!isRecord(m)) return;
          const name = str(m['name']);
          if (name === undefined || name === '') ctx.report({ messageId: 'nameRequired', path: c.at('volumeMounts', i) });
          else if (!declared.has(name)) notFound(name, ['volumeMounts', i, 'name']);
          const mountPath = str(m['mountPath']);
          if (mountPath === undefined || mountPath === '') ctx.report({ messageId: 'mountPathRequired', path: c.at('volumeMounts', i) });
          else if (seenPaths.has(mountPath)) {
            ctx.report({ messageId: 'notUnique', data: { value: q(mountPath), container: who, what: 'mountPath' }, path: c.at('volumeMounts', i, 'mountPath') });
          }
          if (mountPath !== undefined) seenPaths.add(mountPath);
          if (name && deviceNames.has(name)) ctx.report({ messageId: 'inDevices', data: { value: q(name) }, path: c.at('volumeMounts', i, 'name') });
          if (mountPath && devicePaths.has(mountPath)) ctx.report({ messageId: 'pathInDevices', data: { value: q(mountPath) }, path: c.at('volumeMounts', i, 'mountPath') });
          const subPath = str(m['subPath']) ?? '';
          const subPathExpr = str(m['subPathExpr']) ?? '';
          const checkSubPath = (field: 'subPath' | 'subPathExpr', value: string): void => {
            if (field === 'subPathExpr' && subPath !== '') {
              ctx.report({ messageId: 'subPathExclusive', data: { value: q(value) }, path: c.at('volumeMounts', i, field) });
            }
            if (value.startsWith('/')) ctx.report({ messageId: 'relativePath', data: { value: q(value) }, path: c.at('volumeMounts', i, field) });
            if (hasBacksteps(value)) ctx.report({ messageId: 'backsteps', data: { value: q(value) }, path: c.at('volumeMounts', i, field) });
          };
          if (subPath !== '') checkSubPath('subPath', subPath);
          if (subPathExpr !== '') checkSubPath('subPathExpr', subPathExpr);
        });

        const seenDevNames = new Set<string>();
        const seenDevPaths = new Set<string>();
        devices.forEach((d, i) => {
          if (!isRecord(d)) return;
          const name = str(d['name']);
          const devicePath = str(d['devicePath']);
          if (name === undefined || name === '') ctx.report({ messageId: 'nameRequired', path: c.at('volumeDevices', i) });
          else {
            if (seenDevNames.has(name)) ctx.report({ messageId: 'notUnique', data: { value: q(name), container: who, what: 'device name' }, path: c.at('volumeDevices', i, 'name') });
            const vol = declared.get(name);
            if (!vol) notFound(name, ['volumeDevices', i, 'name']);
            else if (!vol.sources.includes('persistentVolumeClaim') && !vol.sources.includes('ephemeral')) {
              ctx.report({ messageId: 'blockSource', data: { value: q(name), source: vol.sources[0] ?? 'emptyDir' }, path: c.at('volumeDevices', i, 'name') });
            }
            seenDevNames.add(name);
          }
          if (devicePath === undefined || devicePath === '') ctx.report({ messageId: 'devicePathRequired', path: c.at('volumeDevices', i) });
          else {
            if (seenDevPaths.has(devicePath)) {
              ctx.report({ messageId: 'notUnique', data: { value: q(devicePath), container: who, what: 'devicePath' }, path: c.at('volumeDevices', i, 'devicePath') });
            }
            if (hasBacksteps(devicePath)) ctx.report({ messageId: 'deviceBacksteps', data: { value: q(devicePath) }, path: c.at('volumeDevices', i, 'devicePath') });
            else seenDevPaths.add(devicePath);
          }
          if (name && mountNames.has(name)) ctx.report({ messageId: 'inMounts', data: { value: q(name) }, path: c.at('volumeDevices', i, 'name') });
          if (devicePath && mountPaths.has(devicePath)) ctx.report({ messageId: 'pathInMounts', data: { value: q(devicePath) }, path: c.at('volumeDevices', i, 'devicePath') });
        });
      },
    };
  },
});
