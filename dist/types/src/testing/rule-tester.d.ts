import type { Finding } from '../core/report.js';
import type { AnyRule, PodSecurityLevel, RuleModule, Severity } from '../core/rule.js';
/** Settings a case may set. */
export interface CaseSettings {
    options?: Record<string, unknown>;
    kubernetesVersion?: string;
    podSecurityLevel?: PodSecurityLevel;
    /** Config fragment (e.g. `{ cluster: { allowPrivileged: false } }` or `staticPodPaths`). */
    config?: {
        cluster?: {
            allowPrivileged?: boolean;
        };
        staticPodPaths?: string[];
        maxFileSize?: number;
    };
    /** File name of the case (matters for `staticPodPaths`). */
    filename?: string;
    /** For update rules: the old manifest; the case's `code` is the new one. */
    previous?: string;
    subresource?: 'resize' | 'ephemeralcontainers';
    /** A title for the test (default: the first object's kind/name). */
    name?: string;
    /** Only this case (debugging). */
    only?: boolean;
}
export interface ValidCase extends CaseSettings {
    code: string;
}
export interface ExpectedError {
    messageId: string;
    /** Kubernetes field path, e.g. `spec.containers[0].name`. */
    path?: string;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
    /** Substring the message must contain. */
    message?: string;
    severity?: Severity;
    data?: Record<string, string | number | boolean>;
}
export interface InvalidCase extends CaseSettings {
    code: string;
    /** Expected findings in order, or their number. */
    errors: ExpectedError[] | number;
}
export interface RuleTests {
    valid: (string | ValidCase)[];
    invalid: InvalidCase[];
}
/** Run one case and return the rule's findings. Fails on parse errors. Exported for fixture sweeps. */
export declare function runRuleOnText(rule: AnyRule, c: ValidCase): Finding[];
export declare class RuleTester {
    /** Register one vitest `describe` with an `it` per case. */
    run<M extends string, O>(rule: RuleModule<M, O>, tests: RuleTests): void;
}
