import type { FieldPath } from '../k8s/path.js';
import type { InlineSuppression } from '../manifest/comments.js';
import type { Region } from '../manifest/positions.js';
import type { Baseline } from './baseline.js';
import type { Finding } from './report.js';
import type { ObjectInfo, Severity } from './rule.js';
export declare const SUPPRESSION_RULE_ID = "suppression";
/** The annotation keys: `podlint.io/ignore`, `podlint.io/ignore.<container>`, `podlint.io/ignore-reason`. */
export declare const IGNORE_ANNOTATION = "podlint.io/ignore";
export declare const IGNORE_REASON_ANNOTATION = "podlint.io/ignore-reason";
/** The engine's rule for problems with suppressions themselves (its findings are never suppressed). */
export declare const suppressionRule: import("./rule.js").RuleModule<"missingReason" | "unknownRule" | "expired" | "unused", Record<string, unknown>>;
/** A config `ignores:` entry. Every selector given must match; globs use `*` and `?` (files: gitignore-like globs). */
export interface IgnoreEntry {
    /** Rule id(s); omitted: every rule. */
    rule?: string | string[];
    /** Object kind(s), e.g. `DaemonSet`. */
    kind?: string | string[];
    /** Namespace glob (matches `metadata.namespace` as written; "" when absent). */
    namespace?: string;
    /** Object name glob. */
    name?: string;
    /** Container name glob: only findings inside a matching container. */
    container?: string;
    /** Image glob: only findings inside a container whose image matches. */
    image?: string;
    /** File globs, relative to the configuration file's directory. */
    files?: string[];
    /** Field path glob, e.g. `spec.template.spec.containers[*].securityContext.*`. */
    path?: string;
    /** Why the findings are acceptable (required). */
    reason: string;
    /** Last day (YYYY-MM-DD) the entry applies; after it, it stops suppressing and is reported. */
    expires?: string;
}
export interface SuppressionSettings {
    /** Honour only config `ignores` (and a baseline): not comments, not annotations. */
    strict: boolean;
    /** Report suppressions that matched nothing. */
    reportUnused: boolean;
    /** Today's date (YYYY-MM-DD), for `expires`; undefined: nothing expires. */
    today?: string;
    ignores: readonly IgnoreEntry[];
    baseline?: Baseline;
    /** The configuration file (display path and text), to locate findings about its `ignores`. */
    configSource?: {
        file: string;
        text?: string;
    };
}
/** `*` any characters, `?` one character, everything else literal. */
export declare function simpleGlob(glob: string): RegExp;
/** What a group of findings needs to have its in-source suppressions applied (see `Suppressor.applyGroup`). */
export interface SuppressionGroup {
    findings: readonly Finding[];
    /** The objects of the group (for annotations). */
    objects: readonly ObjectInfo[];
    /** The object a finding was reported on (undefined for file-level findings). */
    objectOf(f: Finding): ObjectInfo | undefined;
    /** Inline directives per file (display path). */
    inline: ReadonlyMap<string, readonly InlineSuppression[]>;
    /** Line and column of a field of an object (path relative to the object). */
    regionOf(object: ObjectInfo, path: FieldPath): Region;
}
/** What a whole run needs: the suppression settings and how to look up files and rules. */
export interface SuppressorOptions {
    /** A file's path relative to the configuration's directory (for `files` globs). */
    configPathOf(file: string): string;
    knownRules: ReadonlySet<string>;
    settings: SuppressionSettings;
    /** Severity of the `suppression` rule for a file; undefined when it is off. */
    severityFor(file: string): Severity | undefined;
}
export type SuppressionInput = SuppressionGroup & SuppressorOptions;
/**
 * Applies the suppressions of one run. Findings come in groups (a file, or everything at once): a group is
 * marked with the inline comments and annotations of its own files and objects and with the config `ignores`
 * (`applyGroup`), so a streaming run can forget a file's objects as soon as it is linted. `finish` then takes
 * the baseline (in the order the findings were made) and reports expired and unused config entries.
 * Precedence when several match: inline comment, annotation, config entry, baseline; all of them count as used.
 */
export declare class Suppressor {
    private readonly options;
    private readonly config;
    private readonly active;
    constructor(options: SuppressorOptions);
    private problem;
    /**
     * Mark the findings of one group with in-source suppressions (of the group's files and objects) and config
     * entries; problems of the group's in-source suppressions (no reason, unknown rule, unused) come back too.
     */
    applyGroup(group: SuppressionGroup): {
        findings: Finding[];
        problems: Finding[];
    };
    private reportUnused;
    /** Config entries used so far, as [entry index, rule id or `*`] (to merge the work of several threads). */
    usedConfig(): [number, string][];
    /** Count config entries as used by another suppressor of the same run (a worker thread's). */
    addUsedConfig(used: readonly (readonly [number, string])[]): void;
    /**
     * The end of the run: findings that nothing else suppressed are matched against the baseline, in the order
     * given (the order they were made); expired config entries, and unused ones when asked, are reported.
     */
    finish(findings: readonly Finding[]): {
        findings: Finding[];
        problems: Finding[];
    };
}
/**
 * Mark suppressed findings (`suppressed` set; they stay in the list) and produce the `suppression` rule's
 * findings: missing reasons, unknown rule ids, expired entries and (when asked) unused suppressions.
 * The whole run as one group (see `Suppressor`).
 */
export declare function applySuppressions(input: SuppressionInput): {
    findings: Finding[];
    problems: Finding[];
};
/** A YYYY-MM-DD date that exists in the calendar. */
export declare function isValidDate(text: string): boolean;
