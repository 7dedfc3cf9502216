import { describe, expect, it } from 'vitest';
import { applyBaseline, BaselineMatcher, createBaseline, fingerprint, parseBaseline } from './baseline.js';
import type { Finding, LintReport } from './report.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'no-privileged-container',
  category: 'security',
  severity: 'error',
  message: 'm',
  file: 'k8s/web.yaml',
  line: 10,
  column: 9,
  endLine: 10,
  endColumn: 25,
  path: 'spec.containers[0].securityContext.privileged',
  object: { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: 'web' },
  messageId: 'privileged',
  ...over,
});

describe('fingerprint', () => {
  it('ignores lines, columns, message text, severity and (for objects) the file', () => {
    const base = fingerprint(finding());
    expect(fingerprint(finding({ line: 99, column: 1, endLine: 99, endColumn: 2, message: 'other', severity: 'warning', file: 'moved/web.yaml' }))).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{14}$/);
  });

  it.each([
    ['rule', { ruleId: 'other-rule' }],
    ['message id', { messageId: 'other' }],
    ['field path', { path: 'spec.containers[1].securityContext.privileged' }],
    ['kind', { object: { apiVersion: 'v1', kind: 'PodTemplate', namespace: 'shop', name: 'web' } }],
    ['namespace', { object: { apiVersion: 'v1', kind: 'Pod', namespace: 'prod', name: 'web' } }],
    ['name', { object: { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: 'api' } }],
  ])('changes with the %s', (_what, over: Partial<Finding>) => {
    expect(fingerprint(finding(over))).not.toBe(fingerprint(finding()));
  });

  it('uses the file for findings outside any object', () => {
    const a = finding({ ruleId: 'parse-error', object: undefined, path: '', file: 'a.yaml' });
    expect(fingerprint(a)).not.toBe(fingerprint({ ...a, file: 'b.yaml' }));
    expect(fingerprint(a)).toBe(fingerprint({ ...a, line: 3 }));
  });
});

describe('createBaseline', () => {
  it('counts identical fingerprints, sorts entries, leaves out suppressed and suppression findings', () => {
    const b = createBaseline([
      finding({ path: 'spec.b' }),
      finding({ path: 'spec.a' }),
      finding({ path: 'spec.a', line: 20 }),
      finding({ path: 'spec.c', suppressed: { kind: 'inline', reason: 'r' } }),
      finding({ path: 'spec.d', suppressed: { kind: 'baseline', reason: 'recorded in the baseline' } }),
      finding({ ruleId: 'suppression', path: '', object: undefined }),
    ]);
    expect(b.podlintBaseline).toBe(1);
    expect(b.findings.map((e) => [e.path, e.count, e.object])).toEqual([
      ['spec.a', 2, 'Pod shop/web'],
      ['spec.b', 1, 'Pod shop/web'],
      ['spec.d', 1, 'Pod shop/web'],
    ]);
  });
});

describe('parseBaseline', () => {
  it('accepts what createBaseline writes', () => {
    const b = createBaseline([finding()]);
    expect(parseBaseline(JSON.parse(JSON.stringify(b)))).toEqual(b);
  });
  it.each([
    [[], 'not a podlint baseline'],
    [{ podlintBaseline: 2, findings: [] }, 'unsupported baseline version 2'],
    [{ podlintBaseline: 1 }, '"findings" must be an array'],
    [{ podlintBaseline: 1, findings: [{}] }, 'findings[0] has no fingerprint'],
    [{ podlintBaseline: 1, findings: [{ fingerprint: 'x', count: 0 }] }, 'findings[0].count must be a positive integer'],
  ])('rejects %j', (value, message) => {
    expect(() => parseBaseline(value, 'b.json')).toThrow(`b.json: ${message}`);
  });
});

describe('BaselineMatcher and applyBaseline', () => {
  it('consumes counts', () => {
    const m = new BaselineMatcher(createBaseline([finding()]));
    expect(m.take(finding({ line: 50 }))).toBe(true);
    expect(m.take(finding())).toBe(false);
  });

  it('marks recorded findings and recounts the summary', () => {
    const report: LintReport = {
      kubernetesVersion: '1.37',
      findings: [finding(), finding({ path: 'spec.new', severity: 'warning' })],
      summary: { files: 1, documents: 1, objects: 1, skipped: 0, errors: 1, warnings: 1, infos: 0, suppressed: 0 },
    };
    const out = applyBaseline(report, createBaseline([finding()]));
    expect(out.findings.map((f) => f.suppressed?.kind)).toEqual(['baseline', undefined]);
    expect(out.summary).toEqual({ files: 1, documents: 1, objects: 1, skipped: 0, errors: 0, warnings: 1, infos: 0, suppressed: 1 });
    expect(report.findings[0]!.suppressed).toBeUndefined();
  });
});
