import type { LintReport } from '../core/report.js';
import type { AnyRule } from '../core/rule.js';
export interface FormatContext {
    /** Every rule of the run (built-ins and plugins), for formats that describe rules (SARIF). */
    rules: readonly AnyRule[];
    /** Working directory, for formats that need paths relative to a root. */
    cwd: string;
    /** ANSI colour allowed (stylish only). */
    color: boolean;
    tool: {
        name: string;
        version: string;
        informationUri?: string;
    };
    /**
     * Absolute root of the git repository that holds `cwd` (computed by the caller: formatters do no I/O).
     * SARIF and the `github` format report paths relative to it; relative to `cwd` when it is not set.
     */
    repoRoot?: string;
    /** `--sarif-category`: SARIF `runAutomationDetails.id`, which tells GitHub's uploads apart. */
    sarifCategory?: string;
}
export type Formatter = (report: LintReport, ctx: FormatContext) => string;
