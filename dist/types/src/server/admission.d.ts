import type { ConfigResolver, WebhookConfig, WebhookMode } from '../core/config.js';
import type { Finding } from '../core/report.js';
import type { AnyRule } from '../core/rule.js';
import type { JsonObject } from '../k8s/values.js';
/** AdmissionReview versions answered (the response uses the request's). */
export declare const ADMISSION_VERSIONS: readonly string[];
/** The API server's limits on `response.warnings`. */
export declare const WARNING_MAX_LENGTH = 255;
export declare const WARNINGS_MAX_TOTAL = 4096;
/** How many findings the deny message lists before "and N more". */
export declare const DENY_MAX_ITEMS = 10;
/** Everything a review needs: the rules, the resolved configuration and the webhook section. */
export interface AdmissionSettings {
    readonly rules: readonly AnyRule[];
    readonly resolver: ConfigResolver;
    readonly webhook: WebhookConfig;
    /** The date (YYYY-MM-DD) the resolver was built for (config `ignores` expire); the server rebuilds daily. */
    readonly today?: string;
}
/**
 * `allowed`: evaluated, nothing to say. `warned`: allowed with warnings. `denied`: error findings.
 * `audited`: audit mode, would have been denied. `skipped`: not evaluated (DELETE, CONNECT, unknown kind,
 * other subresource, object being deleted). `exempt`: exempted by config. `error`: internal error,
 * answered per `failureMode`.
 */
export type Verdict = 'allowed' | 'warned' | 'denied' | 'audited' | 'skipped' | 'exempt' | 'error';
/** What the logs and metrics may say about a request (never the object). */
export interface RequestSummary {
    uid: string;
    operation: string;
    kind: string;
    namespace: string;
    name: string;
    subResource: string;
    dryRun: boolean;
}
export interface ReviewResult {
    /** The AdmissionReview to send back (HTTP 200). */
    review: JsonObject;
    verdict: Verdict;
    request: RequestSummary;
    /** Mode applied (undefined when not evaluated). */
    mode?: WebhookMode;
    /**
     * Every finding on the object that is not suppressed (annotation, config `ignores`), update-rule
     * findings included: what the CLI reports for the object.
     */
    findings: Finding[];
    /** Findings the request introduces: all of `findings` on CREATE; those absent from `oldObject` on UPDATE. */
    introduced: Finding[];
    /** How many findings suppressions hid. */
    suppressed?: number;
    /** Why it was skipped or exempt, or the internal error message. */
    reason?: string;
}
/** A body that is not an AdmissionReview request: the HTTP layer answers 400. */
export declare class BadReviewError extends Error {
    readonly name = "BadReviewError";
}
interface ParsedReview {
    apiVersion: string;
    request: JsonObject;
    summary: RequestSummary;
}
/** Check the envelope: `{apiVersion: admission.k8s.io/v1, kind: AdmissionReview, request: {uid, …}}`. */
export declare function parseReview(body: unknown): ParsedReview;
/**
 * `<field path>: <message> (<rule-id>)`; rule messages already start with their path. Over `max`
 * characters, the message is cut (never the rule id).
 */
export declare function findingLine(f: Finding, max?: number): string;
/** The deny message: one line per finding, at most DENY_MAX_ITEMS of them. */
export declare function denyMessage(findings: readonly Finding[]): string;
/** Warnings within the API server's limits: each ≤ 255 characters, ≤ 4096 in all. */
export declare function warningsFor(findings: readonly Finding[]): string[];
/** The mode for a namespace: `webhook.namespaces[ns]`, else `webhook.mode`, else enforce. */
export declare function modeFor(webhook: WebhookConfig, namespace: string): WebhookMode;
/** The name an object is linted under: `<namespace>/<kind>/<name>` (config `overrides[].files` match it). */
export declare function objectName(summary: RequestSummary, kind: string): string;
/** Findings of `current` that are not in `previous` (by rule id, path and message; counted as a multiset). */
export declare function introducedFindings(current: readonly Finding[], previous: readonly Finding[]): Finding[];
/**
 * Decide one AdmissionReview. Throws BadReviewError for a body that is not an AdmissionReview request;
 * every other problem (a rule that crashes on a strange object) is answered per `webhook.failureMode`.
 */
export declare function reviewAdmission(body: unknown, settings: AdmissionSettings): ReviewResult;
/** The answer for a request the server could not decide at all (after the envelope was read). */
export declare function failureReview(apiVersion: string, uid: string, failureMode: WebhookConfig['failureMode'], message: string): JsonObject;
export {};
