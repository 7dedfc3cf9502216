// The security rules the API server itself enforces (ValidateSecurityContext, ValidatePodSecurityContext,
// host namespaces, Windows HostProcess and spec.os checks), independent of Pod Security admission.
import { defineRule } from '../src/core/rule.js';
import { formatPath } from '../src/k8s/path.js';
import type { FieldPath } from '../src/k8s/path.js';
import type { ContainerInfo, PodSpecInfo } from '../src/k8s/pod-spec.js';
import { capabilityEntries, containerSecurityContext, isIpcSysctl, isNetSysctl, isValidId, podOS, podSecurityContext, podSysctls } from '../src/k8s/security.js';
import { arr, dig, isRecord, num, rec } from '../src/k8s/values.js';
import type { JsonObject, JsonValue } from '../src/k8s/values.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds =
  | 'privilegedDisallowed'
  | 'hostProcessDisallowed'
  | 'privilegedNoEscalation'
  | 'sysAdminNoEscalation'
  | 'idRange'
  | 'procMountUnsupported'
  | 'procMountUnmasked'
  | 'profileTypeRequired'
  | 'profileTypeUnsupported'
  | 'profileLocalhostRequired'
  | 'profileLocalhostOnly'
  | 'profilePath'
  | 'profilePadded'
  | 'profileTooLong'
  | 'hostUsersForbidden'
  | 'hostNetworkHostPort'
  | 'hostNetworkSysctl'
  | 'hostIPCSysctl'
  | 'shareProcessNamespaceHostPID'
  | 'hostProcessMismatch'
  | 'hostProcessAll'
  | 'hostProcessHostNetwork'
  | 'windowsForbidden'
  | 'linuxForbidden'
  | 'appArmorAnnotationMismatch';

/** Go's rendering of a bad value: strings quoted, numbers and booleans bare, objects as JSON. */
function goValue(v: JsonValue | undefined): string {
  if (v === undefined || v === null) return 'null';
  return JSON.stringify(v);
}

/** Pod-level fields (below spec.securityContext unless noted) that a Windows pod may not set. */
const WINDOWS_POD_SC_FIELDS = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'fsGroup', 'fsGroupChangePolicy', 'sysctls', 'runAsUser', 'runAsGroup', 'supplementalGroups', 'supplementalGroupsPolicy', 'seLinuxChangePolicy'];
/** Container securityContext fields that a Windows pod may not set. */
const WINDOWS_CONTAINER_SC_FIELDS = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup'];
const CONTAINER_ID_FIELDS = ['runAsUser', 'runAsGroup'];
const POD_ID_FIELDS = ['runAsUser', 'runAsGroup', 'fsGroup'];
const BOOLEAN_FIELDS = new Set(['readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'hostPID', 'hostIPC', 'shareProcessNamespace']);

export default defineRule<MessageIds>({
  id: 'valid-security-context',
  meta: {
    description: 'Validate security contexts, host namespaces and OS-specific fields as the API server does',
    category: 'validity',
    severity: 'error',
    remediation: 'Change the field as the message says: the API server rejects the object until it is fixed.',
    messages: {
      privilegedDisallowed: '{{path}}: Forbidden: disallowed by cluster policy. The cluster runs kube-apiserver without --allow-privileged: remove privileged: true.',
      hostProcessDisallowed: '{{path}}: Forbidden: hostProcess containers are disallowed by cluster policy. The cluster runs kube-apiserver without --allow-privileged: remove windowsOptions.hostProcess.',
      privilegedNoEscalation: '{{path}}: Invalid value: {{value}}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true. A privileged container can always escalate: remove one of the two.',
      sysAdminNoEscalation: '{{path}}: Invalid value: {{value}}: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN. CAP_SYS_ADMIN allows escalation: drop the capability or allowPrivilegeEscalation: false.',
      idRange: '{{path}}: Invalid value: {{value}}: must be between 0 and 2147483647, inclusive. Use an id in that range.',
      procMountUnsupported: '{{path}}: Unsupported value: {{value}}: supported values: "Default", "Unmasked". Use Default or remove the field.',
      procMountUnmasked: '{{path}}: Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`. Set spec.hostUsers: false or remove procMount.',
      profileTypeRequired: '{{path}}: Required value: type is required when {{field}} is set. Set type to RuntimeDefault, Localhost or Unconfined.',
      profileTypeUnsupported: '{{path}}: Unsupported value: {{value}}: supported values: "Localhost", "RuntimeDefault", "Unconfined". Use RuntimeDefault unless you ship a profile.',
      profileLocalhostRequired: '{{path}}: Required value: must be set when {{kind}} type is Localhost. Name the profile to load.',
      profileLocalhostOnly: '{{path}}: Invalid value: {{value}}: can only be set when {{kind}} type is Localhost. Remove localhostProfile or set type: Localhost.',
      profilePath: '{{path}}: Invalid value: {{value}}: {{reason}}. Give the path relative to the kubelet\'s seccomp directory.',
      profilePadded: '{{path}}: Invalid value: {{value}}: must not be padded with whitespace. Remove the surrounding spaces.',
      profileTooLong: '{{path}}: Too long: may not be more than 4095 bytes. Use a shorter profile name.',
      hostUsersForbidden: '{{path}}: Forbidden: when `hostUsers` is false. A pod in a user namespace cannot share host namespaces or use volume devices: remove it or hostUsers: false.',
      hostNetworkHostPort: '{{path}}: Invalid value: {{value}}: must match `containerPort` when `hostNetwork` is true. Set hostPort to {{containerPort}} or remove it.',
      hostNetworkSysctl: '{{path}}: Invalid value: {{value}}: may not be specified when \'hostNetwork\' is true. Remove the sysctl or hostNetwork: it would change the node\'s network settings.',
      hostIPCSysctl: '{{path}}: Invalid value: {{value}}: may not be specified when \'hostIPC\' is true. Remove the sysctl or hostIPC: it would change the node\'s IPC settings.',
      shareProcessNamespaceHostPID: '{{path}}: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled. Remove one of them.',
      hostProcessMismatch: '{{path}}: Invalid value: {{value}}: pod hostProcess value must be identical if both are specified, was {{podValue}}. Remove the container\'s hostProcess or make it match the pod\'s.',
      hostProcessAll: '{{path}}: Invalid value: "": If pod contains any hostProcess containers then all containers must be HostProcess containers. Set hostProcess on the pod\'s windowsOptions so every container inherits it.',
      hostProcessHostNetwork: '{{path}}: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers. Set spec.hostNetwork: true.',
      windowsForbidden: '{{path}}: Forbidden: cannot be set for a windows pod. Remove it, or change spec.os.name if the pod runs on Linux.',
      linuxForbidden: '{{path}}: Forbidden: cannot be set for a linux pod. Remove windowsOptions, or change spec.os.name if the pod runs on Windows.',
      appArmorAnnotationMismatch: '{{path}}: Forbidden: apparmor {{what}} in annotation and field must match. Remove the deprecated annotation and keep securityContext.appArmorProfile.',
    },
  },
  create(ctx) {
    const version = ctx.settings.kubernetesVersion;
    // UserNamespacesSupport and ProcMountType are on by default from 1.33; before, the API server drops
    // hostUsers and procMount (feature gates off) instead of validating them.
    const userNamespaces = atLeast(version, '1.33');
    const appArmorField = atLeast(version, '1.30');

    /** Report a missing field at its parent, with the missing field's path in the message. */
    const reportMissing = (messageId: MessageIds, parent: FieldPath, child: string, data: Record<string, string> = {}): void => {
      ctx.report({ messageId, path: parent, data: { ...data, path: formatPath([...parent, child]) } });
    };

    /** `owner.securityContext.<field>` for each id field (the path is built only for a report). */
    const checkIds = (sc: JsonObject, owner: ContainerInfo | PodSpecInfo, fields: readonly string[]): void => {
      for (const f of fields) {
        const v = num(sc[f]);
        if (v !== undefined && !isValidId(v)) ctx.report({ messageId: 'idRange', path: owner.at('securityContext', f), data: { value: goValue(v) } });
      }
    };

    const checkProfile = (profile: JsonValue | undefined, path: FieldPath, field: 'seccompProfile' | 'appArmorProfile'): void => {
      const p = rec(profile);
      if (!p) return;
      const kind = field === 'seccompProfile' ? 'seccomp' : 'AppArmor';
      const type = p['type'];
      const localhost = p['localhostProfile'];
      if (type === undefined || type === null || type === '') {
        if (type === undefined || type === null) reportMissing('profileTypeRequired', path, 'type', { field });
        else ctx.report({ messageId: 'profileTypeRequired', path: [...path, 'type'], data: { field } });
        return;
      }
      if (type !== 'Localhost' && type !== 'RuntimeDefault' && type !== 'Unconfined') {
        ctx.report({ messageId: 'profileTypeUnsupported', path: [...path, 'type'], data: { value: goValue(type) } });
        return;
      }
      const hasLocalhost = localhost !== undefined && localhost !== null;
      if (type !== 'Localhost') {
        if (hasLocalhost) ctx.report({ messageId: 'profileLocalhostOnly', path: [...path, 'localhostProfile'], data: { kind, value: goValue(field === 'seccompProfile' ? p : localhost) } });
        return;
      }
      if (!hasLocalhost) {
        reportMissing('profileLocalhostRequired', path, 'localhostProfile', { kind });
        return;
      }
      if (typeof localhost !== 'string') return;
      const lp: FieldPath = [...path, 'localhostProfile'];
      if (field === 'seccompProfile') {
        if (localhost.startsWith('/')) ctx.report({ messageId: 'profilePath', path: lp, data: { value: goValue(localhost), reason: 'must be a relative path' } });
        if (localhost.split('/').includes('..')) ctx.report({ messageId: 'profilePath', path: lp, data: { value: goValue(localhost), reason: "must not contain '..'" } });
      } else {
        if (localhost.trim() !== localhost) ctx.report({ messageId: 'profilePadded', path: lp, data: { value: goValue(localhost) } });
        else if (localhost === '') ctx.report({ messageId: 'profileLocalhostRequired', path: lp, data: { kind } });
        if (new TextEncoder().encode(localhost).length > 4095) ctx.report({ messageId: 'profileTooLong', path: lp });
      }
    };

    const checkContainer = (c: ContainerInfo, pod: PodSpecInfo): void => {
      const sc = containerSecurityContext(c);
      if (sc['privileged'] === true && !ctx.settings.cluster.allowPrivileged) {
        ctx.report({ messageId: 'privilegedDisallowed', path: c.at('securityContext', 'privileged') });
      }
      if (sc['allowPrivilegeEscalation'] === false) {
        if (sc['privileged'] === true) ctx.report({ messageId: 'privilegedNoEscalation', path: c.at('securityContext'), data: { value: goValue(sc) } });
        // The API server compares the literal string: SYS_ADMIN without the prefix is not caught (see misleading-security-context).
        if (capabilityEntries(c, 'add').some((e) => e.name === 'CAP_SYS_ADMIN')) ctx.report({ messageId: 'sysAdminNoEscalation', path: c.at('securityContext'), data: { value: goValue(sc) } });
      }
      checkIds(sc, c, CONTAINER_ID_FIELDS);
      const pm = sc['procMount'];
      if (userNamespaces && pm !== undefined && pm !== null) {
        if (pm !== 'Default' && pm !== 'Unmasked') ctx.report({ messageId: 'procMountUnsupported', path: c.at('securityContext', 'procMount'), data: { value: goValue(pm) } });
        else if (pm === 'Unmasked' && pod.spec['hostUsers'] !== false) ctx.report({ messageId: 'procMountUnmasked', path: c.at('securityContext', 'procMount') });
      }
      if (isRecord(sc['seccompProfile'])) checkProfile(sc['seccompProfile'], c.at('securityContext', 'seccompProfile'), 'seccompProfile');
      if (appArmorField && isRecord(sc['appArmorProfile'])) checkProfile(sc['appArmorProfile'], c.at('securityContext', 'appArmorProfile'), 'appArmorProfile');
      if (userNamespaces && pod.spec['hostUsers'] === false && arr(c.node['volumeDevices']).length > 0) {
        ctx.report({ messageId: 'hostUsersForbidden', path: c.at('volumeDevices') });
      }
      // In a Pod an unset hostPort is defaulted to containerPort; a template may leave it 0 or unset.
      if (pod.spec['hostNetwork'] === true && c.role !== 'ephemeral') {
        arr(c.node['ports']).forEach((p, i) => {
          const hostPort = num(rec(p)?.['hostPort']);
          const containerPort = num(rec(p)?.['containerPort']);
          if (hostPort === undefined || hostPort === 0 || containerPort === undefined || hostPort === containerPort) return;
          ctx.report({ messageId: 'hostNetworkHostPort', path: c.at('ports', i, 'hostPort'), data: { value: goValue(hostPort), containerPort } });
        });
      }
    };

    const checkHostProcess = (pod: PodSpecInfo): void => {
      const podHP = dig(podSecurityContext(pod), 'windowsOptions', 'hostProcess');
      const podValue = typeof podHP === 'boolean' ? podHP : undefined;
      let hostProcessCount = 0;
      for (const c of pod.containers) {
        const own = dig(containerSecurityContext(c), 'windowsOptions', 'hostProcess');
        const containerValue = typeof own === 'boolean' ? own : undefined;
        if (podValue !== undefined && containerValue !== undefined && podValue !== containerValue) {
          ctx.report({ messageId: 'hostProcessMismatch', path: c.at('securityContext', 'windowsOptions', 'hostProcess'), data: { value: goValue(containerValue), podValue: String(podValue) } });
        }
        if (containerValue === true || (containerValue === undefined && podValue === true)) hostProcessCount++;
      }
      if (hostProcessCount === 0) return;
      if (hostProcessCount !== pod.containers.length) ctx.report({ messageId: 'hostProcessAll', path: pod.path });
      if (pod.spec['hostNetwork'] !== true) {
        if (pod.spec['hostNetwork'] === undefined) reportMissing('hostProcessHostNetwork', pod.path, 'hostNetwork');
        else ctx.report({ messageId: 'hostProcessHostNetwork', path: pod.at('hostNetwork') });
      }
      if (!ctx.settings.cluster.allowPrivileged) ctx.report({ messageId: 'hostProcessDisallowed', path: pod.path });
    };

    const isSet = (field: string, v: JsonValue | undefined): boolean => {
      if (v === undefined || v === null) return false;
      if (BOOLEAN_FIELDS.has(field)) return v === true;
      if (field === 'procMount') return v !== 'Default';
      if (field === 'appArmorProfile') return appArmorField;
      return true;
    };

    const checkOS = (pod: PodSpecInfo): void => {
      const os = podOS(pod);
      const podSC = podSecurityContext(pod);
      if (os === 'windows') {
        if (pod.spec['hostUsers'] !== undefined && pod.spec['hostUsers'] !== null && userNamespaces) ctx.report({ messageId: 'windowsForbidden', path: pod.at('hostUsers') });
        for (const f of ['hostPID', 'hostIPC', 'shareProcessNamespace']) if (isSet(f, pod.spec[f])) ctx.report({ messageId: 'windowsForbidden', path: pod.at(f) });
        for (const f of WINDOWS_POD_SC_FIELDS) if (isSet(f, podSC[f])) ctx.report({ messageId: 'windowsForbidden', path: pod.at('securityContext', f) });
        for (const c of pod.containers) {
          const sc = containerSecurityContext(c);
          for (const f of WINDOWS_CONTAINER_SC_FIELDS) if (isSet(f, sc[f])) ctx.report({ messageId: 'windowsForbidden', path: c.at('securityContext', f) });
        }
      } else if (os === 'linux') {
        if (isRecord(podSC['windowsOptions'])) ctx.report({ messageId: 'linuxForbidden', path: pod.at('securityContext', 'windowsOptions') });
        for (const c of pod.containers) {
          if (isRecord(containerSecurityContext(c)['windowsOptions'])) ctx.report({ messageId: 'linuxForbidden', path: c.at('securityContext', 'windowsOptions') });
        }
      }
    };

    /**
     * On Pod create (not templates), a container's legacy AppArmor annotation must agree with its effective
     * appArmorProfile (its own, or the pod's). Windows pods are skipped.
     */
    const checkAppArmorAnnotations = (pod: PodSpecInfo): void => {
      if (pod.isTemplate || !appArmorField || podOS(pod) === 'windows') return;
      const annotations = rec(pod.metadata['annotations']) ?? {};
      const podProfile = rec(podSecurityContext(pod)['appArmorProfile']);
      for (const c of pod.containers) {
        const profile = rec(containerSecurityContext(c)['appArmorProfile']) ?? podProfile;
        const key = `container.apparmor.security.beta.kubernetes.io/${c.name ?? ''}`;
        const annotation = annotations[key];
        if (!profile || typeof annotation !== 'string') continue;
        const path = [...pod.metadataPath, 'annotations', key];
        const type = profile['type'];
        let what: string | undefined;
        if (type === 'Unconfined' && annotation !== 'unconfined') what = 'type';
        else if (type === 'RuntimeDefault' && annotation !== 'runtime/default') what = 'type';
        else if (type === 'Localhost') {
          if (!annotation.startsWith('localhost/')) what = 'type';
          else if (profile['localhostProfile'] !== annotation.slice('localhost/'.length)) what = 'profile';
        }
        if (what) ctx.report({ messageId: 'appArmorAnnotationMismatch', path, data: { what } });
      }
    };

    return {
      podSpec(pod) {
        const spec = pod.spec;
        const podSC = podSecurityContext(pod);
        checkIds(podSC, pod, POD_ID_FIELDS);
        arr(podSC['supplementalGroups']).forEach((g, i) => {
          if (typeof g === 'number' && !isValidId(g)) ctx.report({ messageId: 'idRange', path: pod.at('securityContext', 'supplementalGroups', i), data: { value: goValue(g) } });
        });
        if (isRecord(podSC['seccompProfile'])) checkProfile(podSC['seccompProfile'], pod.at('securityContext', 'seccompProfile'), 'seccompProfile');
        if (appArmorField && isRecord(podSC['appArmorProfile'])) checkProfile(podSC['appArmorProfile'], pod.at('securityContext', 'appArmorProfile'), 'appArmorProfile');
        if (userNamespaces && spec['hostUsers'] === false) {
          for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (spec[f] === true) ctx.report({ messageId: 'hostUsersForbidden', path: pod.at(f) });
        }
        for (const s of podSysctls(pod)) {
          const path = pod.at('securityContext', 'sysctls', s.index, 'name');
          if (spec['hostNetwork'] === true && isNetSysctl(s.name)) ctx.report({ messageId: 'hostNetworkSysctl', path, data: { value: goValue(s.name) } });
          if (spec['hostIPC'] === true && isIpcSysctl(s.name)) ctx.report({ messageId: 'hostIPCSysctl', path, data: { value: goValue(s.name) } });
        }
        if (spec['shareProcessNamespace'] === true && spec['hostPID'] === true) ctx.report({ messageId: 'shareProcessNamespaceHostPID', path: pod.at('shareProcessNamespace') });
        checkHostProcess(pod);
        checkOS(pod);
        checkAppArmorAnnotations(pod);
        for (const c of pod.containers) checkContainer(c, pod);
      },
    };
  },
});
