import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-pod-update.js';

/** A Pod whose spec lines start at line 5 (`spec:` is line 4). */
const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
${spec}`;

const base = '  containers:\n    - name: app\n      image: nginx:1.26\n';

new RuleTester().run(rule, {
  valid: [
    { name: 'image change', previous: pod(base), code: pod('  containers:\n    - name: app\n      image: nginx:1.27\n') },
    { name: 'init container image change', previous: pod(`  initContainers:\n    - {name: init, image: busybox:1.35}\n${base}`), code: pod(`  initContainers:\n    - {name: init, image: busybox:1.36}\n${base}`) },
    { name: 'activeDeadlineSeconds set from unset', previous: pod(base), code: pod(`${base}  activeDeadlineSeconds: 300\n`) },
    { name: 'activeDeadlineSeconds lowered', previous: pod(`${base}  activeDeadlineSeconds: 300\n`), code: pod(`${base}  activeDeadlineSeconds: 100\n`) },
    { name: 'activeDeadlineSeconds equal', previous: pod(`${base}  activeDeadlineSeconds: 300\n`), code: pod(`${base}  activeDeadlineSeconds: "300"\n`.replace('"300"', '300')) },
    {
      name: 'toleration added; tolerationSeconds of an existing one changed',
      previous: pod(`${base}  tolerations:\n    - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 300}\n`),
      code: pod(`${base}  tolerations:\n    - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60}\n    - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}\n`),
    },
    { name: 'scheduling gate removed', previous: pod(`${base}  schedulingGates:\n    - name: example.com/quota\n    - name: example.com/zone\n`), code: pod(`${base}  schedulingGates:\n    - name: example.com/zone\n`) },
    {
      name: 'gated: last gate removed and nodeSelector added in one update',
      previous: pod(`${base}  schedulingGates:\n    - name: example.com/zone\n  nodeSelector: {disk: ssd}\n`),
      code: pod(`${base}  nodeSelector: {disk: ssd, zone: a}\n`),
    },
    {
      name: 'gated: required term gets an appended expression, preferred affinity replaced',
      previous: pod(`${base}  schedulingGates: [{name: g}]
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions: [{key: zone, operator: In, values: [a]}]
      preferredDuringSchedulingIgnoredDuringExecution:
        - {weight: 1, preference: {matchExpressions: [{key: disk, operator: In, values: [ssd]}]}}
`),
      code: pod(`${base}  schedulingGates: [{name: g}]
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions: [{key: zone, operator: In, values: [a]}, {key: arch, operator: In, values: [arm64]}]
      preferredDuringSchedulingIgnoredDuringExecution:
        - {weight: 5, preference: {matchExpressions: [{key: disk, operator: In, values: [nvme]}]}}
`),
    },
    { name: 'gated: affinity set from nothing', previous: pod(`${base}  schedulingGates: [{name: g}]\n`), code: pod(`${base}  schedulingGates: [{name: g}]\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms: [{matchExpressions: [{key: zone, operator: In, values: [a]}]}]\n`) },
    { name: 'terminationGracePeriodSeconds negative to 1', previous: pod(`${base}  terminationGracePeriodSeconds: -1\n`), code: pod(`${base}  terminationGracePeriodSeconds: 1\n`) },
    {
      name: 'defaults written out are not changes',
      previous: pod(base),
      code: pod(`  containers:
    - name: app
      image: nginx:1.26
      imagePullPolicy: IfNotPresent
      terminationMessagePath: /dev/termination-log
      resources: {}
  restartPolicy: Always
  dnsPolicy: ClusterFirst
  terminationGracePeriodSeconds: 30
  securityContext: {}
`),
    },
    { name: 'quantities compare by value', previous: pod('  containers:\n    - name: app\n      image: x:1\n      resources: {limits: {cpu: "1", memory: 1Gi}}\n'), code: pod('  containers:\n    - name: app\n      image: x:2\n      resources: {limits: {cpu: 1000m, memory: 1024Mi}}\n') },
    { name: 'not a Pod', previous: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "1"}\n', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "2"}\n' },
    { name: 'resize subresource is judged by valid-pod-resize', subresource: 'resize', previous: pod(base), code: pod('  containers:\n    - name: app\n      image: nginx:1.26\n      resources: {requests: {cpu: 200m}}\n') },
    { name: 'labels may change', previous: pod(base).replace('{name: web}', '{name: web, labels: {a: b}}'), code: pod(base).replace('{name: web}', '{name: web, labels: {a: c}}') },
  ],
  invalid: [
    {
      name: 'container added: reported at the list, nothing else',
      previous: pod(base),
      code: pod(`${base}    - name: sidecar\n      image: envoy:1\n      ports: [{containerPort: 80}]\n`),
      errors: [{ messageId: 'containersChanged', path: 'spec.containers', line: 5, column: 3, message: 'spec.containers: Forbidden: pod updates may not add or remove containers (1 before, 2 now)' }],
    },
    {
      name: 'init container removed',
      previous: pod(`  initContainers:\n    - {name: init, image: busybox:1.36}\n${base}`),
      code: pod(`  initContainers: []\n${base}`),
      errors: [{ messageId: 'containersChanged', path: 'spec.initContainers', line: 5, column: 3 }],
    },
    {
      name: 'image emptied and image with whitespace',
      previous: pod(`${base}    - name: b\n      image: b:1\n`),
      code: pod(`  containers:\n    - name: app\n      image: ""\n    - name: b\n      image: " b:2"\n`),
      errors: [
        { messageId: 'imageRequired', path: 'spec.containers[0].image', line: 7, column: 7 },
        { messageId: 'imageWhitespace', path: 'spec.containers[1].image', line: 9, column: 7, message: 'Invalid value: " b:2": must not have leading or trailing whitespace' },
      ],
    },
    {
      name: 'activeDeadlineSeconds raised',
      previous: pod(`${base}  activeDeadlineSeconds: 100\n`),
      code: pod(`${base}  activeDeadlineSeconds: 300\n`),
      errors: [{ messageId: 'activeDeadlineIncreased', path: 'spec.activeDeadlineSeconds', line: 8, column: 3, message: 'Invalid value: 300: must be less than or equal to previous value' }],
    },
    {
      name: 'activeDeadlineSeconds removed: reported at spec',
      previous: pod(`${base}  activeDeadlineSeconds: 100\n`),
      code: pod(base),
      errors: [{ messageId: 'activeDeadlineRemoved', path: 'spec.activeDeadlineSeconds', line: 4, column: 1, message: 'must not update from a positive integer to nil value' }],
    },
    {
      name: 'activeDeadlineSeconds 0 is rejected although the docs say non-negative',
      previous: pod(`${base}  activeDeadlineSeconds: 100\n`),
      code: pod(`${base}  activeDeadlineSeconds: 0\n`),
      errors: [{ messageId: 'activeDeadlineZero', line: 8, column: 3, message: 'Invalid value: 0: must be between 1 and 2147483647, inclusive' }],
    },
    {
      name: 'activeDeadlineSeconds negative',
      previous: pod(base),
      code: pod(`${base}  activeDeadlineSeconds: -5\n`),
      errors: [{ messageId: 'activeDeadlineRange', line: 8, column: 3, message: 'must be between 0 and 2147483647, inclusive' }],
    },
    {
      name: 'existing toleration changed',
      previous: pod(`${base}  tolerations:\n    - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}\n`),
      code: pod(`${base}  tolerations:\n    - {key: dedicated, operator: Equal, value: cpu, effect: NoSchedule}\n`),
      errors: [{ messageId: 'tolerationModified', path: 'spec.tolerations', line: 8, column: 3, message: 'spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds' }],
    },
    {
      name: 'scheduling gate added (a rename counts as an addition)',
      previous: pod(`${base}  schedulingGates:\n    - name: example.com/a\n`),
      code: pod(`${base}  schedulingGates:\n    - name: example.com/b\n`),
      errors: [{ messageId: 'schedulingGateAdded', path: 'spec.schedulingGates[0].name', line: 9, column: 7, message: "only deletion is allowed, but found new scheduling gate 'example.com/b'" }],
    },
    {
      name: 'gated: nodeSelector entry changed',
      previous: pod(`${base}  schedulingGates: [{name: g}]\n  nodeSelector:\n    disk: ssd\n`),
      code: pod(`${base}  schedulingGates: [{name: g}]\n  nodeSelector:\n    disk: hdd\n`),
      errors: [{ messageId: 'nodeSelectorMutated', path: 'spec.nodeSelector', line: 9, column: 3, message: 'only additions to spec.nodeSelector are allowed (no mutations or deletions)' }],
    },
    {
      name: 'not gated: nodeSelector addition is a forbidden change',
      previous: pod(base),
      code: pod(`${base}  nodeSelector:\n    disk: ssd\n`),
      errors: [{ messageId: 'forbidden', path: 'spec.nodeSelector', line: 8, column: 3, message: 'spec.nodeSelector: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative) (added {"disk":"ssd"})' }],
    },
    {
      name: 'gated: required term added and existing term mutated',
      previous: pod(`${base}  schedulingGates: [{name: g}]
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions: [{key: zone, operator: In, values: [a]}]
`),
      code: pod(`${base}  schedulingGates: [{name: g}]
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions: [{key: zone, operator: In, values: [b]}]
`),
      errors: [{ messageId: 'nodeSelectorTermMutated', path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]', line: 13, column: 13 }],
    },
    {
      name: 'gated: a second required term',
      previous: pod(`${base}  schedulingGates: [{name: g}]
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions: [{key: zone, operator: In, values: [a]}]
`),
      code: pod(`${base}  schedulingGates: [{name: g}]
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions: [{key: zone, operator: In, values: [a]}]
          - matchExpressions: [{key: zone, operator: In, values: [b]}]
`),
      errors: [{ messageId: 'nodeSelectorTermsCount', line: 12, column: 9 }],
    },
    {
      name: 'gated: podAffinity is never mutable',
      previous: pod(`${base}  schedulingGates: [{name: g}]\n`),
      code: pod(`${base}  schedulingGates: [{name: g}]\n  affinity:\n    podAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        - {topologyKey: zone, labelSelector: {matchLabels: {app: db}}}\n`),
      errors: [{ messageId: 'forbidden', path: 'spec.affinity', line: 9, column: 3, message: '(added {"podAffinity"' }],
    },
    {
      name: 'one finding per changed field, with the old value',
      previous: pod(`  containers:
    - name: app
      image: nginx:1.26
      env:
        - {name: MODE, value: blue}
      resources:
        limits: {cpu: 500m}
`),
      code: pod(`  containers:
    - name: app
      image: nginx:1.27
      env:
        - {name: MODE, value: green}
      resources:
        limits: {cpu: "1"}
`),
      errors: [
        { messageId: 'forbidden', path: 'spec.containers[0].env[0].value', line: 9, column: 24, message: '("blue" → "green")' },
        { messageId: 'forbiddenResources', path: 'spec.containers[0].resources.limits.cpu', line: 11, column: 18, message: 'through the resize subresource' },
      ],
    },
    {
      name: 'before 1.33 there is no resize subresource to suggest',
      kubernetesVersion: '1.32',
      previous: pod('  containers:\n    - name: app\n      image: x:1\n      resources: {limits: {cpu: 500m}}\n'),
      code: pod('  containers:\n    - name: app\n      image: x:1\n      resources: {limits: {cpu: 600m}}\n'),
      errors: [{ messageId: 'forbidden', path: 'spec.containers[0].resources.limits.cpu', line: 8, column: 28 }],
    },
    {
      name: 'terminationGracePeriodSeconds changed otherwise',
      previous: pod(`${base}  terminationGracePeriodSeconds: -1\n`),
      code: pod(`${base}  terminationGracePeriodSeconds: 2\n`),
      errors: [{ messageId: 'forbidden', path: 'spec.terminationGracePeriodSeconds', line: 8, column: 3 }],
    },
    {
      name: 'a removed field is reported at its parent in the new manifest',
      previous: pod(`${base}  hostname: web-0\n`),
      code: pod(base),
      errors: [{ messageId: 'forbidden', path: 'spec.hostname', line: 4, column: 1, message: '(removed "web-0")' }],
    },
    {
      name: 'ephemeral containers cannot be added by a normal update',
      previous: pod(base),
      code: pod(`${base}  ephemeralContainers:\n    - {name: debug, image: busybox:1.36}\n`),
      errors: [{ messageId: 'forbidden', path: 'spec.ephemeralContainers', line: 8, column: 3 }],
    },
  ],
});
