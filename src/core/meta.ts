// Facts derived from rule metadata: documentation URLs and presets. One source: the rules' own meta.
import type { AnyRule } from './rule.js';

/** Where the repository lives; `package.json` `homepage`/`repository` agree (a test checks it). */
export const REPO_URL = 'https://github.com/podlint/podlint';

/** The documentation page of a rule, derived from its id (never written by hand). */
export function docsUrl(ruleId: string): string {
  return `${REPO_URL}/blob/main/rules/${ruleId}.md`;
}

/** The documentation page of any rule: a plugin rule's own `meta.url`, else the built-in page. */
export function ruleDocsUrl(rule: AnyRule): string {
  return rule.meta.url ?? docsUrl(rule.id);
}

/** A rule's metadata as `podlint rules --format json` prints it. */
export function describeRule(rule: AnyRule): Record<string, unknown> {
  const m = rule.meta;
  return {
    id: rule.id,
    description: m.description,
    category: m.category,
    severity: m.severity,
    recommended: m.recommended !== false,
    remediation: m.remediation,
    docsUrl: ruleDocsUrl(rule),
    ...(m.kubernetes ? { kubernetes: m.kubernetes } : {}),
    ...(m.podSecurity ? { podSecurity: m.podSecurity } : {}),
    ...(m.phase && m.phase !== 'always' ? { phase: m.phase } : {}),
    ...(m.schema ? { options: m.schema } : {}),
  };
}

function versions(rule: AnyRule): string {
  const k = rule.meta.kubernetes;
  if (!k || (!k.since && !k.until)) return 'all';
  if (k.since && k.until) return `${k.since}–${k.until}`;
  return k.since ? `≥ ${k.since}` : `≤ ${k.until}`;
}

/** The Markdown rule table of the README and `podlint rules --format markdown`. */
export function ruleTable(rules: readonly AnyRule[], linkBase = 'rules/'): string {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => {
      const ps = r.meta.podSecurity ? `${r.meta.podSecurity.level}: \`${r.meta.podSecurity.check}\`` : '';
      return `| [\`${r.id}\`](${r.meta.url ?? `${linkBase}${r.id}.md`}) | ${r.meta.description} | ${r.meta.category} | ${r.meta.severity} | ${versions(r)} | ${ps} |`;
    });
  return ['| Rule | Description | Category | Severity | Kubernetes | Pod Security |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
