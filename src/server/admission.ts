// The admission decision, pure: an AdmissionReview request in, an AdmissionReview response out.
// No I/O, no clock: http.ts owns sockets, timing, logs and metrics.
import type { ConfigResolver, WebhookConfig, WebhookMode } from '../core/config.js';
import { LintSession } from '../core/engine.js';
import type { LoadedObject } from '../core/engine.js';
import type { Finding } from '../core/report.js';
import type { AnyRule, UpdateInfo } from '../core/rule.js';
import { isPodBearing } from '../k8s/pod-spec.js';
import { arr, dig, isRecord, str } from '../k8s/values.js';
import type { JsonObject } from '../k8s/values.js';

/** AdmissionReview versions answered (the response uses the request's). */
export const ADMISSION_VERSIONS: readonly string[] = ['admission.k8s.io/v1', 'admission.k8s.io/v1beta1'];

/** The API server's limits on `response.warnings`. */
export const WARNING_MAX_LENGTH = 255;
export const WARNINGS_MAX_TOTAL = 4096;
/** How many findings the deny message lists before "and N more". */
export const DENY_MAX_ITEMS = 10;
const ITEM_MAX_LENGTH = 300;

/** Subresources evaluated with the update rules; every other subresource (status, binding…) is allowed. */
const EVALUATED_SUBRESOURCES: ReadonlySet<string> = new Set(['ephemeralcontainers', 'resize']);

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
export class BadReviewError extends Error {
  override readonly name = 'BadReviewError';
}

interface ParsedReview {
  apiVersion: string;
  request: JsonObject;
  summary: RequestSummary;
}

/** Check the envelope: `{apiVersion: admission.k8s.io/v1, kind: AdmissionReview, request: {uid, …}}`. */
export function parseReview(body: unknown): ParsedReview {
  if (!isRecord(body)) throw new BadReviewError('body is not a JSON object');
  const apiVersion = body['apiVersion'];
  if (typeof apiVersion !== 'string' || !ADMISSION_VERSIONS.includes(apiVersion)) {
    throw new BadReviewError(`apiVersion must be one of ${ADMISSION_VERSIONS.join(', ')}`);
  }
  if (body['kind'] !== 'AdmissionReview') throw new BadReviewError('kind must be AdmissionReview');
  const request = body['request'];
  if (!isRecord(request)) throw new BadReviewError('request is missing or not an object');
  const uid = request['uid'];
  if (typeof uid !== 'string' || uid === '') throw new BadReviewError('request.uid must be a non-empty string');
  if (typeof request['operation'] !== 'string') throw new BadReviewError('request.operation must be a string');
  const object = rec0(request['object']);
  const kind = str(dig(request, 'kind', 'kind')) ?? str(object?.['kind']) ?? '';
  const summary: RequestSummary = {
    uid,
    operation: request['operation'],
    kind,
    namespace: str(request['namespace']) ?? str(dig(object, 'metadata', 'namespace')) ?? '',
    name: str(request['name']) || str(dig(object, 'metadata', 'name')) || str(dig(object, 'metadata', 'generateName')) || '',
    subResource: str(request['subResource']) ?? '',
    dryRun: request['dryRun'] === true,
  };
  return { apiVersion, request, summary };
}

function rec0(v: unknown): JsonObject | undefined {
  return isRecord(v) ? v : undefined;
}

function envelope(apiVersion: string, response: JsonObject): JsonObject {
  return { apiVersion, kind: 'AdmissionReview', response };
}

/** Make text safe for an HTTP Warning header: printable characters only. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * `<field path>: <message> (<rule-id>)`; rule messages already start with their path. Over `max`
 * characters, the message is cut (never the rule id).
 */
export function findingLine(f: Finding, max = Infinity): string {
  const message = printable(f.path === '' || f.message.startsWith(`${f.path}:`) ? f.message : `${f.path}: ${f.message}`);
  const suffix = ` (${f.ruleId})`;
  return `${truncate(message, Math.max(1, max - suffix.length))}${suffix}`;
}

/** The deny message: one line per finding, at most DENY_MAX_ITEMS of them. */
export function denyMessage(findings: readonly Finding[]): string {
  const lines = findings.slice(0, DENY_MAX_ITEMS).map((f) => findingLine(f, ITEM_MAX_LENGTH));
  if (findings.length > DENY_MAX_ITEMS) lines.push(`(and ${findings.length - DENY_MAX_ITEMS} more; run podlint lint for the full list)`);
  return lines.join('\n');
}

/** Warnings within the API server's limits: each ≤ 255 characters, ≤ 4096 in all. */
export function warningsFor(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; i < findings.length; i++) {
    const w = truncate(findingLine(findings[i]!, WARNING_MAX_LENGTH), WARNING_MAX_LENGTH);
    const rest = findings.length - i - 1;
    // Keep room for the "more" line if this is not the last one.
    const reserve = rest > 0 ? 64 : 0;
    if (total + w.length + reserve > WARNINGS_MAX_TOTAL) {
      const more = `podlint: ${findings.length - i} more findings not shown`;
      if (total + more.length <= WARNINGS_MAX_TOTAL) out.push(more);
      break;
    }
    out.push(w);
    total += w.length;
  }
  return out;
}

/** The mode for a namespace: `webhook.namespaces[ns]`, else `webhook.mode`, else enforce. */
export function modeFor(webhook: WebhookConfig, namespace: string): WebhookMode {
  const byNamespace = webhook.namespaces;
  if (byNamespace && Object.hasOwn(byNamespace, namespace)) return byNamespace[namespace]!;
  return webhook.mode ?? 'enforce';
}

function exemption(webhook: WebhookConfig, request: JsonObject, summary: RequestSummary): string | undefined {
  const ex = webhook.exemptions;
  if (!ex) return undefined;
  if (summary.namespace !== '' && ex.namespaces?.includes(summary.namespace)) return `namespace ${summary.namespace}`;
  const user = rec0(request['userInfo']);
  const username = str(user?.['username']);
  if (username !== undefined && ex.usernames?.includes(username)) return `user ${username}`;
  const groups = arr(user?.['groups']).filter((g): g is string => typeof g === 'string');
  const group = groups.find((g) => ex.groups?.includes(g));
  if (group !== undefined) return `group ${group}`;
  return undefined;
}

function beingDeleted(o: JsonObject | undefined): boolean {
  const t = dig(o, 'metadata', 'deletionTimestamp');
  return t !== undefined && t !== null;
}

/** The name an object is linted under: `<namespace>/<kind>/<name>` (config `overrides[].files` match it). */
export function objectName(summary: RequestSummary, kind: string): string {
  return `${summary.namespace || '_cluster'}/${kind}/${summary.name || '_unnamed'}`;
}

function findingKey(f: Finding): string {
  return `${f.ruleId}\u0000${f.path}\u0000${f.message}`;
}

/** Findings of `current` that are not in `previous` (by rule id, path and message; counted as a multiset). */
export function introducedFindings(current: readonly Finding[], previous: readonly Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of previous) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
  return current.filter((f) => {
    const k = findingKey(f);
    const n = counts.get(k) ?? 0;
    if (n === 0) return true;
    counts.set(k, n - 1);
    return false;
  });
}

interface Evaluation {
  findings: Finding[];
  introduced: Finding[];
  suppressed: number;
}

/** The findings that count: suppressed ones (annotations, config `ignores`) stay out. */
function unsuppressed(session: LintSession): { findings: Finding[]; suppressed: number } {
  const all = session.report().findings;
  const findings = all.filter((f) => !f.suppressed);
  return { findings, suppressed: all.length - findings.length };
}

/** Lint the object (and, on UPDATE, the old object and the pair) with the engine. */
function evaluate(settings: AdmissionSettings, object: JsonObject, old: JsonObject | undefined, name: string, subresource: UpdateInfo['subresource']): Evaluation {
  const session = new LintSession(settings.rules, settings.resolver);
  const current = session.addValue(object, name);
  if (old === undefined) {
    session.lintObjects(current);
    const { findings, suppressed } = unsuppressed(session);
    return { findings, introduced: findings, suppressed };
  }
  const run = { objects: current };
  session.lintObjects(current, run, 'update');
  const oldSession = new LintSession(settings.rules, settings.resolver);
  const previous: LoadedObject[] = oldSession.addValue(old, name);
  oldSession.lintObjects(previous, { objects: previous }, 'update');
  if (current[0] && previous[0]) session.lintUpdate(previous[0], current[0], run, subresource);
  const { findings, suppressed } = unsuppressed(session);
  return { findings, introduced: introducedFindings(findings, unsuppressed(oldSession).findings), suppressed };
}

/**
 * Decide one AdmissionReview. Throws BadReviewError for a body that is not an AdmissionReview request;
 * every other problem (a rule that crashes on a strange object) is answered per `webhook.failureMode`.
 */
export function reviewAdmission(body: unknown, settings: AdmissionSettings): ReviewResult {
  const { apiVersion, request, summary } = parseReview(body);
  const uid = summary.uid;
  const skip = (reason: string, verdict: Verdict = 'skipped'): ReviewResult => ({
    review: envelope(apiVersion, { uid, allowed: true }),
    verdict,
    request: summary,
    findings: [],
    introduced: [],
    reason,
  });

  const operation = summary.operation;
  if (operation !== 'CREATE' && operation !== 'UPDATE') return skip(`operation ${operation}`);
  if (summary.subResource !== '' && !EVALUATED_SUBRESOURCES.has(summary.subResource)) return skip(`subresource ${summary.subResource}`);
  const object = rec0(request['object']);
  if (!object) return skip('no object');
  const apiVersionOf = str(object['apiVersion']);
  const kind = str(object['kind']);
  if (apiVersionOf === undefined || kind === undefined || !isPodBearing(apiVersionOf, kind)) return skip(`kind ${kind ?? '(none)'}`);
  const old = operation === 'UPDATE' ? rec0(request['oldObject']) : undefined;
  if (beingDeleted(object) || beingDeleted(old)) return skip('being deleted');
  const exempt = exemption(settings.webhook, request, summary);
  if (exempt !== undefined) return skip(exempt, 'exempt');

  const mode = modeFor(settings.webhook, summary.namespace);
  const subresource = summary.subResource === '' ? undefined : (summary.subResource as UpdateInfo['subresource']);
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(settings, object, old, objectName(summary, kind), subresource);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const allowed = (settings.webhook.failureMode ?? 'allow') === 'allow';
    const response: JsonObject = allowed
      ? { uid, allowed: true, warnings: [truncate(printable(`podlint could not evaluate this object (internal error); allowed by failureMode: allow`), WARNING_MAX_LENGTH)] }
      : { uid, allowed: false, status: { code: 500, reason: 'InternalError', message: truncate(`podlint internal error: ${message}`, 1024) } };
    return { review: envelope(apiVersion, response), verdict: 'error', request: summary, mode, findings: [], introduced: [], reason: message };
  }

  const { findings, introduced, suppressed } = evaluation;
  const errors = introduced.filter((f) => f.severity === 'error');
  const warnings = introduced.filter((f) => f.severity === 'warning');
  const response: JsonObject = { uid, allowed: true };
  let verdict: Verdict = 'allowed';
  if (mode === 'enforce') {
    if (errors.length > 0) {
      response['allowed'] = false;
      response['status'] = { code: 403, reason: 'Forbidden', message: denyMessage(errors) };
      verdict = 'denied';
    }
    const w = warningsFor(warnings);
    if (w.length > 0) {
      response['warnings'] = w;
      if (verdict === 'allowed') verdict = 'warned';
    }
  } else if (mode === 'warn') {
    const w = warningsFor([...errors, ...warnings]);
    if (w.length > 0) {
      response['warnings'] = w;
      verdict = 'warned';
    }
  } else if (errors.length > 0) {
    verdict = 'audited';
  }
  const ids = [...new Set([...errors, ...warnings].map((f) => f.ruleId))];
  if (ids.length > 0) response['auditAnnotations'] = { findings: truncate(ids.join(','), 1024) };
  return { review: envelope(apiVersion, response), verdict, request: summary, mode, findings, introduced, ...(suppressed > 0 ? { suppressed } : {}) };
}

/** The answer for a request the server could not decide at all (after the envelope was read). */
export function failureReview(apiVersion: string, uid: string, failureMode: WebhookConfig['failureMode'], message: string): JsonObject {
  const allowed = (failureMode ?? 'allow') === 'allow';
  return envelope(apiVersion, allowed ? { uid, allowed: true } : { uid, allowed: false, status: { code: 500, reason: 'InternalError', message: truncate(`podlint internal error: ${message}`, 1024) } });
}
