// Prometheus metrics for the webhook, written by hand in the text exposition format (version 0.0.4).
import { POD_BEARING_KINDS } from '../k8s/pod-spec.js';

/** Latency histogram buckets, in seconds. */
export const LATENCY_BUCKETS: readonly number[] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

const OPERATIONS: ReadonlySet<string> = new Set(['CREATE', 'UPDATE', 'DELETE', 'CONNECT']);

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function labels(pairs: Record<string, string>): string {
  const body = Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
    .join(',');
  return body === '' ? '' : `{${body}}`;
}

/** Counters keyed by their label set. */
class Counter {
  private readonly values = new Map<string, { labels: Record<string, string>; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  /** Label strings by their raw label pairs: escaping and joining them again for every review is wasted. */
  private readonly keys = new Map<string, string>();
  private key(l: Record<string, string>): string {
    let raw = '';
    for (const k in l) raw += `${k}\u0000${l[k]}\u0001`;
    let key = this.keys.get(raw);
    if (key === undefined) {
      key = labels(l);
      if (this.keys.size < 4096) this.keys.set(raw, key);
    }
    return key;
  }
  inc(l: Record<string, string>, by = 1): void {
    const key = this.key(l);
    const entry = this.values.get(key);
    if (entry) entry.value += by;
    else this.values.set(key, { labels: l, value: by });
  }
  get(l: Record<string, string>): number {
    return this.values.get(this.key(l))?.value ?? 0;
  }
  render(out: string[]): void {
    out.push(`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`);
    for (const [key, { value }] of [...this.values].sort(([a], [b]) => a.localeCompare(b))) out.push(`${this.name}${key} ${value}`);
  }
}

/** Bound label cardinality: request kinds and operations come from the request body. */
export function kindLabel(kind: string): string {
  return Object.hasOwn(POD_BEARING_KINDS, kind) ? kind : 'other';
}
export function operationLabel(operation: string): string {
  return OPERATIONS.has(operation) ? operation : 'other';
}

export class Metrics {
  readonly requests = new Counter('podlint_admission_requests_total', 'Admission reviews answered, by operation, kind and verdict.');
  readonly findings = new Counter('podlint_admission_findings_total', 'Findings that counted for a review (introduced by it), by rule and severity.');
  readonly httpErrors = new Counter('podlint_http_errors_total', 'HTTP requests answered with an error status (400, 404, 405, 413), by code.');
  readonly reloads = new Counter('podlint_reloads_total', 'Reloads of the TLS certificate and of the config file, by what and result.');
  private readonly bucketCounts = LATENCY_BUCKETS.map(() => 0);
  private latencyCount = 0;
  private latencySum = 0;
  ready = false;
  private readonly started = Date.now() / 1000;

  observeReview(operation: string, kind: string, verdict: string, seconds: number, findings: readonly { ruleId: string; severity: string }[]): void {
    this.requests.inc({ operation: operationLabel(operation), kind: kindLabel(kind), verdict });
    for (const f of findings) this.findings.inc({ rule: f.ruleId, severity: f.severity });
    this.latencyCount++;
    this.latencySum += seconds;
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) if (seconds <= LATENCY_BUCKETS[i]!) this.bucketCounts[i]!++;
  }

  render(): string {
    const out: string[] = [];
    this.requests.render(out);
    const h = 'podlint_admission_review_duration_seconds';
    out.push(`# HELP ${h} Time from receiving a review request to sending its answer.`, `# TYPE ${h} histogram`);
    LATENCY_BUCKETS.forEach((b, i) => out.push(`${h}_bucket{le="${b}"} ${this.bucketCounts[i]}`));
    out.push(`${h}_bucket{le="+Inf"} ${this.latencyCount}`, `${h}_sum ${this.latencySum}`, `${h}_count ${this.latencyCount}`);
    this.findings.render(out);
    this.httpErrors.render(out);
    this.reloads.render(out);
    out.push('# HELP podlint_ready 1 when the certificate and config are loaded and the server is not shutting down.', '# TYPE podlint_ready gauge', `podlint_ready ${this.ready ? 1 : 0}`);
    out.push('# HELP podlint_start_time_seconds Start time of the process since the Unix epoch.', '# TYPE podlint_start_time_seconds gauge', `podlint_start_time_seconds ${this.started}`);
    return `${out.join('\n')}\n`;
  }
}
