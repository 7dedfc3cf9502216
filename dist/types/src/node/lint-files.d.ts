import { ConfigResolver } from '../core/config-base.js';
import type { ConfigOverrides } from '../core/config-base.js';
import { LintSession } from '../core/engine.js';
import type { SourceFile } from '../core/engine.js';
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
}
export interface PreparedRun {
    loaded: LoadedConfig;
    rules: AnyRule[];
    resolver: ConfigResolver;
    cwd: string;
}
/** Today's local date as YYYY-MM-DD (for `expires` in config `ignores`). */
export declare function localToday(now?: Date): string;
/** Load config and build the resolver (shared by lint and diff). */
export declare function prepareRun(options: LintFilesOptions): PreparedRun;
/** Read one file into a SourceFile; a file that cannot be read becomes a finding, not a crash. */
export declare function readSource(session: LintSession, run: PreparedRun, display: string): Promise<SourceFile | undefined>;
/** Lint files, directories and globs (and stdin) in one run. */
export declare function lintFiles(inputs: readonly string[], options?: LintFilesOptions): Promise<LintReport>;
