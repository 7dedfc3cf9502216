import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import "./chunk-EOAGVCXE.js";

// src/formatters/junit.ts
function xmlEscape(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function line(f) {
  return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`;
}
var formatJunit = (report) => {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const rules = byFile.get(f.file) ?? /* @__PURE__ */ new Map();
    const list = rules.get(f.ruleId) ?? [];
    list.push(f);
    rules.set(f.ruleId, list);
    byFile.set(f.file, rules);
  }
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const [file, rules] of byFile) {
    const cases = [];
    let suiteFailures = 0;
    for (const [ruleId, findings] of rules) {
      const failing = findings.filter((f) => f.severity !== "info");
      const infos = findings.filter((f) => f.severity === "info");
      const open = `    <testcase classname="${xmlEscape(file)}" name="${xmlEscape(ruleId)}" file="${xmlEscape(file)}" time="0">`;
      const body = [];
      if (failing.length > 0) {
        suiteFailures++;
        const first = failing[0];
        const summary = failing.length === 1 ? `${first.line}:${first.column} ${first.message}` : `${failing.length} findings, first at ${first.line}:${first.column}: ${first.message}`;
        body.push(`      <failure type="${xmlEscape(ruleId)}" message="${xmlEscape(summary)}">${xmlEscape(failing.map(line).join("\n"))}</failure>`);
      }
      if (infos.length > 0) body.push(`      <system-out>${xmlEscape(infos.map(line).join("\n"))}</system-out>`);
      cases.push(`${open}
${body.join("\n")}
    </testcase>`);
    }
    tests += rules.size;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${xmlEscape(file)}" tests="${rules.size}" failures="${suiteFailures}" errors="0" skipped="0">
${cases.join("\n")}
  </testsuite>`
    );
  }
  if (suites.length === 0) {
    const s = report.summary;
    tests = 1;
    suites.push(
      `  <testsuite name="podlint" tests="1" failures="0" errors="0" skipped="0">
    <testcase classname="podlint" name="podlint" time="0">
      <system-out>${xmlEscape(`No problems in ${s.files} files (${s.objects} objects) for Kubernetes ${report.kubernetesVersion}.`)}</system-out>
    </testcase>
  </testsuite>`
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="podlint" tests="${tests}" failures="${failures}" errors="0">
${suites.join("\n")}
</testsuites>
`;
};
export {
  formatJunit,
  xmlEscape
};
