// Real manifests written by others (../shared/corpus, kubernetes/examples): no internal error, and every
// validity finding is a real upstream mistake, listed and explained here. Skips where the folder is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/node/lint-files.js';
import { SHARED } from './helpers.js';

const CORPUS = path.join(SHARED, 'corpus');

/** `file (relative to the corpus) | rule | path` of each known-real validity finding, with why. */
const EXPLAINED: Record<string, string> = {
  // vitess keeps unrendered templates: `{{cell}}`, `{{uid}}`, `{{keyspace}}` are replaced by sed in its
  // scripts before kubectl sees them. As written, the API server rejects these names and label values.
  'kubernetes-examples/_archived/storage/vitess/etcd-controller-template.yaml | valid-object-name | metadata.name': 'template: "etcd-{{cell}}" is not a DNS-1123 subdomain',
  'kubernetes-examples/_archived/storage/vitess/etcd-service-template.yaml | valid-object-name | metadata.name': 'template: "etcd-{{cell}}" is not a Service name',
  'kubernetes-examples/_archived/storage/vitess/vttablet-pod-template.yaml | valid-object-name | metadata.name': 'template: "vttablet-{{uid}}" is not a DNS-1123 subdomain',
  'kubernetes-examples/_archived/storage/vitess/vttablet-pod-template.yaml | valid-labels | metadata.labels.keyspace': 'template: "{{keyspace}}" is not a label value',
  'kubernetes-examples/_archived/storage/vitess/vttablet-pod-template.yaml | valid-labels | metadata.labels.shard': 'template: "{{shard_label}}" is not a label value',
  'kubernetes-examples/_archived/storage/vitess/vttablet-pod-template.yaml | valid-labels | metadata.labels.tablet': 'template: "{{alias}}" is not a label value',
  // Unquoted `cell: {{cell}}` is a YAML flow mapping inside a flow mapping: the label value is an object.
  'kubernetes-examples/_archived/storage/vitess/etcd-controller-template.yaml | valid-field-types | spec.template.metadata.labels.cell': 'template: {{cell}} is a map, not a label value',
  'kubernetes-examples/_archived/storage/vitess/etcd-service-template.yaml | valid-field-types | metadata.labels.cell': 'template: {{cell}} is a map, not a label value',
  // The openshift-origin controllers set `selector` twice in one spec (an old ReplicationController-style
  // selector and a matchLabels one); kubectl refuses a duplicate key.
  'kubernetes-examples/_archived/openshift-origin/etcd-controller.yaml | duplicate-key | spec.selector': 'spec.selector given twice',
  'kubernetes-examples/_archived/openshift-origin/etcd-discovery-controller.yaml | duplicate-key | spec.selector': 'spec.selector given twice',
  'kubernetes-examples/_archived/openshift-origin/openshift-controller.yaml | duplicate-key | spec.selector': 'spec.selector given twice',
  // `type:` appears at the top of the Secret and again at the end.
  'kubernetes-examples/_archived/persistent-volume-provisioning/quobyte/quobyte-admin-secret.yaml | duplicate-key | type': 'type given twice',
  'kubernetes-examples/_archived/volumes/scaleio/sc-pvc.yaml | duplicate-key | spec.storageClassName': 'spec.storageClassName given twice',
  // `protocol: tcp`: the API server accepts only TCP, UDP and SCTP (case-sensitive).
  'kubernetes-examples/_archived/volumes/aws_ebs/aws-ebs-web.yaml | valid-container-ports | spec.containers[0].ports[0].protocol': 'protocol "tcp" is lower case',
  'kubernetes-examples/_archived/volumes/cinder/cinder-web.yaml | valid-container-ports | spec.containers[0].ports[0].protocol': 'protocol "tcp" is lower case',
};

describe.skipIf(!existsSync(CORPUS))('../shared/corpus', () => {
  it('lints every manifest without an internal error, and every validity finding is explained', async () => {
    const report = await lintFiles([CORPUS], { cwd: CORPUS, configLookup: false });
    expect(report.summary.files).toBeGreaterThan(50);
    const validity = report.findings
      .filter((f) => f.category === 'validity' || f.category === 'syntax')
      .map((f) => `${path.relative(CORPUS, path.resolve(CORPUS, f.file))} | ${f.ruleId} | ${f.path}`);
    const unexplained = validity.filter((v) => !(v in EXPLAINED));
    expect(unexplained).toEqual([]);
    // And the list stays true: every explained finding is still found.
    expect(Object.keys(EXPLAINED).filter((k) => !validity.includes(k))).toEqual([]);
  });
});
