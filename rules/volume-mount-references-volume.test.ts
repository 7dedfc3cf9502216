import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './volume-mount-references-volume.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

new RuleTester().run(rule, {
  valid: [
    pod('  volumes:\n    - {name: data, emptyDir: {}}\n  containers:\n    - name: a\n      image: x\n      volumeMounts:\n        - {name: data, mountPath: /d}\n'),
    pod('  containers:\n    - {name: a, image: x}\n'),
    {
      name: 'a volume without a source defaults to emptyDir',
      code: pod('  volumes:\n    - name: scratch\n  containers:\n    - name: a\n      image: x\n      volumeMounts: [{name: scratch, mountPath: /s}]\n'),
    },
    {
      name: 'one volume mounted twice at different paths, with subPath and subPathExpr',
      code: pod('  volumes:\n    - {name: conf, configMap: {name: app}}\n  containers:\n    - name: a\n      image: x\n      volumeMounts:\n        - {name: conf, mountPath: /etc/a.conf, subPath: a.conf}\n        - {name: conf, mountPath: /etc/logs, subPathExpr: "$(POD_NAME)/logs"}\n'),
    },
    {
      name: 'block device from a PVC',
      code: pod('  volumes:\n    - {name: disk, persistentVolumeClaim: {claimName: block}}\n  containers:\n    - name: a\n      image: x\n      volumeDevices: [{name: disk, devicePath: /dev/xvda}]\n'),
    },
    {
      name: 'StatefulSet volumeClaimTemplates count as volumes',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
        - name: db
          image: postgres:16
          volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
  volumeClaimTemplates:
    - metadata: {name: data}
      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`,
    },
    {
      name: 'the same mountPath in two containers is fine',
      code: pod('  volumes:\n    - {name: data, emptyDir: {}}\n  containers:\n    - {name: a, image: x, volumeMounts: [{name: data, mountPath: /d}]}\n    - {name: b, image: x, volumeMounts: [{name: data, mountPath: /d}]}\n'),
    },
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: a\n      image: x\n      volumeMounts:\n        - name: data\n          mountPath: /d\n'),
      errors: [{ messageId: 'notFound', path: 'spec.containers[0].volumeMounts[0].name', line: 10, column: 11, message: 'Not found: "data"' }],
    },
    {
      name: 'case differs: suggests the declared name',
      code: pod('  volumes:\n    - {name: cache, emptyDir: {}}\n  initContainers:\n    - name: s\n      image: x\n      restartPolicy: Always\n      volumeMounts: [{name: Cache, mountPath: /c}]\n  containers:\n    - {name: a, image: x}\n'),
      errors: [{ messageId: 'notFound', path: 'spec.initContainers[0].volumeMounts[0].name', line: 12, column: 23, message: 'did you mean "cache"' }],
    },
    {
      name: 'ephemeral container in a Pod',
      code: pod('  containers:\n    - {name: a, image: x}\n  ephemeralContainers:\n    - name: dbg\n      image: x\n      volumeMounts:\n        - {name: gone, mountPath: /g}\n'),
      errors: [{ messageId: 'notFound', path: 'spec.ephemeralContainers[0].volumeMounts[0].name' }],
    },
    {
      name: 'a volume that fails validation is treated as undeclared (two sources)',
      code: pod('  volumes:\n    - name: data\n      emptyDir: {}\n      hostPath: {path: /data}\n  containers:\n    - name: a\n      image: x\n      volumeMounts: [{name: data, mountPath: /d}]\n'),
      errors: [{ messageId: 'notFound', path: 'spec.containers[0].volumeMounts[0].name', line: 13, column: 23, message: 'more than one volume type' }],
    },
    {
      name: 'invalid volume name and missing required source field',
      code: pod('  volumes:\n    - {name: Data_1, emptyDir: {}}\n    - {name: cfg, configMap: {}}\n  containers:\n    - name: a\n      image: x\n      volumeMounts:\n        - {name: Data_1, mountPath: /d}\n        - {name: cfg, mountPath: /c}\n'),
      errors: [
        { messageId: 'notFound', path: 'spec.containers[0].volumeMounts[0].name', message: 'not a lowercase RFC 1123 label' },
        { messageId: 'notFound', path: 'spec.containers[0].volumeMounts[1].name', message: 'configMap.name is required' },
      ],
    },
    {
      name: 'duplicate mountPath, subPath rules',
      code: pod(`  volumes:
    - {name: data, emptyDir: {}}
  containers:
    - name: a
      image: x
      volumeMounts:
        - {name: data, mountPath: /d}
        - {name: data, mountPath: /d}
        - {name: data, mountPath: /e, subPath: /abs}
        - {name: data, mountPath: /f, subPath: ../up}
        - {name: data, mountPath: /g, subPath: a, subPathExpr: "$(X)"}
        - {name: data}
`),
      errors: [
        { messageId: 'notUnique', path: 'spec.containers[0].volumeMounts[1].mountPath', line: 13, column: 24, message: 'Invalid value: "/d": must be unique' },
        { messageId: 'relativePath', path: 'spec.containers[0].volumeMounts[2].subPath', line: 14, column: 39, message: 'Invalid value: "/abs": must be a relative path' },
        { messageId: 'backsteps', path: 'spec.containers[0].volumeMounts[3].subPath', line: 15, column: 39, message: "must not contain '..'" },
        { messageId: 'subPathExclusive', path: 'spec.containers[0].volumeMounts[4].subPathExpr', line: 16, column: 51, message: 'subPathExpr and subPath are mutually exclusive' },
        { messageId: 'mountPathRequired', path: 'spec.containers[0].volumeMounts[5]', line: 17, column: 11 },
      ],
    },
    {
      name: 'volumeDevices rules',
      code: pod(`  volumes:
    - {name: disk, persistentVolumeClaim: {claimName: block}}
    - {name: cache, emptyDir: {}}
  containers:
    - name: a
      image: x
      volumeMounts:
        - {name: disk, mountPath: /dev/xvdb}
      volumeDevices:
        - {name: cache, devicePath: /dev/xvda}
        - {name: disk, devicePath: /dev/xvdb}
        - {name: disk, devicePath: /dev/../xvdc}
        - {name: nope, devicePath: /dev/xvdd}
`),
      errors: [
        { messageId: 'inDevices', path: 'spec.containers[0].volumeMounts[0].name', line: 13, column: 12 },
        { messageId: 'pathInDevices', path: 'spec.containers[0].volumeMounts[0].mountPath', line: 13, column: 24 },
        { messageId: 'blockSource', path: 'spec.containers[0].volumeDevices[0].name', line: 15, column: 12, message: 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode' },
        { messageId: 'inMounts', path: 'spec.containers[0].volumeDevices[1].name', line: 16, column: 12 },
        { messageId: 'pathInMounts', path: 'spec.containers[0].volumeDevices[1].devicePath', line: 16, column: 24 },
        { messageId: 'notUnique', path: 'spec.containers[0].volumeDevices[2].name', line: 17, column: 12 },
        { messageId: 'inMounts', path: 'spec.containers[0].volumeDevices[2].name', line: 17, column: 12 },
        { messageId: 'deviceBacksteps', path: 'spec.containers[0].volumeDevices[2].devicePath', line: 17, column: 24, message: "can not contain backsteps ('..')" },
        { messageId: 'notFound', path: 'spec.containers[0].volumeDevices[3].name', line: 18, column: 12 },
      ],
    },
    {
      name: 'Deployment template',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  template:
    metadata: {labels: {app: d}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: html, mountPath: /usr/share/nginx/html}
`,
      errors: [{ messageId: 'notFound', path: 'spec.template.spec.containers[0].volumeMounts[0].name', line: 13, column: 16, message: 'it declares no volumes' }],
    },
  ],
});
