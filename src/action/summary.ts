// The job summary: counts, then a table by rule and file with links to the rule docs and the lines.
import { docsUrl } from '../core/meta.js';
import type { Finding, LintReport } from '../core/report.js';
import type { Severity } from '../core/rule.js';
import { encodeRelativeUri } from '../formatters/paths.js';

export const MAX_SUMMARY_ROWS = 500;

export interface SummaryOptions {
  /** `https://github.com/owner/repo/blob/<sha>/` (trailing slash), or undefined when unknown. */
  blobBase: string | undefined;
  /** Display path → repository-relative path. */
  repoPath: (file: string) => string;
  /** One line saying what was linted (mode, base). */
  scope: string;
  sarifFile: string;
  failed: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Text for a Markdown table cell: no pipes or line breaks, no backticks inside a code span. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function code(text: string): string {
  return `\`${cell(text).replace(/`/g, "'")}\``;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryMarkdown(report: LintReport, options: SummaryOptions): string {
  const s = report.summary;
  const icon = options.failed ? '❌' : s.errors + s.warnings > 0 ? '⚠️' : '✅';
  const lines: string[] = [
    '## podlint',
    '',
    `${icon} ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} in ${plural(s.files, 'file')} ` +
      `(${plural(s.objects, 'object')}, Kubernetes ${report.kubernetesVersion})${s.suppressed ? `; ${s.suppressed} suppressed` : ''}. ${options.scope}`,
    '',
  ];
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const key = `${f.ruleId}\0${f.file}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  if (groups.size > 0) {
    const rows = [...groups.values()].sort(
      (a, b) =>
        Math.min(...a.map((f) => RANK[f.severity])) - Math.min(...b.map((f) => RANK[f.severity])) ||
        a[0]!.ruleId.localeCompare(b[0]!.ruleId) ||
        a[0]!.file.localeCompare(b[0]!.file),
    );
    lines.push('| Rule | File | Severity | Findings | Lines |', '| --- | --- | --- | --- | --- |');
    for (const list of rows.slice(0, MAX_SUMMARY_ROWS)) {
      const first = list[0]!;
      const repoPath = options.repoPath(first.file);
      const fileUrl = options.blobBase ? `${options.blobBase}${encodeRelativeUri(repoPath)}` : undefined;
      const severity = [...new Set(list.map((f) => f.severity))].sort((a, b) => RANK[a] - RANK[b]).join(', ');
      const lineList = [...new Set(list.map((f) => f.line))].sort((a, b) => a - b);
      const shown = lineList.slice(0, 10).map((l) => (fileUrl ? `[${l}](${fileUrl}#L${l})` : String(l)));
      if (lineList.length > 10) shown.push('…');
      lines.push(
        `| [${code(first.ruleId)}](${docsUrl(first.ruleId)}) | ${fileUrl ? `[${code(repoPath)}](${fileUrl})` : code(repoPath)} | ${severity} | ${list.length} | ${shown.join(', ')} |`,
      );
    }
    if (rows.length > MAX_SUMMARY_ROWS) lines.push('', `… and ${rows.length - MAX_SUMMARY_ROWS} more rule/file pairs: see the SARIF file.`);
    lines.push('');
  }
  lines.push(`SARIF: ${code(options.sarifFile)} (upload it with \`github/codeql-action/upload-sarif\`).`, '');
  return `${lines.join('\n')}\n`;
}
