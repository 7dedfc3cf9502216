import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-windows-host-process.js';

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  os: {name: windows}\n  securityContext:\n    windowsOptions: {hostProcess: false, runAsUserName: ContainerUser}\n  containers:\n    - name: app\n      image: x\n',
  ],
  invalid: [
    {
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  os: {name: windows}\n  hostNetwork: true\n  securityContext:\n    windowsOptions:\n      hostProcess: true\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        windowsOptions: {hostProcess: true}\n',
      errors: [
        { messageId: 'violation', path: 'spec.securityContext.windowsOptions.hostProcess', line: 10, column: 7, message: 'pod must not set securityContext.windowsOptions.hostProcess=true' },
        { messageId: 'violation', path: 'spec.containers[0].securityContext.windowsOptions.hostProcess', line: 15, column: 26 },
      ],
    },
  ],
});
