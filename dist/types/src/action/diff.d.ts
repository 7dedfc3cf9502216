import type { LintReport } from '../core/report.js';
import type { DiffOptions } from '../node/diff-files.js';
import type { ActionIo } from './commands.js';
export interface DiffOutcome {
    /** Every finding under the paths (for the SARIF file). */
    report: LintReport;
    /** The findings in the changed manifests (what the step reports and fails on). */
    changes: LintReport;
    /** The changed manifests, relative to the workspace. */
    changed: string[];
    /** The base commit compared with. */
    base: string;
}
/** Keep the findings in `files` (display paths relative to `cwd`); recount the summary. */
export declare function onlyFiles(report: LintReport, files: readonly string[], cwd: string): LintReport;
export declare function runDiff(paths: readonly string[], baseRef: string, options: DiffOptions & {
    cwd: string;
}, io: ActionIo): Promise<DiffOutcome>;
