import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-seccomp-profile-restricted.js';

const R = { podSecurityLevel: 'restricted' as const };
const pod = (podSC: string, containerSC: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext: {${podSC}}
  containers:
    - name: app
      image: x
      securityContext: {${containerSC}}
`;

new RuleTester().run(rule, {
  valid: [
    { ...R, name: 'pod RuntimeDefault, container inherits', code: pod('seccompProfile: {type: RuntimeDefault}', '') },
    { ...R, name: 'pod unset, container Localhost', code: pod('', 'seccompProfile: {type: Localhost, localhostProfile: p.json}') },
  ],
  invalid: [
    { ...R, name: 'unset everywhere', code: pod('', ''), errors: [{ messageId: 'violation', path: 'spec.containers[0]', line: 8, column: 7, message: 'pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"' }] },
    { ...R, name: 'pod RuntimeDefault, container Unconfined', code: pod('seccompProfile: {type: RuntimeDefault}', 'seccompProfile: {type: Unconfined}'), errors: [{ messageId: 'violation', path: 'spec.containers[0].securityContext.seccompProfile.type', line: 10, column: 42 }] },
    { ...R, name: 'pod Unconfined, container unset: reported once at the pod', code: pod('seccompProfile: {type: Unconfined}', ''), errors: [{ messageId: 'violation', path: 'spec.securityContext.seccompProfile.type', line: 6, column: 38, message: 'pod must not set securityContext.seccompProfile.type to "Unconfined"' }] },
  ],
});
