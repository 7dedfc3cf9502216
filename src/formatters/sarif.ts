// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it (one run, full rule metadata,
// repository-relative percent-encoded URIs, exact UTF-16 regions). No partialFingerprints: the upload
// step computes them from the file contents.
import { docsUrl, REPO_URL } from '../core/meta.js';
import type { Finding } from '../core/report.js';
import type { AnyRule, Severity } from '../core/rule.js';
import { encodeRelativeUri, repoRelativePath } from './paths.js';
import type { FormatContext, Formatter } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

/** The subset of the SARIF object model podlint writes (typed after `@types/sarif`). */
export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region: SarifRegion;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: SarifPhysicalLocation;
  logicalLocations?: { name?: string; fullyQualifiedName?: string; kind?: string; properties?: Record<string, unknown> }[];
  message?: SarifMessage;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: Record<string, unknown> & { tags: string[] };
}

export interface SarifSuppression {
  kind: 'inSource' | 'external';
  status?: 'accepted' | 'underReview' | 'rejected';
  justification?: string;
  location?: SarifLocation;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  suppressions?: SarifSuppression[];
  properties?: Record<string, unknown>;
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  associatedRule: { id: string; index: number };
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version: string;
      semanticVersion: string;
      informationUri: string;
      rules: SarifReportingDescriptor[];
    };
  };
  automationDetails?: { id: string };
  invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[];
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  properties: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/**
 * `no-privileged-container` → `NoPrivilegedContainer` (the PascalCase "friendly name" SARIF asks for).
 * A name must differ from the id even in case (SARIF1001), so a one-word id gets `Check` appended.
 */
export function pascalCase(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter((s) => s !== '')
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join('');
  return name.toLowerCase() === id.toLowerCase() ? `${name}Check` : name;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function isSecurityRule(rule: AnyRule): boolean {
  return rule.meta.category === 'security' || rule.meta.podSecurity !== undefined;
}

/** GitHub's `security-severity`: a numeric string in (0, 10]; ≥ 7 is "high", 4–6.9 "medium", below "low". */
export function securitySeverity(rule: AnyRule): string {
  const base = rule.meta.severity === 'error' ? 8 : rule.meta.severity === 'warning' ? 5 : 2;
  // A baseline Pod Security check guards against known privilege escalations: one step more severe.
  const bump = rule.meta.podSecurity?.level === 'baseline' ? 0.5 : 0;
  return (base + bump).toFixed(1);
}

function versionsText(rule: AnyRule): string | undefined {
  const k = rule.meta.kubernetes;
  if (!k || (!k.since && !k.until)) return undefined;
  if (k.since && k.until) return `Kubernetes ${k.since} to ${k.until}`;
  return k.since ? `Kubernetes ${k.since} and later` : `Kubernetes ${k.until} and earlier`;
}

const CATEGORY_TEXT: Record<string, string> = {
  syntax: 'kubectl cannot read the file',
  validity: 'the API server of the target Kubernetes version rejects the object',
  security: 'privileged misuse and Pod Security Standards',
  pitfall: 'accepted by the API server, but misbehaves at run time',
};

/** A `reportingDescriptor` with every field GitHub reads (and the multitool's GitHub rules ask for). */
export function ruleDescriptor(rule: AnyRule): SarifReportingDescriptor {
  const m = rule.meta;
  const url = docsUrl(rule.id);
  const facts = [
    `Category: ${m.category} (${CATEGORY_TEXT[m.category] ?? m.category}).`,
    m.podSecurity ? `Pod Security Standards: ${m.podSecurity.level} level, check "${m.podSecurity.check}".` : undefined,
    versionsText(rule) ? `Applies to ${versionsText(rule)}.` : undefined,
  ].filter((s): s is string => s !== undefined);
  const tags = [m.category, 'kubernetes'];
  if (isSecurityRule(rule) && !tags.includes('security')) tags.push('security');
  if (m.podSecurity) tags.push('pod-security');
  const properties: SarifReportingDescriptor['properties'] = {
    tags,
    precision: m.category === 'pitfall' ? 'high' : 'very-high',
  };
  if (isSecurityRule(rule)) properties['security-severity'] = securitySeverity(rule);
  else properties['problem.severity'] = m.severity === 'info' ? 'recommendation' : m.severity;
  if (m.podSecurity) properties['podSecurity'] = { level: m.podSecurity.level, check: m.podSecurity.check };
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: sentence(m.description) },
    fullDescription: { text: `${sentence(m.description)} ${facts.join(' ')}`.slice(0, 1024) },
    help: {
      text: `${sentence(m.remediation)}\n\n${facts.join('\n')}\n\nDocumentation: ${url}`,
      markdown: `${sentence(m.remediation)}\n\n${facts.map((f) => `- ${f}`).join('\n')}\n\n[Rule documentation: \`${rule.id}\`](${url})`,
    },
    helpUri: url,
    defaultConfiguration: { level: sarifLevel(m.severity) },
    properties,
  };
}

/** A descriptor for a finding whose rule is not in the context (an internal finding): still complete. */
function fallbackDescriptor(f: Finding): SarifReportingDescriptor {
  const url = docsUrl(f.ruleId);
  return {
    id: f.ruleId,
    name: pascalCase(f.ruleId),
    shortDescription: { text: `podlint rule ${f.ruleId}.` },
    fullDescription: { text: `podlint rule ${f.ruleId} (category ${f.category}).` },
    help: { text: `See ${url}.`, markdown: `See [the rule documentation](${url}).` },
    helpUri: url,
    defaultConfiguration: { level: sarifLevel(f.severity) },
    properties: { tags: [f.category, 'kubernetes'] },
  };
}

function artifactUri(file: string, ctx: FormatContext): string {
  return encodeRelativeUri(repoRelativePath(file, ctx.cwd, ctx.repoRoot));
}

/** A region SARIF accepts: 1-based, end never before start. */
function regionOf(f: Finding): SarifRegion {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function primaryLocation(f: Finding, ctx: FormatContext): SarifLocation {
  const loc: SarifLocation = {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(f.file, ctx), uriBaseId: SRCROOT },
      region: regionOf(f),
    },
  };
  if (f.object) {
    const o = f.object;
    const name = o.name ?? '(unnamed)';
    loc.logicalLocations = [
      {
        name,
        fullyQualifiedName: [o.kind, o.namespace, name].filter((s) => s !== undefined).join('/'),
        kind: 'resource',
        properties: { apiVersion: o.apiVersion, kind: o.kind, ...(o.namespace !== undefined ? { namespace: o.namespace } : {}) },
      },
    ];
  }
  return loc;
}

/** Where an updated field was in the old manifest (diff mode). */
function previousLocation(f: Finding, ctx: FormatContext): SarifLocation | undefined {
  const p = f.previous;
  if (!p) return undefined;
  return {
    id: 1,
    physicalLocation: {
      artifactLocation: { uri: artifactUri(p.file, ctx), uriBaseId: SRCROOT },
      region: { startLine: Math.max(1, p.line), startColumn: Math.max(1, p.column) },
    },
    message: { text: `Previous value: ${JSON.stringify(p.value) ?? 'null'}.` },
  };
}

/**
 * SARIF `suppressions` of a finding. Findings suppressed by comments or config will carry them here
 * (the suppressions work); until then no finding is suppressed and the property is left out.
 */
/** A suppressed finding stays in the log with a SARIF suppression (GitHub shows it as dismissed). */
function suppressionsOf(f: Finding): SarifSuppression[] | undefined {
  if (!f.suppressed) return undefined;
  const s: SarifSuppression = { kind: f.suppressed.kind === 'inline' || f.suppressed.kind === 'annotation' ? 'inSource' : 'external', status: 'accepted' };
  const why = [f.suppressed.reason, f.suppressed.expires ? `expires ${f.suppressed.expires}` : ''].filter((x) => x !== '').join('; ');
  if (why !== '') s.justification = why;
  return [s];
}

function resultOf(f: Finding, ruleIndex: number, ctx: FormatContext): SarifResult {
  const result: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message.trim() === '' ? `${f.ruleId}.` : f.message },
    locations: [primaryLocation(f, ctx)],
  };
  const previous = previousLocation(f, ctx);
  if (previous) result.relatedLocations = [previous];
  const suppressions = suppressionsOf(f);
  if (suppressions) result.suppressions = suppressions;
  const properties: Record<string, unknown> = { category: f.category };
  if (f.path !== '') properties['fieldPath'] = f.path;
  if (f.podSecurity) properties['podSecurity'] = { level: f.podSecurity.level, check: f.podSecurity.check };
  result.properties = properties;
  return result;
}

/** Build the SARIF log object (the formatter serialises it). */
export function buildSarif(report: Parameters<Formatter>[0], ctx: FormatContext): SarifLog {
  const rules = ctx.rules.map(ruleDescriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const indexOf = (f: Finding): number => {
    let i = index.get(f.ruleId);
    if (i === undefined) {
      i = rules.push(fallbackDescriptor(f)) - 1;
      index.set(f.ruleId, i);
    }
    return i;
  };
  const results = report.findings.map((f) => resultOf(f, indexOf(f), ctx));
  const notifications: SarifNotification[] = report.findings
    .filter((f) => f.ruleId === 'parse-error')
    .map((f) => ({
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [primaryLocation(f, ctx)],
      associatedRule: { id: f.ruleId, index: indexOf(f) },
    }));
  const informationUri = ctx.tool.informationUri && /^https?:\/\//.test(ctx.tool.informationUri) ? ctx.tool.informationUri : REPO_URL;
  const run: SarifRun = {
    tool: {
      driver: {
        name: ctx.tool.name,
        version: ctx.tool.version,
        semanticVersion: ctx.tool.version,
        informationUri,
        rules,
      },
    },
    invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
    columnKind: 'utf16CodeUnits',
    results,
    properties: { kubernetesVersion: report.kubernetesVersion, summary: report.summary },
  };
  if (ctx.sarifCategory !== undefined && ctx.sarifCategory.trim() !== '') {
    const id = ctx.sarifCategory.trim();
    // `category/run-id`: GitHub takes everything before the last `/` as the category, so a bare name
    // (no `/`) gets a trailing one to be a category rather than a run id.
    run.automationDetails = { id: id.includes('/') ? id : `${id}/` };
  }
  // Keep the documented key order of a run: tool, automationDetails, invocations, columnKind, results.
  const ordered: SarifRun = {
    tool: run.tool,
    ...(run.automationDetails ? { automationDetails: run.automationDetails } : {}),
    invocations: run.invocations,
    columnKind: run.columnKind,
    results: run.results,
    properties: run.properties,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [ordered] };
}

export const formatSarif: Formatter = (report, ctx) => `${JSON.stringify(buildSarif(report, ctx), null, 2)}\n`;
