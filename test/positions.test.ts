// Positions are exact in every input shape: multi-document, flow style, anchors and aliases, merge keys,
// CRLF, BOM, astral characters, JSON, kind: List. A probe rule reports given paths so any field can be located.
import { describe, expect, it } from 'vitest';
import { defineRule } from '../src/core/rule.js';
import { lintText } from '../src/index.js';

const probe = defineRule<'at', { paths: (string | number)[][] }>({
  id: 'probe',
  meta: {
    description: 'Report the configured paths',
    category: 'pitfall',
    severity: 'warning',
    remediation: 'None.',
    messages: { at: '{{path}}' },
    schema: { type: 'object', properties: { paths: { type: 'array', description: 'paths' } } },
  },
  defaultOptions: { paths: [] },
  create(ctx) {
    return {
      object() {
        for (const p of ctx.options.paths) ctx.report({ messageId: 'at', path: p });
      },
    };
  },
});

function at(text: string, ...paths: (string | number)[][]): [number, number, number, number][] {
  const report = lintText(text, { rules: [probe], config: { rules: { probe: { options: { paths } } } } });
  const syntax = report.findings.filter((f) => f.ruleId !== 'probe');
  expect(syntax).toEqual([]);
  return report.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]);
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx
      securityContext:
        privileged: true
`;

describe('positions', () => {
  it('start at the key of the field and end at the end of its value', () => {
    expect(at(POD, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual([[10, 9, 10, 25]]);
  });
  it('a sequence item starts at the item', () => {
    expect(at(POD, ['spec', 'containers', 0])).toEqual([[7, 7, 10, 25]]);
  });
  it('a missing field lands on the key of its deepest existing parent', () => {
    expect(at(POD, ['spec', 'containers', 0, 'resources', 'limits'])).toEqual([[7, 7, 10, 25]]);
    expect(at(POD, ['spec', 'nodeSelector'])).toEqual([[5, 1, 10, 25]]);
  });
  it('are identical with CRLF line endings', () => {
    expect(at(POD.replace(/\n/g, '\r\n'), ['spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual([[10, 9, 10, 25]]);
  });
  it('are identical after a UTF-8 BOM', () => {
    expect(at(`\uFEFF${POD}`, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual([[10, 9, 10, 25]]);
  });
  it('count astral characters as two UTF-16 code units, on the line before and on the same line', () => {
    const text = POD.replace('      securityContext:\n', '      # 🚀 launch 🚀\n      securityContext:\n').replace('image: nginx', 'image: "🚀"');
    expect(at(text, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual([[11, 9, 11, 25]]);
    const flow = 'apiVersion: v1\nkind: Pod\nmetadata: {name: "🚀🚀", labels: {a: b}}\n';
    expect(at(flow, ['metadata', 'labels', 'a'])).toEqual([[3, 35, 3, 39]]);
  });
  it('are exact in flow style', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: app, image: x, securityContext: {privileged: true}}]}\n';
    expect(at(text, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual([[4, 61, 4, 77]]);
    expect(at(text, ['spec', 'containers', 0, 'name'])).toEqual([[4, 22, 4, 31]]);
  });
  it('are exact in later documents of a multi-document file', () => {
    const text = `# leading comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n${POD}---\n`;
    const report = lintText(text, { rules: [probe], config: { rules: { probe: { options: { paths: [['metadata', 'name']] } } } } });
    expect(report.findings.map((f) => [f.object?.kind, f.line, f.column])).toEqual([
      ['ConfigMap', 5, 12],
      ['Pod', 10, 3],
    ]);
    expect(report.summary).toMatchObject({ documents: 2, objects: 2, skipped: 0 });
  });
  it('put values reached through an alias at the alias, and the alias key itself at its key', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: &l
    app: web
  annotations: *l
`;
    expect(at(text, ['metadata', 'annotations', 'app'])).toEqual([[7, 16, 7, 18]]);
    expect(at(text, ['metadata', 'annotations'])).toEqual([[7, 3, 7, 18]]);
    expect(at(text, ['metadata', 'labels', 'app'])).toEqual([[6, 5, 6, 13]]);
  });
  it('put keys that come from a merge at the merged value', () => {
    const text = 'apiVersion: v1\nkind: Pod\nbase: &b {x: 1}\nmetadata:\n  <<: *b\n  name: web\n';
    expect(at(text, ['metadata', 'x'])).toEqual([[5, 7, 5, 9]]);
    expect(at(text, ['metadata', 'name'])).toEqual([[6, 3, 6, 12]]);
  });
  it('are exact in JSON manifests', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "web"},\n  "spec": {\n    "containers": [{"name": "a", "image": "x"}]\n  }\n}\n';
    expect(at(text, ['spec', 'containers', 0, 'image'])).toEqual([[6, 34, 6, 46]]);
  });
  it('are relative to the item in a kind: List', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a}\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: b\n';
    const report = lintText(text, { rules: [probe], config: { rules: { probe: { options: { paths: [['metadata', 'name']] } } } } });
    expect(report.findings.map((f) => [f.object?.name, f.path, f.line, f.column])).toEqual([
      ['a', 'metadata.name', 6, 16],
      ['b', 'metadata.name', 10, 7],
    ]);
  });
  it('of a YAML syntax error point at the error, and other documents are still linted', () => {
    const text = `${POD}---\nkey: [unclosed\n---\n${POD}`;
    const report = lintText(text);
    expect(report.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['no-privileged-container', 10],
      ['parse-error', 13],
      ['no-privileged-container', 23],
    ]);
  });
});
