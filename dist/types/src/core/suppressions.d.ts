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
export interface SuppressionInput {
    findings: readonly Finding[];
    /** Every object of the run (for annotations). */
    objects: readonly ObjectInfo[];
    /** The object a finding was reported on (undefined for file-level findings). */
    objectOf(f: Finding): ObjectInfo | undefined;
    /** Inline directives per file (display path). */
    inline: ReadonlyMap<string, readonly InlineSuppression[]>;
    /** A file's path relative to the configuration's directory (for `files` globs). */
    configPathOf(file: string): string;
    knownRules: ReadonlySet<string>;
    settings: SuppressionSettings;
    /** Severity of the `suppression` rule for a file; undefined when it is off. */
    severityFor(file: string): Severity | undefined;
    /** Line and column of a field of an object (path relative to the object). */
    regionOf(object: ObjectInfo, path: FieldPath): Region;
}
/** `*` any characters, `?` one character, everything else literal. */
export declare function simpleGlob(glob: string): RegExp;
/**
 * Mark suppressed findings (`suppressed` set; they stay in the list) and produce the `suppression` rule's
 * findings: missing reasons, unknown rule ids, expired entries and (when asked) unused suppressions.
 * Precedence when several match: inline comment, annotation, config entry, baseline; all of them count as used.
 */
export declare function applySuppressions(input: SuppressionInput): {
    findings: Finding[];
    problems: Finding[];
};
/** A YYYY-MM-DD date that exists in the calendar. */
export declare function isValidDate(text: string): boolean;
