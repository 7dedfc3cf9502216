import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  REPO_URL,
  docsUrl
} from "./chunk-7C3LSUJN.js";
import {
  encodeRelativeUri,
  repoRelativePath
} from "./chunk-O5UQTVII.js";

// src/formatters/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
function sarifLevel(severity) {
  return severity === "info" ? "note" : severity;
}
function pascalCase(id) {
  const name = id.split(/[^A-Za-z0-9]+/).filter((s) => s !== "").map((s) => s[0].toUpperCase() + s.slice(1)).join("");
  return name.toLowerCase() === id.toLowerCase() ? `${name}Check` : name;
}
function sentence(text) {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function isSecurityRule(rule) {
  return rule.meta.category === "security" || rule.meta.podSecurity !== void 0;
}
function securitySeverity(rule) {
  const base = rule.meta.severity === "error" ? 8 : rule.meta.severity === "warning" ? 5 : 2;
  const bump = rule.meta.podSecurity?.level === "baseline" ? 0.5 : 0;
  return (base + bump).toFixed(1);
}
function versionsText(rule) {
  const k = rule.meta.kubernetes;
  if (!k || !k.since && !k.until) return void 0;
  if (k.since && k.until) return `Kubernetes ${k.since} to ${k.until}`;
  return k.since ? `Kubernetes ${k.since} and later` : `Kubernetes ${k.until} and earlier`;
}
var CATEGORY_TEXT = {
  syntax: "kubectl cannot read the file",
  validity: "the API server of the target Kubernetes version rejects the object",
  security: "privileged misuse and Pod Security Standards",
  pitfall: "accepted by the API server, but misbehaves at run time"
};
function ruleDescriptor(rule) {
  const m = rule.meta;
  const url = docsUrl(rule.id);
  const facts = [
    `Category: ${m.category} (${CATEGORY_TEXT[m.category] ?? m.category}).`,
    m.podSecurity ? `Pod Security Standards: ${m.podSecurity.level} level, check "${m.podSecurity.check}".` : void 0,
    versionsText(rule) ? `Applies to ${versionsText(rule)}.` : void 0
  ].filter((s) => s !== void 0);
  const tags = [m.category, "kubernetes"];
  if (isSecurityRule(rule) && !tags.includes("security")) tags.push("security");
  if (m.podSecurity) tags.push("pod-security");
  const properties = {
    tags,
    precision: m.category === "pitfall" ? "high" : "very-high"
  };
  if (isSecurityRule(rule)) properties["security-severity"] = securitySeverity(rule);
  else properties["problem.severity"] = m.severity === "info" ? "recommendation" : m.severity;
  if (m.podSecurity) properties["podSecurity"] = { level: m.podSecurity.level, check: m.podSecurity.check };
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: sentence(m.description) },
    fullDescription: { text: `${sentence(m.description)} ${facts.join(" ")}`.slice(0, 1024) },
    help: {
      text: `${sentence(m.remediation)}

${facts.join("\n")}

Documentation: ${url}`,
      markdown: `${sentence(m.remediation)}

${facts.map((f) => `- ${f}`).join("\n")}

[Rule documentation: \`${rule.id}\`](${url})`
    },
    helpUri: url,
    defaultConfiguration: { level: sarifLevel(m.severity) },
    properties
  };
}
function fallbackDescriptor(f) {
  const url = docsUrl(f.ruleId);
  return {
    id: f.ruleId,
    name: pascalCase(f.ruleId),
    shortDescription: { text: `podlint rule ${f.ruleId}.` },
    fullDescription: { text: `podlint rule ${f.ruleId} (category ${f.category}).` },
    help: { text: `See ${url}.`, markdown: `See [the rule documentation](${url}).` },
    helpUri: url,
    defaultConfiguration: { level: sarifLevel(f.severity) },
    properties: { tags: [f.category, "kubernetes"] }
  };
}
function artifactUri(file, ctx) {
  return encodeRelativeUri(repoRelativePath(file, ctx.cwd, ctx.repoRoot));
}
function regionOf(f) {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}
function primaryLocation(f, ctx) {
  const loc = {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(f.file, ctx), uriBaseId: SRCROOT },
      region: regionOf(f)
    }
  };
  if (f.object) {
    const o = f.object;
    const name = o.name ?? "(unnamed)";
    loc.logicalLocations = [
      {
        name,
        fullyQualifiedName: [o.kind, o.namespace, name].filter((s) => s !== void 0).join("/"),
        kind: "resource",
        properties: { apiVersion: o.apiVersion, kind: o.kind, ...o.namespace !== void 0 ? { namespace: o.namespace } : {} }
      }
    ];
  }
  return loc;
}
function previousLocation(f, ctx) {
  const p = f.previous;
  if (!p) return void 0;
  return {
    id: 1,
    physicalLocation: {
      artifactLocation: { uri: artifactUri(p.file, ctx), uriBaseId: SRCROOT },
      region: { startLine: Math.max(1, p.line), startColumn: Math.max(1, p.column) }
    },
    message: { text: `Previous value: ${JSON.stringify(p.value) ?? "null"}.` }
  };
}
function suppressionsOf(f) {
  if (!f.suppressed) return void 0;
  const s = { kind: f.suppressed.kind === "inline" || f.suppressed.kind === "annotation" ? "inSource" : "external", status: "accepted" };
  const why = [f.suppressed.reason, f.suppressed.expires ? `expires ${f.suppressed.expires}` : ""].filter((x) => x !== "").join("; ");
  if (why !== "") s.justification = why;
  return [s];
}
function resultOf(f, ruleIndex, ctx) {
  const result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message.trim() === "" ? `${f.ruleId}.` : f.message },
    locations: [primaryLocation(f, ctx)]
  };
  const previous = previousLocation(f, ctx);
  if (previous) result.relatedLocations = [previous];
  const suppressions = suppressionsOf(f);
  if (suppressions) result.suppressions = suppressions;
  const properties = { category: f.category };
  if (f.path !== "") properties["fieldPath"] = f.path;
  if (f.podSecurity) properties["podSecurity"] = { level: f.podSecurity.level, check: f.podSecurity.check };
  result.properties = properties;
  return result;
}
function buildSarif(report, ctx) {
  const rules = ctx.rules.map(ruleDescriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const indexOf = (f) => {
    let i = index.get(f.ruleId);
    if (i === void 0) {
      i = rules.push(fallbackDescriptor(f)) - 1;
      index.set(f.ruleId, i);
    }
    return i;
  };
  const results = report.findings.map((f) => resultOf(f, indexOf(f), ctx));
  const notifications = report.findings.filter((f) => f.ruleId === "parse-error").map((f) => ({
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [primaryLocation(f, ctx)],
    associatedRule: { id: f.ruleId, index: indexOf(f) }
  }));
  const informationUri = ctx.tool.informationUri && /^https?:\/\//.test(ctx.tool.informationUri) ? ctx.tool.informationUri : REPO_URL;
  const run = {
    tool: {
      driver: {
        name: ctx.tool.name,
        version: ctx.tool.version,
        semanticVersion: ctx.tool.version,
        informationUri,
        rules
      }
    },
    invocations: [{ executionSuccessful: true, ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {} }],
    columnKind: "utf16CodeUnits",
    results,
    properties: { kubernetesVersion: report.kubernetesVersion, summary: report.summary }
  };
  if (ctx.sarifCategory !== void 0 && ctx.sarifCategory.trim() !== "") {
    const id = ctx.sarifCategory.trim();
    run.automationDetails = { id: id.includes("/") ? id : `${id}/` };
  }
  const ordered = {
    tool: run.tool,
    ...run.automationDetails ? { automationDetails: run.automationDetails } : {},
    invocations: run.invocations,
    columnKind: run.columnKind,
    results: run.results,
    properties: run.properties
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [ordered] };
}
var formatSarif = (report, ctx) => `${JSON.stringify(buildSarif(report, ctx), null, 2)}
`;

export {
  SARIF_SCHEMA_URI,
  SRCROOT,
  sarifLevel,
  pascalCase,
  securitySeverity,
  ruleDescriptor,
  buildSarif,
  formatSarif
};
