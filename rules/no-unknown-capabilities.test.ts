import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-unknown-capabilities.js';

const pod = (caps: string, list = 'containers'): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  ${list}:
    - name: c
      image: x
      securityContext:
        capabilities:
${caps}`;

new RuleTester().run(rule, {
  valid: [
    pod('          add: [NET_ADMIN, SYS_TIME, CHECKPOINT_RESTORE, BPF, PERFMON]\n          drop: [ALL]\n'),
    pod('          add: [ALL]\n'),
    { name: 'non-string entries are left to schema validation', code: pod('          add: [1]\n') },
  ],
  invalid: [
    {
      code: pod('          add:\n            - NET_ADMN\n            - cap_net_raw\n          drop:\n            - all\n'),
      errors: [
        { messageId: 'unknown', path: 'spec.containers[0].securityContext.capabilities.add[0]', line: 12, column: 15, message: '"NET_ADMN" is not a Linux capability (did you mean NET_ADMIN?)' },
        { messageId: 'variant', path: 'spec.containers[0].securityContext.capabilities.add[1]', line: 13, column: 15, message: '"cap_net_raw" is not the canonical spelling of NET_RAW' },
        { messageId: 'variant', path: 'spec.containers[0].securityContext.capabilities.drop[0]', line: 15, column: 15, message: 'write ALL' },
      ],
    },
    {
      name: 'CAP_ prefix in an init container, a name with no close match in an ephemeral one',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: init
      image: x
      securityContext: {capabilities: {add: [CAP_CHOWN]}}
  containers:
    - name: app
      image: x
  ephemeralContainers:
    - name: debug
      image: x
      securityContext: {capabilities: {add: [EVERYTHING]}}
`,
      errors: [
        { messageId: 'variant', path: 'spec.initContainers[0].securityContext.capabilities.add[0]', line: 9, column: 46 },
        { messageId: 'unknown', path: 'spec.ephemeralContainers[0].securityContext.capabilities.add[0]', line: 16, column: 46, message: '"EVERYTHING" is not a Linux capability. ' },
      ],
    },
  ],
});
