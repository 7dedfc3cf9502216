import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-app-armor-profile.js';

new RuleTester().run(rule, {
  valid: [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: localhost/k8s-nginx\nspec:\n  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n  containers:\n    - name: app\n      image: x\n      securityContext:\n        appArmorProfile: {type: Localhost, localhostProfile: k8s-nginx}\n',
  ],
  invalid: [
    {
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: unconfined\nspec:\n  securityContext:\n    appArmorProfile:\n      type: Unconfined\n  containers:\n    - name: app\n      image: x\n',
      errors: [
        { messageId: 'violation', path: 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]', line: 6, column: 5, message: 'annotation container.apparmor.security.beta.kubernetes.io/app="unconfined"' },
        { messageId: 'violation', path: 'spec.securityContext.appArmorProfile.type', line: 10, column: 7, message: 'pod must not set AppArmor profile type to "Unconfined"' },
      ],
    },
    {
      name: 'Deployment template: annotations and fields of the template',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata:\n      labels: {a: b}\n      annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}\n    spec:\n      containers:\n        - name: app\n          image: x\n          securityContext:\n            appArmorProfile: {type: Unconfined}\n',
      errors: [
        { messageId: 'violation', path: 'spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]', line: 10, column: 21 },
        { messageId: 'violation', path: 'spec.template.spec.containers[0].securityContext.appArmorProfile.type', line: 16, column: 31 },
      ],
    },
  ],
});
