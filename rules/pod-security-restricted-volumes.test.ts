import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-restricted-volumes.js';

const R = { podSecurityLevel: 'restricted' as const };

new RuleTester().run(rule, {
  valid: [
    {
      ...R,
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n  volumes:\n    - {name: a, configMap: {name: c}}\n    - {name: b, secret: {secretName: s}}\n    - {name: c, emptyDir: {}}\n    - {name: d, persistentVolumeClaim: {claimName: x}}\n    - {name: e, projected: {sources: []}}\n    - {name: f, downwardAPI: {items: []}}\n    - {name: g, csi: {driver: d}}\n    - {name: h, ephemeral: {volumeClaimTemplate: {spec: {}}}}\n    - {name: i, image: {reference: "r"}}\n    - {name: defaults-to-emptydir}\n',
    },
    { name: 'baseline level', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n  volumes:\n    - {name: n, nfs: {server: s, path: /}}\n' },
  ],
  invalid: [
    {
      ...R,
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n  volumes:\n    - name: shared\n      nfs: {server: s, path: /}\n    - name: h\n      hostPath:\n        path: /data\n',
      errors: [
        { messageId: 'violation', path: 'spec.volumes[0].nfs', line: 11, column: 7, message: 'restricted volume types (volume "shared" uses restricted volume type "nfs")' },
        { messageId: 'violation', path: 'spec.volumes[1].hostPath', line: 13, column: 7 },
      ],
    },
  ],
});
