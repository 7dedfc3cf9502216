import type { Config } from '../core/config-base.js';
import type { AnyRule } from '../core/rule.js';
export declare const CONFIG_FILE_NAMES: string[];
export interface LoadedConfig {
    config: Config;
    /** The config file, or undefined when none was found. */
    file: string | undefined;
    /** Directory that config globs are relative to. */
    baseDir: string;
    /** The file's text (to locate findings about its `ignores`). */
    text?: string;
}
/** The nearest .podlint.yaml from `cwd` upwards (stopping at the filesystem root). */
export declare function findConfigFile(cwd: string): string | undefined;
/** Read and validate a config file. Throws PodlintError with the file name and the offending key. */
export declare function readConfigFile(file: string, rules: readonly AnyRule[]): Config;
/** Load the config named by `--config`, or look one up from `cwd` unless `lookup` is false. */
export declare function loadConfig(options: {
    cwd: string;
    configFile?: string;
    lookup?: boolean;
    rules: readonly AnyRule[];
}): LoadedConfig;
