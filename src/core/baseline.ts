// Baselines: the findings a repository already has, recorded by a fingerprint that survives edits elsewhere in
// the file (rule, message id, object kind/namespace/name, field path: never a line number).
import { PodlintError } from './errors.js';
import { countSeverities } from './report.js';
import type { Finding, LintReport } from './report.js';

export const BASELINE_VERSION = 1;

/** The `reason` of a finding suppressed by a baseline. */
export const BASELINE_REASON = 'recorded in the baseline';

/** One recorded finding (or several identical ones: `count`). */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** `Kind namespace/name` of the object, or the file for findings outside any object (parse errors). */
  object: string;
  path: string;
  count: number;
}

/** The `--write-baseline` / `--baseline` file. */
export interface Baseline {
  podlintBaseline: number;
  findings: BaselineEntry[];
}

/** 53-bit string hash (cyrb53), as 14 hex digits: stable across runs and platforms. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

function objectLabel(f: Finding): string {
  if (!f.object) return f.file;
  const ns = f.object.namespace !== undefined ? `${f.object.namespace}/` : '';
  return `${f.object.kind} ${ns}${f.object.name ?? ''}`;
}

/** The fingerprint of a finding: rule, message id, object (or file when there is none), field path. */
export function fingerprint(f: Finding): string {
  const o = f.object;
  const where = o ? [o.kind, o.namespace ?? '', o.name ?? ''] : ['', '', '', f.file];
  return hash(JSON.stringify([f.ruleId, f.messageId ?? '', ...where, f.path]));
}

/** Findings that belong in a baseline: not suppressed by anything but a baseline, not about suppressions. */
export function baselineCandidates(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId !== 'suppression' && (!f.suppressed || f.suppressed.kind === 'baseline'));
}

/** Record findings (identical fingerprints are counted), sorted for stable diffs. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const byPrint = new Map<string, BaselineEntry>();
  for (const f of baselineCandidates(findings)) {
    const fp = fingerprint(f);
    const entry = byPrint.get(fp);
    if (entry) entry.count++;
    else byPrint.set(fp, { fingerprint: fp, ruleId: f.ruleId, object: objectLabel(f), path: f.path, count: 1 });
  }
  const entries = [...byPrint.values()].sort(
    (a, b) => a.ruleId.localeCompare(b.ruleId) || a.object.localeCompare(b.object) || a.path.localeCompare(b.path) || a.fingerprint.localeCompare(b.fingerprint),
  );
  return { podlintBaseline: BASELINE_VERSION, findings: entries };
}

/** Validate a parsed baseline file; throws PodlintError (E_USAGE) naming the problem. */
export function parseBaseline(value: unknown, source = 'baseline'): Baseline {
  const fail = (why: string): never => {
    throw new PodlintError('E_USAGE', `${source}: ${why} (write one with --write-baseline)`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a podlint baseline');
  const v = value as Record<string, unknown>;
  if (v['podlintBaseline'] !== BASELINE_VERSION) return fail(`unsupported baseline version ${JSON.stringify(v['podlintBaseline'])}`);
  if (!Array.isArray(v['findings'])) return fail('"findings" must be an array');
  const findings: BaselineEntry[] = [];
  (v['findings'] as unknown[]).forEach((e, i) => {
    const r = e as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null || typeof r['fingerprint'] !== 'string') return fail(`findings[${i}] has no fingerprint`);
    const count = r['count'] === undefined ? 1 : r['count'];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return fail(`findings[${i}].count must be a positive integer`);
    findings.push({ fingerprint: r['fingerprint'], ruleId: String(r['ruleId'] ?? ''), object: String(r['object'] ?? ''), path: String(r['path'] ?? ''), count });
  });
  return { podlintBaseline: BASELINE_VERSION, findings };
}

/** Counts per fingerprint, consumed as findings match (two recorded copies hide two findings, not three). */
export class BaselineMatcher {
  private readonly remaining = new Map<string, number>();

  constructor(baseline: Baseline) {
    for (const e of baseline.findings) this.remaining.set(e.fingerprint, (this.remaining.get(e.fingerprint) ?? 0) + e.count);
  }

  /** True (and one use consumed) when the finding is in the baseline. */
  take(f: Finding): boolean {
    const fp = fingerprint(f);
    const n = this.remaining.get(fp) ?? 0;
    if (n <= 0) return false;
    this.remaining.set(fp, n - 1);
    return true;
  }
}

/** Mark the findings of a report that a baseline records (as the engine does for `--baseline`); recount. */
export function applyBaseline(report: LintReport, baseline: Baseline): LintReport {
  const matcher = new BaselineMatcher(baseline);
  const findings = report.findings.map((f) =>
    f.ruleId === 'suppression' || f.suppressed || !matcher.take(f) ? f : { ...f, suppressed: { kind: 'baseline' as const, reason: BASELINE_REASON } },
  );
  return { ...report, findings, summary: { ...report.summary, ...countSeverities(findings), suppressed: findings.filter((f) => f.suppressed).length } };
}
