import type { KubeVersion } from '../k8s/versions.js';
import type { AnyRule, PodSecurityLevel, RuleSettings, Severity, SeveritySetting } from './rule.js';
import type { Baseline } from './baseline.js';
import type { PresetName } from './presets.js';
import type { IgnoreEntry, SuppressionSettings } from './suppressions.js';
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
        readonly extends: {
            readonly enum: readonly ["recommended", "all", "validity-only"];
            readonly description: "Preset that `rules:` apply over: recommended (default), all, validity-only. Validity rules stay on in every preset.";
        };
        readonly plugins: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly minLength: 1;
            };
            readonly description: "Local ES modules exporting custom rules made with defineRule (paths relative to this file).";
        };
        readonly strict: {
            readonly type: "boolean";
            readonly description: "Honour only `ignores` (not inline comments, not annotations), as --strict does.";
        };
        readonly ignores: {
            readonly type: "array";
            readonly description: "Findings to suppress. Every selector given must match; each entry needs a reason and may expire.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["reason"];
                readonly properties: {
                    readonly rule: {
                        readonly description: "Rule id or ids (default: every rule).";
                        readonly oneOf: ({
                            type: string;
                            items?: undefined;
                            minItems?: undefined;
                        } | {
                            type: string;
                            items: {
                                type: string;
                            };
                            minItems: number;
                        })[];
                    };
                    readonly kind: {
                        readonly description: "Object kind or kinds, e.g. DaemonSet.";
                        readonly oneOf: ({
                            type: string;
                            items?: undefined;
                            minItems?: undefined;
                        } | {
                            type: string;
                            items: {
                                type: string;
                            };
                            minItems: number;
                        })[];
                    };
                    readonly namespace: {
                        readonly type: "string";
                        readonly description: "Namespace glob (* and ?).";
                    };
                    readonly name: {
                        readonly type: "string";
                        readonly description: "Object name glob (* and ?).";
                    };
                    readonly container: {
                        readonly type: "string";
                        readonly description: "Container name glob: only findings inside a matching container.";
                    };
                    readonly image: {
                        readonly type: "string";
                        readonly description: "Image glob: only findings inside a container whose image matches.";
                    };
                    readonly files: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                        readonly minItems: 1;
                        readonly description: "File globs, relative to this file.";
                    };
                    readonly path: {
                        readonly type: "string";
                        readonly description: "Field path glob, e.g. spec.template.spec.containers[*].securityContext.*";
                    };
                    readonly reason: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly pattern: "\\S";
                        readonly description: "Why these findings are acceptable (required).";
                    };
                    readonly expires: {
                        readonly type: "string";
                        readonly pattern: "^\\d{4}-\\d{2}-\\d{2}$";
                        readonly description: "Last day (YYYY-MM-DD) the entry applies; afterwards it is reported.";
                    };
                };
            };
        };
        readonly webhook: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly description: "Admission webhook (`podlint serve`) settings; the CLI ignores them.";
            readonly properties: {
                readonly mode: {
                    readonly enum: readonly ["enforce", "warn", "audit"];
                    readonly description: "enforce (default): error findings deny; warn: nothing denies, findings are warnings; audit: allow, log and count.";
                };
                readonly namespaces: {
                    readonly type: "object";
                    readonly additionalProperties: {
                        readonly enum: readonly ["enforce", "warn", "audit"];
                    };
                    readonly description: "Mode per namespace name, over `mode`.";
                };
                readonly exemptions: {
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly description: "Requests allowed without evaluation.";
                    readonly properties: {
                        readonly namespaces: {
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                            readonly description: "Namespace names.";
                        };
                        readonly usernames: {
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                            readonly description: "Requesting user names (e.g. system:serviceaccount:ns:name).";
                        };
                        readonly groups: {
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                            readonly description: "Groups of the requesting user.";
                        };
                    };
                };
                readonly failureMode: {
                    readonly enum: readonly ["allow", "deny"];
                    readonly description: "Answer when podlint fails internally on a request (default allow).";
                };
            };
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
    /** The target version with no override applied (for report headers). */
    get kubernetesVersion(): KubeVersion;
    private matches;
    /** `file` is the path relative to the configuration's base directory (forward slashes). */
    resolve(file: string): ResolvedFileConfig;
    /** The target version of a file, formatted. */
    versionOf(file: string): string;
}
