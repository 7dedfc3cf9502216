import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-se-linux-options.js';

const pod = (podType: string, containerType: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext:
    seLinuxOptions:
      type: ${podType}
  containers:
    - name: app
      image: x
      securityContext:
        seLinuxOptions:
          type: ${containerType}
          level: "s0:c1,c2"
`;

new RuleTester().run(rule, {
  valid: [
    pod('container_t', 'container_init_t'),
    pod('container_kvm_t', '""'),
    { name: 'container_engine_t from policy 1.31', code: pod('container_engine_t', 'container_t'), kubernetesVersion: '1.31' },
  ],
  invalid: [
    {
      name: 'container_engine_t before 1.31',
      code: pod('container_engine_t', 'container_t'),
      kubernetesVersion: '1.30',
      errors: [{ messageId: 'violation', path: 'spec.securityContext.seLinuxOptions.type', line: 8, column: 7, message: 'pod set forbidden securityContext.seLinuxOptions: type "container_engine_t"' }],
    },
    {
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        seLinuxOptions: {type: spc_t, user: system_u, role: system_r}\n',
      errors: [
        { messageId: 'violation', path: 'spec.containers[0].securityContext.seLinuxOptions.type', line: 10, column: 26 },
        { messageId: 'violation', path: 'spec.containers[0].securityContext.seLinuxOptions.user', line: 10, column: 39, message: 'user may not be set' },
        { messageId: 'violation', path: 'spec.containers[0].securityContext.seLinuxOptions.role', line: 10, column: 55, message: 'role may not be set' },
      ],
    },
  ],
});
