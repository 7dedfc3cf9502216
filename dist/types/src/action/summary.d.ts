import type { LintReport } from '../core/report.js';
export declare const MAX_SUMMARY_ROWS = 500;
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
export declare function summaryMarkdown(report: LintReport, options: SummaryOptions): string;
