import type { KubeVersion } from '../k8s/versions.js';
import type { AnyRule, PodSecurityLevel, RuleSettings, Severity, SeveritySetting } from './rule.js';
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
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** JSON Schema of the configuration file (also written to `schemas/podlint-config.schema.json`). */
export declare const CONFIG_SCHEMA: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly $id: "https://github.com/podlint/podlint/blob/main/schemas/podlint-config.schema.json";
    readonly title: "podlint configuration (.podlint.yaml)";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly kubernetesVersion: {
            readonly description: "Target Kubernetes version, 1.27 to 1.37 (quote it: \"1.30\").";
            readonly type: string;
            readonly pattern: string;
        };
        readonly podSecurityLevel: {
            readonly description: "Pod Security Standards level to check against.";
            readonly enum: string[];
        };
        readonly rules: {
            readonly description: "Per-rule severity (off, info, warning, error) and options.";
            readonly type: string;
            readonly additionalProperties: {
                oneOf: ({
                    enum: string[];
                } | {
                    type: string;
                    additionalProperties: boolean;
                    properties: {
                        severity: {
                            enum: string[];
                        };
                        options: {
                            type: string;
                        };
                    };
                })[];
            };
        };
        readonly ignorePatterns: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
            };
            readonly description: "Gitignore-style patterns of files not to lint.";
        };
        readonly overrides: {
            readonly type: "array";
            readonly description: "Settings for files matching path globs; later entries win.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["files"];
                readonly properties: {
                    readonly files: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                        readonly minItems: 1;
                    };
                    readonly kubernetesVersion: {
                        type: string;
                        pattern: string;
                    };
                    readonly podSecurityLevel: {
                        enum: string[];
                    };
                    readonly rules: {
                        type: string;
                        additionalProperties: {
                            oneOf: ({
                                enum: string[];
                            } | {
                                type: string;
                                additionalProperties: boolean;
                                properties: {
                                    severity: {
                                        enum: string[];
                                    };
                                    options: {
                                        type: string;
                                    };
                                };
                            })[];
                        };
                    };
                };
            };
        };
        readonly maxFileSize: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly description: "Files larger than this many bytes are reported, not parsed.";
        };
        readonly cluster: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly description: "How the target cluster is configured.";
            readonly properties: {
                readonly allowPrivileged: {
                    readonly type: "boolean";
                    readonly description: "kube-apiserver --allow-privileged (kubeadm and kind: true).";
                };
            };
        };
        readonly staticPodPaths: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
            };
            readonly description: "Globs of static pod manifests.";
        };
    };
};
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
}
/** Resolves the configuration that applies to each file; results are cached per distinct override set. */
export declare class ConfigResolver {
    private readonly config;
    private readonly rules;
    private readonly cli;
    private readonly cache;
    readonly maxFileSize: number;
    constructor(config: Config, rules: readonly AnyRule[], cli?: ConfigOverrides);
    /** The target version with no override applied (for report headers). */
    get kubernetesVersion(): KubeVersion;
    private matches;
    /** `file` is the path relative to the configuration's base directory (forward slashes). */
    resolve(file: string): ResolvedFileConfig;
    /** The target version of a file, formatted. */
    versionOf(file: string): string;
}
