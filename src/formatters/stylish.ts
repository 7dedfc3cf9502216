// `--format stylish` (default): ESLint-style, grouped by file, with a summary line.
import pc from 'picocolors';
import type { Finding } from '../core/report.js';
import type { Formatter } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const formatStylish: Formatter = (report, ctx) => {
  const c = pc.createColors(ctx.color);
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    // Suppressed findings are not shown; the summary line counts them.
    if (f.suppressed) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(c.underline(file));
    const rows = findings.map((f) => [
      `${f.line}:${f.column}`,
      f.severity,
      f.message,
      f.ruleId,
    ]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    for (const [pos, sev, msg, rule] of rows) {
      const sevText = sev === 'error' ? c.red(sev!.padEnd(w1)) : sev === 'warning' ? c.yellow(sev!.padEnd(w1)) : c.blue(sev!.padEnd(w1));
      lines.push(`  ${c.dim(pos!.padEnd(w0))}  ${sevText}  ${msg}  ${c.dim(rule!)}`);
    }
    lines.push('');
  }
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`;
  const suppressed = s.suppressed ?? report.findings.filter((f) => f.suppressed).length;
  const scanned = `${plural(s.files, 'file')}, ${plural(s.objects, 'object')} linted for Kubernetes ${report.kubernetesVersion}${s.skipped > 0 ? `, ${plural(s.skipped, 'document')} skipped (no apiVersion/kind)` : ''}${suppressed > 0 ? `, ${plural(suppressed, 'finding')} suppressed` : ''}`;
  if (total === 0) {
    lines.push(`${c.green('✔')} No problems (${scanned}).`);
  } else {
    const mark = s.errors > 0 ? c.red(c.bold('✖')) : c.yellow(c.bold('⚠'));
    lines.push(`${mark} ${plural(total, 'problem')} (${counts}) in ${scanned}.`);
  }
  return `${lines.join('\n')}\n`;
};
