// A streaming run (LintSession.lintRun: one file at a time, other files read only when a rule asks for objects
// of a kind) reports exactly what a run holding every object does (addFile for all, lintObjects, report), with
// suppressions of every kind, baselines and cross-object rules; and it reads other files only when needed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBaseline } from '../src/core/baseline.js';
import { ConfigResolver } from '../src/core/config.js';
import type { Config, ConfigOverrides } from '../src/core/config.js';
import { LintSession, textMayHold, textSource } from '../src/core/engine.js';
import type { RunSource, SourceFile } from '../src/core/engine.js';
import type { LintReport } from '../src/core/report.js';
import { ALL_RULES, FIXTURES, generateCorpus, manifestFiles } from './helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'podlint-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function filesUnder(dir: string): SourceFile[] {
  return manifestFiles(dir).map((p) => ({ path: path.relative(dir, p), text: readFileSync(p, 'utf8') }));
}

function classic(files: readonly SourceFile[], resolver: ConfigResolver): unknown {
  const session = new LintSession(ALL_RULES, resolver);
  const objects = files.flatMap((f) => session.addFile(f));
  session.lintObjects(objects);
  return session.report();
}

function streaming(files: readonly SourceFile[], resolver: ConfigResolver): unknown {
  return new LintSession(ALL_RULES, resolver).lintRun(files.map(textSource));
}

const SUPPRESSING: Config = {
  ignores: [
    { rule: 'no-privileged-container', reason: 'node agents', kind: 'DaemonSet' },
    { rule: 'unique-container-names', reason: 'generated', files: ['**/api-1*'] },
    { rule: 'no-such-rule-anywhere', reason: 'stale entry' },
    { rule: 'valid-labels', reason: 'expired', expires: '2020-01-01' },
  ],
};

describe('streaming and in-memory runs give the same report', () => {
  it('on every fixture (with the default config and with suppressions, unused ones reported)', () => {
    const files = filesUnder(FIXTURES);
    expect(files.length).toBeGreaterThan(100);
    for (const [config, overrides] of [[{}, {}], [SUPPRESSING, { reportUnusedSuppressions: true }]] as [Config, ConfigOverrides][]) {
      const resolver = (): ConfigResolver => new ConfigResolver(config, ALL_RULES, { today: '2026-06-01', ...overrides });
      expect(streaming(files, resolver())).toEqual(classic(files, resolver()));
    }
  });

  it('on a generated corpus, with a baseline that records part of the findings', () => {
    const dir = path.join(tmp, 'corpus');
    generateCorpus(dir, 300, 3);
    const files = filesUnder(dir);
    const plain = classic(files, new ConfigResolver({}, ALL_RULES, { today: '2026-06-01' })) as { findings: { ruleId: string; file: string; message: string; path: string }[] };
    expect(plain.findings.length).toBeGreaterThan(20);
    expect(streaming(files, new ConfigResolver({}, ALL_RULES, { today: '2026-06-01' }))).toEqual(plain);
    const baseline = createBaseline((plain as LintReport).findings.filter((_, i) => i % 3 === 0));
    const resolver = (): ConfigResolver => new ConfigResolver(SUPPRESSING, ALL_RULES, { today: '2026-06-01', baseline, reportUnusedSuppressions: true });
    const withBaseline = streaming(files, resolver()) as { summary: { suppressed: number } };
    expect(withBaseline.summary.suppressed).toBeGreaterThan(0);
    expect(withBaseline).toEqual(classic(files, resolver()));
  });

  it('cross-object rules see Namespaces and Services of other files, before or after, whatever their spelling', () => {
    const pod = (ns: string, extra = ''): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ${ns}}\nspec:\n  subdomain: db\n  containers:\n  - name: c\n    image: x\n    securityContext: {privileged: true}${extra}\n`;
    const files: SourceFile[] = [
      { path: 'a.yaml', text: pod('team') },
      { path: 'b.yaml', text: 'apiVersion: v1\nkind: "Name\\x73pace"\nmetadata:\n  name: team\n  labels: {pod-security.kubernetes.io/enforce: restricted}\n' },
      { path: 'c.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata: {name: db, namespace: team}\nspec: {clusterIP: 10.0.0.1}\n' },
      { path: 'd.json', text: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other', labels: { 'pod-security.kubernetes.io/enforce': 'baseline' } } }] }) },
      { path: 'e.yaml', text: pod('other') },
    ];
    const resolver = (): ConfigResolver => new ConfigResolver({}, ALL_RULES, { today: '2026-06-01' });
    const report = streaming(files, resolver()) as { findings: { ruleId: string; file: string }[] };
    expect(report).toEqual(classic(files, resolver()));
    const rules = (file: string): string[] => report.findings.filter((f) => f.file === file).map((f) => f.ruleId);
    // The restricted level came from b.yaml's escaped kind; the Service of c.yaml is not headless.
    expect(rules('a.yaml')).toEqual(expect.arrayContaining(['headless-service-subdomain', 'pod-security-run-as-non-root']));
    expect(rules('e.yaml')).not.toContain('pod-security-run-as-non-root');
  });

  it('reads other files only for a kind a rule asks for, and only those that may hold it', () => {
    const reads: string[] = [];
    const counted = (file: SourceFile): RunSource => {
      const s = textSource(file);
      return { ...s, peek: () => (reads.push(file.path), s.peek()) };
    };
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: team}\nspec:\n  containers:\n  - {name: c, image: x}\n';
    const files = [
      { path: 'pod.yaml', text: pod },
      { path: 'ns.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: team}\n' },
      { path: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n' },
    ];
    new LintSession(ALL_RULES, new ConfigResolver({}, ALL_RULES, {})).lintRun(files.map(counted));
    // Pod Security asks for Namespaces (the pod has a namespace); no pod has a subdomain, so no Services.
    expect(reads).toEqual(['ns.yaml']);
    expect(textMayHold('kind: Namespace', 'Namespace')).toBe(true);
    expect(textMayHold('kind: NamespaceList', 'Namespace')).toBe(false);
    expect(textMayHold('kind: "Name\\u0073pace"', 'Namespace')).toBe(true);
    expect(textMayHold('kind: !!binary TmFtZXNwYWNl', 'Namespace')).toBe(true);
  });
});
