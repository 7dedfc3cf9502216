import { describe, expect, it } from 'vitest';
import type { Finding, LintReport } from '../core/report.js';
import { formatJunit, xmlEscape } from './junit.js';
import type { FormatContext } from './types.js';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'no-privileged-container',
  category: 'security',
  severity: 'error',
  message: 'spec.containers[0].securityContext.privileged: "app" <is> privileged & more.',
  file: 'k8s/a.yaml',
  line: 9,
  column: 25,
  endLine: 9,
  endColumn: 29,
  path: 'spec.containers[0].securityContext.privileged',
  ...over,
});

function report(findings: Finding[]): LintReport {
  return { kubernetesVersion: '1.37', findings, summary: { files: 3, documents: 3, objects: 3, skipped: 0, errors: 0, warnings: 0, infos: 0 } };
}

const ctx: FormatContext = { rules: [], cwd: '/repo', color: false, tool: { name: 'podlint', version: '0.1.0' } };

function count(xml: string, re: RegExp): number {
  return [...xml.matchAll(re)].length;
}

describe('junit format', () => {
  const xml = formatJunit(
    report([
      f({}),
      f({ line: 20 }),
      f({ ruleId: 'unique-container-names', category: 'validity', line: 12 }),
      f({ file: 'k8s/b.yaml', ruleId: 'some-pitfall', category: 'pitfall', severity: 'warning' }),
      f({ file: 'k8s/c.yaml', ruleId: 'some-note', category: 'pitfall', severity: 'info' }),
    ]),
    ctx,
  );

  it('has one test case per file and rule, failing for errors and warnings', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="podlint" tests="4" failures="3" errors="0">')).toBe(true);
    expect(count(xml, /<testsuite /g)).toBe(3);
    expect(count(xml, /<testcase /g)).toBe(4);
    expect(count(xml, /<failure /g)).toBe(3);
    expect(xml).toContain('<testsuite name="k8s/a.yaml" tests="2" failures="2" errors="0" skipped="0">');
    expect(xml).toContain('<testcase classname="k8s/c.yaml" name="some-note" file="k8s/c.yaml" time="0">\n      <system-out>');
  });

  it('lists every finding of a rule in its failure, escaped', () => {
    expect(xml).toContain('message="2 findings, first at 9:25: spec.containers[0].securityContext.privileged: &quot;app&quot; &lt;is&gt; privileged &amp; more."');
    expect(xml).toContain('k8s/a.yaml:20:25: error: ');
    expect(xml).not.toMatch(/<is>|& more/);
  });

  it('a clean run is one passing test case', () => {
    const clean = formatJunit(report([]), ctx);
    expect(clean).toContain('<testsuites name="podlint" tests="1" failures="0" errors="0">');
    expect(clean).toContain('No problems in 3 files (3 objects) for Kubernetes 1.37.');
    expect(count(clean, /<failure/g)).toBe(0);
  });

  it('drops characters XML cannot hold', () => {
    expect(xmlEscape('a\u0000b\u001bc\'"')).toBe('abc&apos;&quot;');
  });
});
