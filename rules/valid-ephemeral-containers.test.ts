import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-ephemeral-containers.js';

const pod = (ephemeral: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: example.com/app:1
  ephemeralContainers:
${ephemeral}`;

// What `kubectl debug -it web --image=busybox:1.36 --target=app` adds.
const kubectlDebug = `    - name: debugger-x7k2p
      image: busybox:1.36
      imagePullPolicy: IfNotPresent
      stdin: true
      tty: true
      targetContainerName: app
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
      resources: {}
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'kubectl debug container', code: pod(kubectlDebug) },
    { name: 'restartPolicy on an ephemeral container is dropped at 1.34', code: pod('    - {name: dbg, image: busybox, restartPolicy: Never}\n'), kubernetesVersion: '1.34' },
    { name: 'restartPolicy does not exist at 1.27', code: pod('    - {name: dbg, image: busybox, restartPolicy: Never}\n'), kubernetesVersion: '1.27' },
    { name: 'resizePolicy is dropped before 1.33', code: pod('    - {name: dbg, image: busybox, resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]}\n'), kubernetesVersion: '1.32' },
    { name: 'target the app container', code: pod('    - {name: dbg, image: busybox, targetContainerName: app}\n') },
  ],
  invalid: [
    {
      name: 'forbidden fields',
      code: pod(`    - name: dbg
      image: busybox:1.36
      ports: []
      resources: {limits: {cpu: 100m}}
      readinessProbe: {exec: {command: [true]}}
      lifecycle: {preStop: {exec: {command: [true]}}}
      restartPolicy: Never
`),
      errors: [
        { messageId: 'forbiddenField', path: 'spec.ephemeralContainers[0].ports', line: 12, column: 7, message: 'Forbidden: cannot be set for an Ephemeral Container' },
        { messageId: 'forbiddenField', path: 'spec.ephemeralContainers[0].resources', line: 13, column: 7 },
        { messageId: 'forbiddenField', path: 'spec.ephemeralContainers[0].readinessProbe', line: 14, column: 7 },
        { messageId: 'forbiddenField', path: 'spec.ephemeralContainers[0].lifecycle', line: 15, column: 7 },
        { messageId: 'forbiddenField', path: 'spec.ephemeralContainers[0].restartPolicy', line: 16, column: 7 },
      ],
    },
    {
      name: 'restartPolicy is forbidden again from 1.35, with restartPolicyRules',
      code: pod('    - name: dbg\n      image: busybox\n      restartPolicy: Never\n      restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [1]}}]\n'),
      kubernetesVersion: '1.35',
      errors: [
        { messageId: 'forbiddenField', path: 'spec.ephemeralContainers[0].restartPolicy' },
        { messageId: 'forbiddenField', path: 'spec.ephemeralContainers[0].restartPolicyRules' },
      ],
    },
    {
      name: 'resizePolicy from 1.33',
      code: pod('    - {name: dbg, image: busybox, resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]}\n'),
      kubernetesVersion: '1.33',
      errors: [{ messageId: 'forbiddenField', path: 'spec.ephemeralContainers[0].resizePolicy' }],
    },
    {
      name: 'subPath and subPathExpr',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - {name: data, emptyDir: {}}
  containers:
    - {name: app, image: x, volumeMounts: [{name: data, mountPath: /d}]}
  ephemeralContainers:
    - name: dbg
      image: busybox
      volumeMounts:
        - {name: data, mountPath: /d, subPath: x}
        - {name: data, mountPath: /e, subPathExpr: "$(X)"}
`,
      errors: [
        { messageId: 'forbiddenSubPath', path: 'spec.ephemeralContainers[0].volumeMounts[0].subPath', line: 14, column: 39 },
        { messageId: 'forbiddenSubPath', path: 'spec.ephemeralContainers[0].volumeMounts[1].subPathExpr', line: 15, column: 39 },
      ],
    },
    {
      name: 'target container not found',
      code: pod('    - name: dbg\n      image: busybox\n      targetContainerName: web\n'),
      errors: [{ messageId: 'targetNotFound', path: 'spec.ephemeralContainers[0].targetContainerName', line: 12, column: 7, message: 'Not found: "web"' }],
    },
    {
      name: 'targeting another ephemeral container is not allowed',
      code: pod('    - {name: one, image: busybox}\n    - {name: two, image: busybox, targetContainerName: one}\n'),
      errors: [{ messageId: 'targetNotFound', path: 'spec.ephemeralContainers[1].targetContainerName' }],
    },
    {
      name: 'not in a pod template',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - {name: app, image: x}
      ephemeralContainers:
        - {name: dbg, image: busybox}
`,
      errors: [{ messageId: 'inTemplate', path: 'spec.template.spec.ephemeralContainers', line: 11, column: 7, message: 'Forbidden: ephemeral containers not allowed in pod template' }],
    },
  ],
});
