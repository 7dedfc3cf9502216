// `--format junit`: JUnit XML for CI test-report views. One test suite per file, one test case per file
// and rule; a test case fails when its rule reported an error or a warning there (infos are listed in
// `system-out`); suppressed findings are left out. A run without findings is one passing test case, so
// the report is never empty.
import type { Finding } from '../core/report.js';
import type { Formatter } from './types.js';

/** Escape text for XML content and attribute values; drop characters XML 1.0 cannot hold. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function line(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`;
}

export const formatJunit: Formatter = (report) => {
  const byFile = new Map<string, Map<string, Finding[]>>();
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const rules = byFile.get(f.file) ?? new Map<string, Finding[]>();
    const list = rules.get(f.ruleId) ?? [];
    list.push(f);
    rules.set(f.ruleId, list);
    byFile.set(f.file, rules);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, rules] of byFile) {
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const [ruleId, findings] of rules) {
      const failing = findings.filter((f) => f.severity !== 'info');
      const infos = findings.filter((f) => f.severity === 'info');
      const open = `    <testcase classname="${xmlEscape(file)}" name="${xmlEscape(ruleId)}" file="${xmlEscape(file)}" time="0">`;
      const body: string[] = [];
      if (failing.length > 0) {
        suiteFailures++;
        const first = failing[0]!;
        const summary = failing.length === 1 ? `${first.line}:${first.column} ${first.message}` : `${failing.length} findings, first at ${first.line}:${first.column}: ${first.message}`;
        body.push(`      <failure type="${xmlEscape(ruleId)}" message="${xmlEscape(summary)}">${xmlEscape(failing.map(line).join('\n'))}</failure>`);
      }
      if (infos.length > 0) body.push(`      <system-out>${xmlEscape(infos.map(line).join('\n'))}</system-out>`);
      cases.push(`${open}\n${body.join('\n')}\n    </testcase>`);
    }
    tests += rules.size;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${xmlEscape(file)}" tests="${rules.size}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  if (suites.length === 0) {
    const s = report.summary;
    tests = 1;
    suites.push(
      `  <testsuite name="podlint" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="podlint" name="podlint" time="0">\n      <system-out>${xmlEscape(`No problems in ${s.files} files (${s.objects} objects) for Kubernetes ${report.kubernetesVersion}.`)}</system-out>\n    </testcase>\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="podlint" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
