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
/** The options schema of a rule that declares none: only `{}` is valid. */
export declare const NO_OPTIONS_SCHEMA: {
    type: string;
    additionalProperties: boolean;
    properties: {};
};
/**
 * A copy of a JSON Schema without its `description` annotations (which do not affect validation), as the build
 * compiles it: editing a description, or the version range quoted in one, leaves the compiled validators valid.
 */
export declare function withoutDescriptions(schema: unknown): unknown;
