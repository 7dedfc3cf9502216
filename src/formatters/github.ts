// `--format github`: GitHub Actions workflow commands, one annotation per finding
// (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=<rule-id>::message`).
import type { Finding } from '../core/report.js';
import { repoRelativePath } from './paths.js';
import type { Formatter } from './types.js';

/** Escape the message part of a workflow command (as `@actions/core` does). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value of a workflow command: the data escapes plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export function annotationLevel(f: Finding): AnnotationLevel {
  return f.severity === 'info' ? 'notice' : f.severity;
}

/**
 * One workflow command for a finding. `file` is the repository-relative path (GitHub attaches the
 * annotation to the diff only then). Columns are sent only for single-line regions, as GitHub accepts
 * them only when the start and end lines are equal.
 */
export function workflowCommand(f: Finding, file: string): string {
  const props: [string, string | number][] = [
    ['file', file],
    ['line', f.line],
    ['endLine', Math.max(f.line, f.endLine)],
  ];
  if (f.endLine <= f.line) {
    props.push(['col', f.column], ['endColumn', Math.max(f.column, f.endColumn)]);
  }
  props.push(['title', f.ruleId]);
  const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${annotationLevel(f)} ${head}::${escapeData(f.message)}`;
}

/** Suppressed findings are not annotated. */
export const formatGithub: Formatter = (report, ctx) =>
  report.findings
    .filter((f) => !f.suppressed)
    .map((f) => `${workflowCommand(f, repoRelativePath(f.file, ctx.cwd, ctx.repoRoot))}\n`)
    .join('');
