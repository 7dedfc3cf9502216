import type { Config, ConfigSource } from '../core/config.js';
import type { AnyRule } from '../core/rule.js';
import type { AdmissionSettings } from './admission.js';
/** A date as YYYY-MM-DD in local time, as the CLI passes it for `ignores[].expires`. */
export declare function dayOf(now: Date): string;
export interface SettingsOptions {
    /** Today's date (YYYY-MM-DD) for config `ignores` that expire. */
    today?: string;
    /** The config file and its text, to locate findings about its `ignores`. */
    source?: ConfigSource;
}
/** Settings for a validated config (an empty config: enforce mode, default rules). */
export declare function settingsFromConfig(config: Config, rules: readonly AnyRule[], options?: SettingsOptions): AdmissionSettings;
/** Parse and validate config text (YAML or JSON). Throws PodlintError naming the file and the bad key. */
export declare function configFromText(text: string, rules: readonly AnyRule[], source: string): Config;
/** Parse, validate and resolve config text. */
export declare function settingsFromText(text: string, rules: readonly AnyRule[], source: string, options?: SettingsOptions): AdmissionSettings;
