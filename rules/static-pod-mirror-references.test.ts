import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './static-pod-mirror-references.js';

const staticPaths = { config: { staticPodPaths: ['/etc/kubernetes/manifests/*.yaml'] }, filename: '/etc/kubernetes/manifests/agent.yaml' };
const agent = (extra: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
${extra}  containers:
    - name: agent
      image: example.com/agent:1
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'no references', code: agent(''), ...staticPaths, kubernetesVersion: '1.30' },
    { name: 'not a static pod', code: agent('  serviceAccountName: agent\n'), kubernetesVersion: '1.30' },
    { name: 'from 1.34 no-static-pod-api-references reports it (rule off)', code: agent('  serviceAccountName: agent\n'), ...staticPaths, kubernetesVersion: '1.34' },
    { name: 'ClusterTrustBundle is the validity rule\'s', code: agent('  volumes:\n    - name: ca\n      projected: {sources: [{clusterTrustBundle: {signerName: a/b, path: ca}}]}\n'), ...staticPaths, kubernetesVersion: '1.30' },
  ],
  invalid: [
    {
      name: 'service account and secret volume at 1.33',
      code: agent('  serviceAccountName: agent\n  volumes:\n    - name: tls\n      secret: {secretName: agent-tls}\n'),
      ...staticPaths,
      kubernetesVersion: '1.33',
      errors: [
        { messageId: 'reference', path: 'spec.serviceAccountName', line: 6, column: 3, message: 'referencing serviceaccounts' },
        { messageId: 'reference', path: 'spec.volumes[0].secret', line: 9, column: 7, message: 'referencing secrets' },
      ],
    },
    {
      name: 'mirror annotation at 1.27',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations: {kubernetes.io/config.mirror: abc}\nspec:\n  nodeName: n\n  imagePullSecrets: [{name: regcred}]\n  containers: [{name: a, image: x}]\n',
      kubernetesVersion: '1.27',
      errors: [{ messageId: 'reference', path: 'spec.imagePullSecrets[0]', line: 8, column: 22 }],
    },
  ],
});
