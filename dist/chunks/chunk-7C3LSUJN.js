import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);

// src/core/meta.ts
var REPO_URL = "https://github.com/podlint/podlint";
function docsUrl(ruleId) {
  return `${REPO_URL}/blob/main/rules/${ruleId}.md`;
}
function ruleDocsUrl(rule) {
  return rule.meta.url ?? docsUrl(rule.id);
}
function describeRule(rule) {
  const m = rule.meta;
  return {
    id: rule.id,
    description: m.description,
    category: m.category,
    severity: m.severity,
    recommended: m.recommended !== false,
    remediation: m.remediation,
    docsUrl: ruleDocsUrl(rule),
    ...m.kubernetes ? { kubernetes: m.kubernetes } : {},
    ...m.podSecurity ? { podSecurity: m.podSecurity } : {},
    ...m.phase && m.phase !== "always" ? { phase: m.phase } : {},
    ...m.schema ? { options: m.schema } : {}
  };
}
function versions(rule) {
  const k = rule.meta.kubernetes;
  if (!k || !k.since && !k.until) return "all";
  if (k.since && k.until) return `${k.since}\u2013${k.until}`;
  return k.since ? `\u2265 ${k.since}` : `\u2264 ${k.until}`;
}
function ruleTable(rules, linkBase = "rules/") {
  const rows = [...rules].sort((a, b) => a.id.localeCompare(b.id)).map((r) => {
    const ps = r.meta.podSecurity ? `${r.meta.podSecurity.level}: \`${r.meta.podSecurity.check}\`` : "";
    return `| [\`${r.id}\`](${r.meta.url ?? `${linkBase}${r.id}.md`}) | ${r.meta.description} | ${r.meta.category} | ${r.meta.severity} | ${versions(r)} | ${ps} |`;
  });
  return ["| Rule | Description | Category | Severity | Kubernetes | Pod Security |", "| --- | --- | --- | --- | --- | --- |", ...rows].join("\n");
}

export {
  REPO_URL,
  docsUrl,
  describeRule,
  ruleTable
};
