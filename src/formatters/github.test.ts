import { describe, expect, it } from 'vitest';
import type { Finding, LintReport } from '../core/report.js';
import { escapeData, escapeProperty, formatGithub, workflowCommand } from './github.js';
import { encodeRelativeUri, repoRelativePath } from './paths.js';
import type { FormatContext } from './types.js';

const base: Finding = {
  ruleId: 'no-privileged-container',
  category: 'security',
  severity: 'error',
  message: 'spec.containers[0].securityContext.privileged: container "app" is privileged.',
  file: 'k8s/pod.yaml',
  line: 9,
  column: 25,
  endLine: 9,
  endColumn: 29,
  path: 'spec.containers[0].securityContext.privileged',
};

function report(findings: Finding[]): LintReport {
  return { kubernetesVersion: '1.37', findings, summary: { files: 1, documents: 1, objects: 1, skipped: 0, errors: 0, warnings: 0, infos: 0 } };
}

const ctx: FormatContext = { rules: [], cwd: '/repo/apps', repoRoot: '/repo', color: false, tool: { name: 'podlint', version: '0.1.0' } };

describe('github format', () => {
  it('prints one workflow command per finding with a repository-relative file', () => {
    expect(formatGithub(report([base]), ctx)).toBe(
      '::error file=apps/k8s/pod.yaml,line=9,endLine=9,col=25,endColumn=29,title=no-privileged-container::spec.containers[0].securityContext.privileged: container "app" is privileged.\n',
    );
  });

  it('maps severities to error, warning and notice', () => {
    const out = formatGithub(report([base, { ...base, severity: 'warning' }, { ...base, severity: 'info' }]), ctx);
    expect(out.split('\n').map((l) => l.split(' ')[0])).toEqual(['::error', '::warning', '::notice', '']);
  });

  it('leaves out columns when the region spans several lines', () => {
    expect(workflowCommand({ ...base, endLine: 12, endColumn: 3 }, 'a.yaml')).toBe(
      `::error file=a.yaml,line=9,endLine=12,title=no-privileged-container::${base.message}`,
    );
  });

  it('escapes data and property values per the workflow-command rules', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b');
    expect(escapeProperty('dir:x,y/100%\n')).toBe('dir%3Ax%2Cy/100%25%0A');
    const cmd = workflowCommand({ ...base, message: 'line one\nline two: 100%' }, 'we,ird:name.yaml');
    expect(cmd).toBe('::error file=we%2Cird%3Aname.yaml,line=9,endLine=9,col=25,endColumn=29,title=no-privileged-container::line one%0Aline two: 100%25');
  });

  it('prints nothing for a clean report', () => {
    expect(formatGithub(report([]), ctx)).toBe('');
  });
});

describe('repository-relative paths', () => {
  it.each([
    ['k8s/pod.yaml', '/repo', '/repo', 'k8s/pod.yaml'],
    ['k8s/pod.yaml', '/repo/apps', '/repo', 'apps/k8s/pod.yaml'],
    ['./k8s/../pod.yaml', '/repo', '/repo', 'pod.yaml'],
    ['/repo/apps/pod.yaml', '/elsewhere', '/repo', 'apps/pod.yaml'],
    ['../other/pod.yaml', '/repo/apps', '/repo', 'other/pod.yaml'],
    ['pod.yaml', '/work', undefined, 'pod.yaml'],
    ['k8s\\win\\pod.yaml', 'C:\\repo', 'C:\\repo', 'k8s/win/pod.yaml'],
    ['<stdin>', '/repo', '/repo', '<stdin>'],
  ])('%s from %s in %s → %s', (file, cwd, root, expected) => {
    expect(repoRelativePath(file, cwd, root)).toBe(expected);
  });

  it('percent-encodes each segment', () => {
    expect(encodeRelativeUri('deploy/web pod#1?.yaml')).toBe('deploy/web%20pod%231%3F.yaml');
    expect(encodeRelativeUri('../a b/ü.yaml')).toBe('../a%20b/%C3%BC.yaml');
    expect(encodeRelativeUri('HEAD:k8s/pod.yaml')).toBe('HEAD%3Ak8s/pod.yaml');
  });
});
