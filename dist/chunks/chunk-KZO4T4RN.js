import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  repoRelativePath
} from "./chunk-O5UQTVII.js";

// src/formatters/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationLevel(f) {
  return f.severity === "info" ? "notice" : f.severity;
}
function workflowCommand(f, file) {
  const props = [
    ["file", file],
    ["line", f.line],
    ["endLine", Math.max(f.line, f.endLine)]
  ];
  if (f.endLine <= f.line) {
    props.push(["col", f.column], ["endColumn", Math.max(f.column, f.endColumn)]);
  }
  props.push(["title", f.ruleId]);
  const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${annotationLevel(f)} ${head}::${escapeData(f.message)}`;
}
var formatGithub = (report, ctx) => report.findings.filter((f) => !f.suppressed).map((f) => `${workflowCommand(f, repoRelativePath(f.file, ctx.cwd, ctx.repoRoot))}
`).join("");

export {
  escapeData,
  escapeProperty,
  annotationLevel,
  workflowCommand,
  formatGithub
};
