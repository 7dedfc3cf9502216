import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import "./chunk-EOAGVCXE.js";

// src/formatters/json.ts
function jsonFinding(f) {
  const out = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path
  };
  if (f.object) out["object"] = f.object;
  if (f.podSecurity) out["podSecurity"] = f.podSecurity;
  if (f.previous) out["previous"] = f.previous;
  if (f.suppressed) out["suppressed"] = f.suppressed;
  for (const [k, v] of Object.entries(f)) if (!(k in out) && v !== void 0) out[k] = v;
  return out;
}
var formatJson = (report, ctx) => `${JSON.stringify(
  {
    tool: { name: ctx.tool.name, version: ctx.tool.version },
    kubernetesVersion: report.kubernetesVersion,
    findings: report.findings.map(jsonFinding),
    summary: report.summary
  },
  null,
  2
)}
`;
export {
  formatJson,
  jsonFinding
};
