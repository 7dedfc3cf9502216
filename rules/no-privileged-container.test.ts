import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-privileged-container.js';

const pod = (containers: string, extra = ''): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${extra}  containers:
${containers}`;

new RuleTester().run(rule, {
  valid: [
    pod('    - name: app\n      image: nginx\n'),
    pod('    - name: app\n      image: nginx\n      securityContext: {privileged: false}\n'),
    pod('    - name: app\n      image: nginx\n      securityContext: {privileged: no}\n'),
    { name: 'quoted "true" is a string, not a boolean', code: pod('    - name: app\n      image: nginx\n      securityContext: {privileged: "true"}\n') },
    { name: 'not a pod-bearing kind', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  securityContext: "privileged: true"\n' },
    { name: 'the privileged Pod Security level turns the check off', code: pod('    - name: app\n      image: nginx\n      securityContext: {privileged: true}\n'), podSecurityLevel: 'privileged' },
    {
      name: 'a Namespace in the same run labelled enforce: privileged',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kube-system\n  labels: {pod-security.kubernetes.io/enforce: privileged}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: kube-system\nspec:\n  containers:\n    - {name: a, image: x, securityContext: {privileged: true}}\n',
    },
    {
      name: 'cluster.allowPrivileged: false leaves the finding to valid-security-context',
      code: pod('    - name: app\n      image: nginx\n      securityContext: {privileged: true}\n'),
      config: { cluster: { allowPrivileged: false } },
    },
    { name: 'a CRD named Deployment in another group', code: 'apiVersion: example.com/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: b, securityContext: {privileged: true}}]\n' },
  ],
  invalid: [
    {
      name: 'restricted level includes the baseline check',
      code: pod('    - name: app\n      image: nginx\n      securityContext: {privileged: true}\n'),
      podSecurityLevel: 'restricted',
      errors: [{ messageId: 'privileged', path: 'spec.containers[0].securityContext.privileged', line: 9, column: 25 }],
    },
    {
      name: 'a Namespace labelled enforce: baseline wins over podSecurityLevel: privileged',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n  labels: {pod-security.kubernetes.io/enforce: baseline}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: apps\nspec:\n  containers:\n    - {name: a, image: x, securityContext: {privileged: true}}\n',
      podSecurityLevel: 'privileged',
      errors: [{ messageId: 'privileged', path: 'spec.containers[0].securityContext.privileged', line: 14, column: 45 }],
    },
    {
      code: pod('    - name: app\n      image: nginx\n      securityContext:\n        privileged: true\n'),
      errors: [{ messageId: 'privileged', path: 'spec.containers[0].securityContext.privileged', line: 10, column: 9, endLine: 10, endColumn: 25 }],
    },
    {
      name: 'YAML 1.1 booleans: yes, On, Y',
      code: pod('    - {name: a, image: x, securityContext: {privileged: yes}}\n    - {name: b, image: x, securityContext: {privileged: On}}\n    - {name: c, image: x, securityContext: {privileged: Y}}\n'),
      errors: [
        { messageId: 'privileged', path: 'spec.containers[0].securityContext.privileged', line: 7, column: 45 },
        { messageId: 'privileged', path: 'spec.containers[1].securityContext.privileged', line: 8, column: 45 },
        { messageId: 'privileged', path: 'spec.containers[2].securityContext.privileged', line: 9, column: 45 },
      ],
    },
    {
      name: 'init, sidecar and ephemeral containers',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: init
      image: x
      securityContext: {privileged: true}
    - name: sidecar
      image: x
      restartPolicy: Always
      securityContext: {privileged: true}
  containers:
    - name: app
      image: x
  ephemeralContainers:
    - name: debug
      image: x
      securityContext: {privileged: true}
`,
      errors: [
        { messageId: 'privileged', path: 'spec.initContainers[0].securityContext.privileged', line: 9, column: 25, message: 'init container "init"' },
        { messageId: 'privileged', path: 'spec.initContainers[1].securityContext.privileged', line: 13, column: 25, message: 'sidecar container "sidecar"' },
        { messageId: 'privileged', path: 'spec.ephemeralContainers[0].securityContext.privileged', line: 20, column: 25, message: 'ephemeral container "debug"' },
      ],
    },
    {
      name: 'CronJob template path',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: c
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: t
              image: x
              securityContext:
                privileged: true
`,
      errors: [{ messageId: 'privileged', path: 'spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged', line: 16, column: 17 }],
    },
    {
      name: 'value through an alias is reported at the alias',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: a
      image: x
      securityContext: &priv
        privileged: true
    - name: b
      image: x
      securityContext: *priv
`,
      errors: [
        { messageId: 'privileged', path: 'spec.containers[0].securityContext.privileged', line: 10, column: 9 },
        { messageId: 'privileged', path: 'spec.containers[1].securityContext.privileged', line: 13, column: 24 },
      ],
    },
    {
      name: 'kind: List items',
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - {name: a, image: x, securityContext: {privileged: true}}
`,
      errors: [{ messageId: 'privileged', path: 'spec.containers[0].securityContext.privileged', line: 9, column: 49 }],
    },
  ],
});
