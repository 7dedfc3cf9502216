import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './no-ephemeral-containers-on-create.js';

const debugged = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - {name: app, image: example.com/app:1}
  ephemeralContainers:
    - name: debugger-x7k2p
      image: busybox:1.36
      targetContainerName: app
`;

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - {name: app, image: x}\n  ephemeralContainers: []\n',
    { name: 'an update that keeps the ephemeral containers is not a create', code: debugged, previous: debugged },
    {
      name: 'templates are valid-ephemeral-containers\' business',
      code: 'apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    containers: [{name: a, image: x}]\n    ephemeralContainers: [{name: d, image: x}]\n',
    },
  ],
  invalid: [
    {
      name: 'a debugged pod saved with kubectl get -o yaml and re-created',
      code: debugged,
      errors: [{ messageId: 'onCreate', path: 'spec.ephemeralContainers', line: 8, column: 3, message: 'spec.ephemeralContainers: Forbidden: cannot be set on create' }],
    },
  ],
});
