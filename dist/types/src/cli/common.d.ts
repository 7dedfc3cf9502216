import type { Command } from 'commander';
import pkg from '../../package.json';
import type { ConfigOverrides } from '../core/config.js';
import type { LintReport } from '../core/report.js';
import type { PodSecurityLevel, SeveritySetting } from '../core/rule.js';
export { pkg };
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    readStdin: () => Promise<string>;
    env: Record<string, string | undefined>;
    cwd: string;
    isTTY: boolean;
}
export declare const SEVERITIES: string[];
export declare const LEVELS: string[];
export declare function collect(value: string, previous: string[]): string[];
export declare function parseRuleFlags(values: readonly string[]): Record<string, SeveritySetting>;
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
    color?: boolean;
}
export declare function exitCodeFor(report: LintReport, maxWarnings: number | undefined): number;
/** Format a report and write it to stdout or --output-file. */
export declare function emit(report: LintReport, flags: LintFlags, io: CliIo): Promise<void>;
/** `--max-warnings` as a number (undefined when not given). */
export declare function maxWarningsOf(flags: LintFlags): number | undefined;
/** Command-line settings that win over the config file. */
export declare function overridesOf(flags: LintFlags): ConfigOverrides;
/** Add the options shared by lint and diff (format, output, config, version, rules, thresholds). */
export declare function addLintOptions(cmd: Command): Command;
