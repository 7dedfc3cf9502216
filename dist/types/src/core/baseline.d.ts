import type { Finding, LintReport } from './report.js';
export declare const BASELINE_VERSION = 1;
/** The `reason` of a finding suppressed by a baseline. */
export declare const BASELINE_REASON = "recorded in the baseline";
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
/** The fingerprint of a finding: rule, message id, object (or file when there is none), field path. */
export declare function fingerprint(f: Finding): string;
/** Findings that belong in a baseline: not suppressed by anything but a baseline, not about suppressions. */
export declare function baselineCandidates(findings: readonly Finding[]): Finding[];
/** Record findings (identical fingerprints are counted), sorted for stable diffs. */
export declare function createBaseline(findings: readonly Finding[]): Baseline;
/** Validate a parsed baseline file; throws PodlintError (E_USAGE) naming the problem. */
export declare function parseBaseline(value: unknown, source?: string): Baseline;
/** Counts per fingerprint, consumed as findings match (two recorded copies hide two findings, not three). */
export declare class BaselineMatcher {
    private readonly remaining;
    constructor(baseline: Baseline);
    /** True (and one use consumed) when the finding is in the baseline. */
    take(f: Finding): boolean;
}
/** Mark the findings of a report that a baseline records (as the engine does for `--baseline`); recount. */
export declare function applyBaseline(report: LintReport, baseline: Baseline): LintReport;
