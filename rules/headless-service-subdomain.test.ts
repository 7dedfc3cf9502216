import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './headless-service-subdomain.js';

const service = (name: string, spec = 'clusterIP: None', ns?: string): string => `apiVersion: v1
kind: Service
metadata:
  name: ${name}${ns ? `\n  namespace: ${ns}` : ''}
spec:
  ${spec}
  selector: {app: web}
  ports: [{port: 80}]
`;

const statefulPod = (subdomain: string, ns?: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web${ns ? `\n  namespace: ${ns}` : ''}
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      subdomain: ${subdomain}
      containers: [{name: web, image: nginx:1.27}]
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'a headless Service of that name', code: `${service('web-headless')}---\n${statefulPod('web-headless')}` },
    { name: 'no Service in the run: nothing to compare with', code: statefulPod('web-headless') },
    { name: 'Services only in another namespace', code: `${service('other', 'clusterIP: None', 'b')}---\n${statefulPod('web-headless', 'a')}` },
    { name: 'one of two same-named Services is headless', code: `${service('web', 'clusterIP: None', 'a')}---\n${service('web', 'type: ClusterIP')}---\n${statefulPod('web', 'a')}` },
    { name: 'no subdomain', code: `${service('web')}---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x}]\n` },
  ],
  invalid: [
    {
      name: 'subdomain names no Service among those of the namespace',
      code: `${service('web')}---\n${statefulPod('web-headless')}`,
      errors: [
        {
          messageId: 'noService',
          path: 'spec.template.spec.subdomain',
          line: 21,
          column: 7,
          severity: 'warning',
          message: 'spec.template.spec.subdomain: no Service named "web-headless" among the 1 Service(s) of this namespace in the lint run',
        },
      ],
    },
    {
      name: 'same namespace set on both',
      code: `${service('api', 'clusterIP: None', 'prod')}---\n${statefulPod('web', 'prod')}`,
      errors: [{ messageId: 'noService', line: 23, column: 7 }],
    },
    {
      name: 'the Service exists but is not headless',
      code: `${service('web', 'type: ClusterIP')}---\n${statefulPod('web')}`,
      errors: [{ messageId: 'notHeadless', line: 21, column: 7, message: 'Service "web" is not headless (clusterIP is unset (one will be allocated))' }],
    },
    {
      name: 'a Pod with a fixed clusterIP Service',
      code: `${service('db', 'clusterIP: 10.0.0.12')}---\napiVersion: v1\nkind: Pod\nmetadata: {name: db-0}\nspec:\n  hostname: db-0\n  subdomain: db\n  containers: [{name: db, image: postgres:16}]\n`,
      errors: [{ messageId: 'notHeadless', path: 'spec.subdomain', line: 15, column: 3, message: 'clusterIP is "10.0.0.12"' }],
    },
  ],
});
