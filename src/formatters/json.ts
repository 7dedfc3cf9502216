// `--format json`: the stable document scripts and the other tools read.
import type { Finding } from '../core/report.js';
import type { Formatter } from './types.js';

/** A finding with its keys in the documented order (extra keys follow). */
export function jsonFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
  };
  if (f.object) out['object'] = f.object;
  if (f.podSecurity) out['podSecurity'] = f.podSecurity;
  if (f.previous) out['previous'] = f.previous;
  if (f.suppressed) out['suppressed'] = f.suppressed;
  for (const [k, v] of Object.entries(f)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

export const formatJson: Formatter = (report, ctx) =>
  `${JSON.stringify(
    {
      tool: { name: ctx.tool.name, version: ctx.tool.version },
      kubernetesVersion: report.kubernetesVersion,
      findings: report.findings.map(jsonFinding),
      summary: report.summary,
    },
    null,
    2,
  )}\n`;
