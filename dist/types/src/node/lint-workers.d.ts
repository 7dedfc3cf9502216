import type { ConfigOverrides } from '../core/config-base.js';
import { LintSession } from '../core/engine.js';
import type { LintReport } from '../core/report.js';
import type { PreparedRun } from './lint-files.js';
/** Marks the workerData of a lint worker (the CLI bundle starts a worker when it sees it). */
export declare const LINT_WORKER = "podlint-lint-worker";
/** What a worker needs to set up the same run as the main thread (all of it can be cloned). */
export interface WorkerSetup {
    kind: typeof LINT_WORKER;
    cwd: string;
    configFile: string | undefined;
    configLookup: boolean | undefined;
    overrides: ConfigOverrides;
    files: readonly string[];
}
/**
 * Lint `files` on `threads` worker threads started from `script` (the CLI bundle), taking the results into
 * `session` (whose files are registered in order). Rejects when a worker fails (a rule crash, out of memory).
 */
export declare function lintOnWorkers(session: LintSession, run: PreparedRun, setup: Omit<WorkerSetup, 'kind'>, threads: number, script: string): Promise<LintReport>;
/** The body of a lint worker: set up the run as the main thread did, then lint the chunks it is given. */
export declare function runLintWorker(): Promise<void>;
