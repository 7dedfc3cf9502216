import { ConfigResolver } from '../core/config-base.js';
import type { ConfigOverrides } from '../core/config-base.js';
import { LintSession } from '../core/engine.js';
import type { RunSource, SourceFile } from '../core/engine.js';
import type { LintReport } from '../core/report.js';
import type { AnyRule } from '../core/rule.js';
import type { LoadedConfig } from './config-loader.js';
export interface LintFilesOptions {
    cwd?: string;
    /** `--config FILE`; otherwise `.podlint.yaml` is looked up from cwd upwards. */
    configFile?: string;
    configLookup?: boolean;
    /** Rules to run (default: the built-in rules). */
    rules?: readonly AnyRule[];
    overrides?: ConfigOverrides;
    ignorePatterns?: readonly string[];
    useIgnoreFile?: boolean;
    /** Text read from stdin, linted as `filename` (for `-`). */
    stdin?: {
        text: string;
        filename: string;
    };
    /**
     * Worker threads to lint on (0: this thread; default 0). Needs `workerScript`, and `rules` must be the
     * built-in rules plus the config's plugins (each worker loads them itself), as the CLI's are.
     */
    threads?: number | 'auto';
    /** Cores available, for `threads: 'auto'` (default 1). */
    cores?: number;
    /** The script a worker thread runs (the CLI bundle, which starts `runLintWorker` on a lint worker). */
    workerScript?: string;
}
/** `--threads auto`: worker threads only for runs big enough to repay their start (about 50 ms each). */
export declare function autoThreads(files: number, cores: number): number;
export interface PreparedRun {
    loaded: LoadedConfig;
    rules: AnyRule[];
    resolver: ConfigResolver;
    cwd: string;
    /** The overrides the resolver was built with (`today` filled in), for worker threads to build the same. */
    overrides: ConfigOverrides;
}
/** Today's local date as YYYY-MM-DD (for `expires` in config `ignores`). */
export declare function localToday(now?: Date): string;
/** Load config and build the resolver (shared by lint and diff). */
export declare function prepareRun(options: LintFilesOptions): PreparedRun;
/**
 * Read one file into a SourceFile; a file that cannot be read becomes a finding, not a crash. Synchronous:
 * lint runs read thousands of small files, and a read through the thread pool per file costs more than it saves.
 */
export declare function readSource(session: LintSession, run: PreparedRun, display: string): SourceFile | undefined;
/**
 * For each kind, whether the file may hold an object of it (one read for all kinds; a file that cannot be read
 * or is over the size limit holds none).
 */
export declare function fileMayHold(run: PreparedRun, display: string, kinds: readonly string[]): boolean[];
/**
 * A file of a streaming run, read from disk each time the run asks (nothing is kept between reads, so a big
 * run holds one file at a time). `read` reports a file that cannot be read as a finding.
 */
export declare function fileSource(session: LintSession, run: PreparedRun, display: string): RunSource;
/** Lint files, directories and globs (and stdin) in one run. */
export declare function lintFiles(inputs: readonly string[], options?: LintFilesOptions): Promise<LintReport>;
