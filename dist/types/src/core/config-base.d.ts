import type { KubeVersion } from '../k8s/versions.js';
import type { AnyRule, PodSecurityLevel, RuleSettings, Severity, SeveritySetting } from './rule.js';
import type { Baseline } from './baseline.js';
import type { PresetName } from './presets.js';
import type { IgnoreEntry, SuppressionSettings } from './suppressions.js';
import type { GeneratedValidator } from './_generated-validators.js';
export { CONFIG_SCHEMA, NO_OPTIONS_SCHEMA } from './config-schema.js';
export type { IgnoreEntry, PresetName };
export type RuleSetting = SeveritySetting | {
    severity?: SeveritySetting;
    options?: Record<string, unknown>;
};
export interface OverrideConfig {
    files: string[];
    kubernetesVersion?: string;
    podSecurityLevel?: PodSecurityLevel;
    rules?: Record<string, RuleSetting>;
}
/** The shape of `.podlint.yaml`. */
export interface Config {
    kubernetesVersion?: string;
    podSecurityLevel?: PodSecurityLevel;
    rules?: Record<string, RuleSetting>;
    ignorePatterns?: string[];
    overrides?: OverrideConfig[];
    /** Files larger than this many bytes are reported instead of parsed (default 10 MiB). */
    maxFileSize?: number;
    cluster?: {
        allowPrivileged?: boolean;
    };
    /** Globs of files that are static pod manifests (read by the kubelet, not the API server). */
    staticPodPaths?: string[];
    /** `podlint serve` (admission webhook) settings; the CLI ignores them. */
    webhook?: WebhookConfig;
    /** Preset the `rules:` settings apply over (default `recommended`). */
    extends?: PresetName;
    /** Local ES modules (paths relative to the config file) exporting custom rules. */
    plugins?: string[];
    /** Findings to suppress, each with a reason and an optional expiry date. */
    ignores?: IgnoreEntry[];
    /** Honour only `ignores` (not inline comments, not annotations). */
    strict?: boolean;
}
export type WebhookMode = 'enforce' | 'warn' | 'audit';
/** The `webhook:` section: modes globally and per namespace, exemptions, internal-error answer. */
export interface WebhookConfig {
    mode?: WebhookMode;
    namespaces?: Record<string, WebhookMode>;
    exemptions?: {
        namespaces?: string[];
        usernames?: string[];
        groups?: string[];
    };
    failureMode?: 'allow' | 'deny';
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** A compiled JSON Schema validator (ajv's `ValidateFunction` fits). */
export type SchemaValidator = GeneratedValidator;
/** Compiles a JSON Schema at run time (ajv with `allErrors: true, strict: false`, as the build uses). */
export type SchemaCompiler = (schema: object) => SchemaValidator;
/** Register the run-time compiler for option schemas not compiled at build time (src/core/config.ts does). */
export declare function setSchemaCompiler(compile: SchemaCompiler): void;
/**
 * True when validating the options of some of `rules` needs the run-time compiler and none is registered yet:
 * callers that may meet plugin rules then `await import('./config.js')` first.
 */
export declare function needsSchemaCompiler(rules: readonly AnyRule[]): boolean;
/**
 * Validate a parsed configuration against the schema and the rules it names. Throws PodlintError
 * (E_CONFIG_INVALID) naming every bad key, or E_RULE_NOT_FOUND for an unknown rule id.
 */
export declare function validateConfig(config: unknown, rules: readonly AnyRule[], source?: string): Config;
/** Validate options against a rule's schema; throws E_RULE_OPTIONS with the offending keys. */
export declare function validateRuleOptions(rule: AnyRule, options: unknown, where: string): void;
/** One enabled rule for a file: its severity and merged options. */
export interface EnabledRule {
    rule: AnyRule;
    severity: Severity;
    options: unknown;
}
export interface ResolvedFileConfig {
    settings: RuleSettings;
    rules: EnabledRule[];
}
/** Options from the command line that win over the config file. */
export interface ConfigOverrides {
    kubernetesVersion?: string;
    podSecurityLevel?: PodSecurityLevel;
    rules?: Record<string, SeveritySetting>;
    /** `--strict`: honour only config `ignores` (also `strict: true` in the config). */
    strict?: boolean;
    /** `--report-unused-suppressions` (the CLI turns it on when `CI` is set). */
    reportUnusedSuppressions?: boolean;
    /** Today's date, YYYY-MM-DD, for `expires` (the Node layer passes it in; the core reads no clock). */
    today?: string;
    /** `--baseline FILE`, already read: findings recorded in it are suppressed. */
    baseline?: Baseline;
}
/** Where the configuration came from (display path and text), to locate findings about its `ignores`. */
export interface ConfigSource {
    file: string;
    text?: string;
}
/** Resolves the configuration that applies to each file; results are cached per distinct override set. */
export declare class ConfigResolver {
    private readonly config;
    private readonly rules;
    private readonly cli;
    private readonly source?;
    private readonly cache;
    readonly maxFileSize: number;
    constructor(config: Config, rules: readonly AnyRule[], cli?: ConfigOverrides, source?: ConfigSource | undefined);
    /** How suppressions apply in this run: config `ignores` and `strict`, command-line switches, baseline, date. */
    get suppressionSettings(): SuppressionSettings;
    /** Made once per resolver (the settings never change; a webhook asks on every review). */
    private suppressionSettingsOf;
    private makeSuppressionSettings;
    /** The target version with no override applied (for report headers). */
    get kubernetesVersion(): KubeVersion;
    private matches;
    /** `file` is the path relative to the configuration's base directory (forward slashes). */
    resolve(file: string): ResolvedFileConfig;
    /** The target version of a file, formatted. */
    versionOf(file: string): string;
}
