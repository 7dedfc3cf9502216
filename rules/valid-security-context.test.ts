import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-security-context.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;
const noPrivileged = { config: { cluster: { allowPrivileged: false } } };

new RuleTester().run(rule, {
  valid: [
    pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        privileged: true\n        allowPrivilegeEscalation: true\n'),
    { name: 'SYS_ADMIN without the prefix is not caught by the API server', code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities: {add: [SYS_ADMIN]}\n') },
    { name: 'ids at the range bounds', code: pod('  securityContext: {runAsUser: 0, runAsGroup: 2147483647, fsGroup: 0, supplementalGroups: [0, 2147483647]}\n  containers:\n    - name: app\n      image: x\n      securityContext: {runAsUser: 2147483647}\n') },
    { name: 'procMount Unmasked in a user namespace', code: pod('  hostUsers: false\n  containers:\n    - name: app\n      image: x\n      securityContext: {procMount: Unmasked}\n') },
    { name: 'procMount is dropped, not validated, before 1.33', code: pod('  containers:\n    - name: app\n      image: x\n      securityContext: {procMount: Unmasked}\n'), kubernetesVersion: '1.32' },
    { name: 'hostUsers is dropped before 1.33', code: pod('  hostUsers: false\n  hostNetwork: true\n  containers:\n    - name: app\n      image: x\n'), kubernetesVersion: '1.32' },
    { name: 'well-formed profiles', code: pod('  securityContext:\n    seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}\n    appArmorProfile: {type: Localhost, localhostProfile: k8s-apparmor}\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        seccompProfile: {type: RuntimeDefault}\n        appArmorProfile: {type: Unconfined}\n') },
    { name: 'appArmorProfile is not a field before 1.30', code: pod('  securityContext:\n    appArmorProfile: {type: Localhost}\n  containers:\n    - name: app\n      image: x\n'), kubernetesVersion: '1.29' },
    { name: 'hostNetwork: an unset or equal hostPort', code: pod('  hostNetwork: true\n  containers:\n    - name: app\n      image: x\n      ports:\n        - containerPort: 8080\n        - containerPort: 9090\n          hostPort: 9090\n        - containerPort: 7070\n          hostPort: 0\n') },
    { name: 'a template may leave hostPort unset with hostNetwork', code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      hostNetwork: true\n      containers:\n        - name: app\n          image: x\n          ports: [{containerPort: 8080}]\n' },
    { name: 'non-net sysctls with hostNetwork, non-IPC with hostIPC', code: pod('  hostNetwork: true\n  hostIPC: true\n  securityContext:\n    sysctls:\n      - {name: kernel.pid_max, value: "1"}\n      - {name: vm.swappiness, value: "1"}\n  containers:\n    - name: app\n      image: x\n') },
    { name: 'a consistent HostProcess pod', code: pod('  os: {name: windows}\n  hostNetwork: true\n  securityContext:\n    windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}\n  containers:\n    - name: app\n      image: x\n    - name: b\n      image: x\n      securityContext:\n        windowsOptions: {hostProcess: true}\n') },
    { name: 'Windows pod with Windows fields only', code: pod('  os: {name: windows}\n  securityContext:\n    windowsOptions: {runAsUserName: ContainerUser}\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        privileged: false\n        runAsNonRoot: true\n') },
    { name: 'AppArmor annotations are not compared in templates, nor before 1.30', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata:\n      labels: {a: b}\n      annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}\n    spec:\n      securityContext: {appArmorProfile: {type: RuntimeDefault}}\n      containers:\n        - name: app\n          image: x\n' },
    { name: 'Linux pod with Linux fields', code: pod('  os: {name: linux}\n  securityContext: {runAsUser: 1000}\n  containers:\n    - name: app\n      image: x\n') },
  ],
  invalid: [
    {
      name: 'M1: privileged with allowPrivilegeEscalation false',
      code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        privileged: true\n        allowPrivilegeEscalation: false\n'),
      errors: [{ messageId: 'privilegedNoEscalation', path: 'spec.containers[0].securityContext', line: 9, column: 7, message: 'spec.containers[0].securityContext: Invalid value: {"privileged":true,"allowPrivilegeEscalation":false}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true' }],
    },
    {
      name: 'M2: the literal CAP_SYS_ADMIN, in an ephemeral container',
      code: pod('  containers:\n    - name: app\n      image: x\n  ephemeralContainers:\n    - name: debug\n      image: x\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities: {add: [CAP_SYS_ADMIN]}\n'),
      errors: [{ messageId: 'sysAdminNoEscalation', path: 'spec.ephemeralContainers[0].securityContext', line: 12, column: 7, message: 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN' }],
    },
    {
      name: 'cluster.allowPrivileged: false, every role',
      ...noPrivileged,
      code: pod('  initContainers:\n    - name: init\n      image: x\n      securityContext: {privileged: true}\n    - name: sidecar\n      image: x\n      restartPolicy: Always\n      securityContext: {privileged: true}\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        privileged: true\n  ephemeralContainers:\n    - name: debug\n      image: x\n      securityContext: {privileged: true}\n'),
      errors: [
        { messageId: 'privilegedDisallowed', path: 'spec.initContainers[0].securityContext.privileged', line: 9, column: 25, message: 'spec.initContainers[0].securityContext.privileged: Forbidden: disallowed by cluster policy' },
        { messageId: 'privilegedDisallowed', path: 'spec.initContainers[1].securityContext.privileged', line: 13, column: 25 },
        { messageId: 'privilegedDisallowed', path: 'spec.containers[0].securityContext.privileged', line: 18, column: 9 },
        { messageId: 'privilegedDisallowed', path: 'spec.ephemeralContainers[0].securityContext.privileged', line: 22, column: 25 },
      ],
    },
    {
      name: 'user and group id ranges',
      code: pod('  securityContext:\n    runAsUser: -1\n    fsGroup: 2147483648\n    supplementalGroups: [1000, -5]\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        runAsGroup: -1\n'),
      errors: [
        { messageId: 'idRange', path: 'spec.securityContext.runAsUser', line: 7, column: 5, message: 'spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive' },
        { messageId: 'idRange', path: 'spec.securityContext.fsGroup', line: 8, column: 5 },
        { messageId: 'idRange', path: 'spec.securityContext.supplementalGroups[1]', line: 9, column: 32 },
        { messageId: 'idRange', path: 'spec.containers[0].securityContext.runAsGroup', line: 14, column: 9 },
      ],
    },
    {
      name: 'procMount: Unmasked needs hostUsers: false; unknown values',
      code: pod('  containers:\n    - name: app\n      image: x\n      securityContext:\n        procMount: Unmasked\n    - name: b\n      image: x\n      securityContext:\n        procMount: Masked\n'),
      kubernetesVersion: '1.33',
      errors: [
        { messageId: 'procMountUnmasked', path: 'spec.containers[0].securityContext.procMount', line: 10, column: 9, message: 'Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`' },
        { messageId: 'procMountUnsupported', path: 'spec.containers[1].securityContext.procMount', line: 14, column: 9, message: 'Unsupported value: "Masked": supported values: "Default", "Unmasked"' },
      ],
    },
    {
      name: 'seccomp profile shapes',
      code: pod('  securityContext:\n    seccompProfile: {}\n  containers:\n    - name: a\n      image: x\n      securityContext:\n        seccompProfile: {type: Default}\n    - name: b\n      image: x\n      securityContext:\n        seccompProfile: {type: Localhost}\n    - name: c\n      image: x\n      securityContext:\n        seccompProfile: {type: RuntimeDefault, localhostProfile: x.json}\n    - name: d\n      image: x\n      securityContext:\n        seccompProfile: {type: Localhost, localhostProfile: /etc/p.json}\n    - name: e\n      image: x\n      securityContext:\n        seccompProfile: {type: Localhost, localhostProfile: ../p.json}\n'),
      errors: [
        { messageId: 'profileTypeRequired', path: 'spec.securityContext.seccompProfile', line: 7, column: 5, message: 'spec.securityContext.seccompProfile.type: Required value: type is required when seccompProfile is set' },
        { messageId: 'profileTypeUnsupported', path: 'spec.containers[0].securityContext.seccompProfile.type', line: 12, column: 26, message: 'Unsupported value: "Default": supported values: "Localhost", "RuntimeDefault", "Unconfined"' },
        { messageId: 'profileLocalhostRequired', path: 'spec.containers[1].securityContext.seccompProfile', line: 16, column: 9, message: 'spec.containers[1].securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost' },
        { messageId: 'profileLocalhostOnly', path: 'spec.containers[2].securityContext.seccompProfile.localhostProfile', line: 20, column: 48, message: 'can only be set when seccomp type is Localhost' },
        { messageId: 'profilePath', path: 'spec.containers[3].securityContext.seccompProfile.localhostProfile', line: 24, column: 43, message: 'Invalid value: "/etc/p.json": must be a relative path' },
        { messageId: 'profilePath', path: 'spec.containers[4].securityContext.seccompProfile.localhostProfile', line: 28, column: 43, message: "must not contain '..'" },
      ],
    },
    {
      name: 'AppArmor profile shapes from 1.30',
      code: pod('  securityContext:\n    appArmorProfile: {type: Localhost}\n  containers:\n    - name: a\n      image: x\n      securityContext:\n        appArmorProfile: {type: Localhost, localhostProfile: " padded"}\n    - name: b\n      image: x\n      securityContext:\n        appArmorProfile: {type: RuntimeDefault, localhostProfile: p}\n'),
      kubernetesVersion: '1.30',
      errors: [
        { messageId: 'profileLocalhostRequired', path: 'spec.securityContext.appArmorProfile', line: 7, column: 5, message: 'must be set when AppArmor type is Localhost' },
        { messageId: 'profilePadded', path: 'spec.containers[0].securityContext.appArmorProfile.localhostProfile', line: 12, column: 44, message: 'Invalid value: " padded": must not be padded with whitespace' },
        { messageId: 'profileLocalhostOnly', path: 'spec.containers[1].securityContext.appArmorProfile.localhostProfile', line: 16, column: 49, message: 'Invalid value: "p": can only be set when AppArmor type is Localhost' },
      ],
    },
    {
      name: 'hostUsers: false with host namespaces and volume devices',
      code: pod('  hostUsers: false\n  hostNetwork: true\n  hostPID: true\n  hostIPC: true\n  containers:\n    - name: app\n      image: x\n      volumeDevices:\n        - {name: disk, devicePath: /dev/xvda}\n'),
      errors: [
        { messageId: 'hostUsersForbidden', path: 'spec.hostNetwork', line: 7, column: 3, message: 'spec.hostNetwork: Forbidden: when `hostUsers` is false' },
        { messageId: 'hostUsersForbidden', path: 'spec.hostPID', line: 8, column: 3 },
        { messageId: 'hostUsersForbidden', path: 'spec.hostIPC', line: 9, column: 3 },
        { messageId: 'hostUsersForbidden', path: 'spec.containers[0].volumeDevices', line: 13, column: 7 },
      ],
    },
    {
      name: 'hostNetwork: hostPort must equal containerPort (init containers too)',
      code: pod('  hostNetwork: true\n  initContainers:\n    - name: sidecar\n      image: x\n      restartPolicy: Always\n      ports: [{containerPort: 9000, hostPort: 9001}]\n  containers:\n    - name: app\n      image: x\n      ports:\n        - containerPort: 8080\n          hostPort: 80\n'),
      errors: [
        { messageId: 'hostNetworkHostPort', path: 'spec.initContainers[0].ports[0].hostPort', line: 11, column: 37, message: 'Invalid value: 9001: must match `containerPort` when `hostNetwork` is true. Set hostPort to 9000' },
        { messageId: 'hostNetworkHostPort', path: 'spec.containers[0].ports[0].hostPort', line: 17, column: 11 },
      ],
    },
    {
      name: 'a template with a mismatched hostPort',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      hostNetwork: true\n      containers:\n        - name: app\n          image: x\n          ports: [{containerPort: 8080, hostPort: 80}]\n',
      errors: [{ messageId: 'hostNetworkHostPort', path: 'spec.template.spec.containers[0].ports[0].hostPort', line: 14, column: 41 }],
    },
    {
      name: 'sysctls with hostNetwork and hostIPC',
      code: pod('  hostNetwork: true\n  hostIPC: true\n  securityContext:\n    sysctls:\n      - {name: net.core.somaxconn, value: "1024"}\n      - {name: kernel.shmmax, value: "1"}\n      - {name: net/ipv4/tcp_syncookies, value: "1"}\n      - {name: fs.mqueue.msg_max, value: "1"}\n  containers:\n    - name: app\n      image: x\n'),
      errors: [
        { messageId: 'hostNetworkSysctl', path: 'spec.securityContext.sysctls[0].name', line: 10, column: 10, message: 'Invalid value: "net.core.somaxconn": may not be specified when \'hostNetwork\' is true' },
        { messageId: 'hostIPCSysctl', path: 'spec.securityContext.sysctls[1].name', line: 11, column: 10, message: "may not be specified when 'hostIPC' is true" },
        { messageId: 'hostNetworkSysctl', path: 'spec.securityContext.sysctls[2].name', line: 12, column: 10 },
        { messageId: 'hostIPCSysctl', path: 'spec.securityContext.sysctls[3].name', line: 13, column: 10 },
      ],
    },
    {
      name: 'shareProcessNamespace with hostPID',
      code: pod('  hostPID: true\n  shareProcessNamespace: true\n  containers:\n    - name: app\n      image: x\n'),
      errors: [{ messageId: 'shareProcessNamespaceHostPID', path: 'spec.shareProcessNamespace', line: 7, column: 3, message: 'spec.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled' }],
    },
    {
      name: 'Windows HostProcess consistency, and cluster policy',
      ...noPrivileged,
      code: pod('  os: {name: windows}\n  securityContext:\n    windowsOptions: {hostProcess: true}\n  containers:\n    - name: app\n      image: x\n    - name: b\n      image: x\n      securityContext:\n        windowsOptions: {hostProcess: false}\n'),
      errors: [
        { messageId: 'hostProcessDisallowed', path: 'spec', line: 5, column: 1, message: 'spec: Forbidden: hostProcess containers are disallowed by cluster policy' },
        { messageId: 'hostProcessAll', path: 'spec', line: 5, column: 1, message: 'spec: Invalid value: "": If pod contains any hostProcess containers then all containers must be HostProcess containers' },
        { messageId: 'hostProcessHostNetwork', path: 'spec', line: 5, column: 1, message: 'spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers' },
        { messageId: 'hostProcessMismatch', path: 'spec.containers[1].securityContext.windowsOptions.hostProcess', line: 15, column: 26, message: 'Invalid value: false: pod hostProcess value must be identical if both are specified, was true' },
      ],
    },
    {
      name: 'fields forbidden for a Windows pod',
      code: pod('  os: {name: windows}\n  hostPID: true\n  securityContext:\n    runAsUser: 1000\n    seccompProfile: {type: RuntimeDefault}\n    sysctls: []\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        privileged: false\n        readOnlyRootFilesystem: true\n        capabilities: {drop: [ALL]}\n        runAsGroup: 1000\n'),
      errors: [
        { messageId: 'windowsForbidden', path: 'spec.hostPID', line: 7, column: 3, message: 'spec.hostPID: Forbidden: cannot be set for a windows pod' },
        { messageId: 'windowsForbidden', path: 'spec.securityContext.runAsUser', line: 9, column: 5 },
        { messageId: 'windowsForbidden', path: 'spec.securityContext.seccompProfile', line: 10, column: 5 },
        { messageId: 'windowsForbidden', path: 'spec.securityContext.sysctls', line: 11, column: 5 },
        { messageId: 'windowsForbidden', path: 'spec.containers[0].securityContext.readOnlyRootFilesystem', line: 17, column: 9 },
        { messageId: 'windowsForbidden', path: 'spec.containers[0].securityContext.capabilities', line: 18, column: 9 },
        { messageId: 'windowsForbidden', path: 'spec.containers[0].securityContext.runAsGroup', line: 19, column: 9 },
      ],
    },
    {
      name: 'AppArmor annotation and field must agree on Pod create (1.30 and later)',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: unconfined\n    container.apparmor.security.beta.kubernetes.io/b: localhost/other\n    container.apparmor.security.beta.kubernetes.io/c: runtime/default\nspec:\n  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n  containers:\n    - name: a\n      image: x\n    - name: b\n      image: x\n      securityContext:\n        appArmorProfile: {type: Localhost, localhostProfile: mine}\n    - name: c\n      image: x\n',
      errors: [
        { messageId: 'appArmorAnnotationMismatch', path: 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/a"]', line: 6, column: 5, message: 'Forbidden: apparmor type in annotation and field must match' },
        { messageId: 'appArmorAnnotationMismatch', path: 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/b"]', line: 7, column: 5, message: 'apparmor profile in annotation and field must match' },
      ],
    },
    {
      name: 'windowsOptions on a Linux pod',
      code: pod('  os: {name: linux}\n  securityContext:\n    windowsOptions: {runAsUserName: x}\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        windowsOptions: {gmsaCredentialSpecName: g}\n'),
      errors: [
        { messageId: 'linuxForbidden', path: 'spec.securityContext.windowsOptions', line: 8, column: 5, message: 'Forbidden: cannot be set for a linux pod' },
        { messageId: 'linuxForbidden', path: 'spec.containers[0].securityContext.windowsOptions', line: 13, column: 9 },
      ],
    },
  ],
});
