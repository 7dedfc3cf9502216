import type { Command } from 'commander';
import pkg from '../../package.json';
import type { ConfigOverrides } from '../core/config-base.js';
import type { LintReport } from '../core/report.js';
import type { AnyRule, PodSecurityLevel, SeveritySetting } from '../core/rule.js';
export { pkg };
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    readStdin: () => Promise<string>;
    env: Record<string, string | undefined>;
    cwd: string;
    isTTY: boolean;
    /** The script worker threads run (the CLI bundle); without it, lint runs on this thread only. */
    workerScript?: string;
    /** Cores available, for `--threads auto` (default 1). */
    cores?: number;
}
export declare const SEVERITIES: string[];
export declare const LEVELS: string[];
export declare function collect(value: string, previous: string[]): string[];
export declare function parseRuleFlags(values: readonly string[], rules?: readonly AnyRule[]): Record<string, SeveritySetting>;
export declare function checkVersion(v: string | undefined): string | undefined;
export declare function useColor(flag: boolean | undefined, io: CliIo): boolean;
/** Flags shared by every command that lints (lint, diff). */
export interface LintFlags {
    format: string;
    outputFile?: string;
    config?: string;
    configLookup: boolean;
    kubernetesVersion?: string;
    podSecurityLevel?: PodSecurityLevel;
    rule: string[];
    maxWarnings?: string;
    quiet?: boolean;
    stdinFilename?: string;
    ignorePattern: string[];
    ignore: boolean;
    /** `--threads`: a number, or `auto`. */
    threads?: string;
    color?: boolean;
    /** `--sarif-category`: SARIF `automationDetails.id`. */
    sarifCategory?: string;
    /** `--strict`: honour only the config's `ignores`. */
    strict?: boolean;
    /** `--[no-]report-unused-suppressions` (undefined: on when `CI` is set). */
    reportUnusedSuppressions?: boolean;
    /** `--baseline FILE`: report only findings not recorded in it. */
    baseline?: string;
    /** `--write-baseline FILE`: record the current findings. */
    writeBaseline?: string;
}
/** Built-in rules plus the custom rules of the config's `plugins:` (the config `--config` names or lookup finds). */
export declare function loadRunRules(flags: Pick<LintFlags, 'config' | 'configLookup'>, io: Pick<CliIo, 'cwd'>): Promise<AnyRule[]>;
export declare function exitCodeFor(report: LintReport, maxWarnings: number | undefined): number;
/**
 * Format a report and write it to stdout or --output-file. With `--write-baseline FILE`, first record the
 * findings there and report them as baselined. Returns the report as shown (for the exit code).
 * `rules`: every rule of the run, plugins included (default: the built-in rules).
 */
export declare function emit(report: LintReport, flags: LintFlags, io: CliIo, rules?: readonly AnyRule[]): Promise<LintReport>;
/** `--max-warnings` as a number (undefined when not given). */
export declare function maxWarningsOf(flags: LintFlags): number | undefined;
/** True when the `CI` environment variable is set (and not "false" or "0"). */
export declare function isCi(env: Record<string, string | undefined>): boolean;
/**
 * Command-line settings that win over the config file. `io` (for `--baseline`, relative to its cwd, and the
 * `CI` default of `--report-unused-suppressions`) and `rules` (plugins, for `--rule`) are optional.
 */
export declare function overridesOf(flags: LintFlags, io?: Pick<CliIo, 'cwd' | 'env'>, rules?: readonly AnyRule[]): ConfigOverrides;
/** Add the options shared by lint and diff (format, output, config, version, rules, thresholds). */
export declare function addLintOptions(cmd: Command): Command;
