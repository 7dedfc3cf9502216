// Findings and reports: the one result type every formatter, the Action and the webhook read.
import type { Category, Severity } from './rule.js';

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name?: string;
}

export interface PreviousLocation {
  file: string;
  line: number;
  column: number;
  value: unknown;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** The path as given on the command line (relative paths stay relative). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Kubernetes field path relative to the object, e.g. `spec.containers[0].securityContext.privileged`. */
  path: string;
  object?: ObjectRef;
  podSecurity?: { level: 'baseline' | 'restricted'; check: string };
  /** Update findings: where the field was in the old manifest, and its old value. */
  previous?: PreviousLocation;
  messageId?: string;
  /**
   * Set when the finding is suppressed (inline comment, annotation, config `ignores`, baseline). Suppressed
   * findings stay in the report but count in `summary.suppressed`, not in errors/warnings/infos.
   */
  suppressed?: SuppressionInfo;
}

/** How a finding was suppressed. SARIF: `inline` and `annotation` are `inSource`, `config` and `baseline` `external`. */
export interface SuppressionInfo {
  kind: SuppressionKind;
  /** Why (the comment's text after ` -- `, `podlint.io/ignore-reason`, the config entry's `reason`); '' when none. */
  reason: string;
  /** Config ignores: the date (YYYY-MM-DD) after which the entry stops suppressing. */
  expires?: string;
}

export type SuppressionKind = 'inline' | 'annotation' | 'config' | 'baseline';

export interface Summary {
  files: number;
  documents: number;
  objects: number;
  /** Documents that are not Kubernetes objects (no apiVersion/kind): Helm values and other YAML. */
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings suppressed by comments, annotations, config `ignores` or a baseline (always set by the engine). */
  suppressed?: number;
}

export interface LintReport {
  kubernetesVersion: string;
  findings: Finding[];
  summary: Summary;
}

/** Replace `{{name}}` placeholders with data; unknown placeholders stay as they are. */
export function interpolate(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file (input order), line, column, rule id. */
export function compareFindings(a: Finding, b: Finding, fileOrder: Map<string, number>): number {
  return (
    (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

/** Count the findings that are not suppressed, by severity. */
export function countSeverities(findings: readonly Finding[]): Pick<Summary, 'errors' | 'warnings' | 'infos'> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.suppressed) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
