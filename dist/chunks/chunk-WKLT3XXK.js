import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);

// src/core/errors.ts
var PodlintError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "PodlintError";
  }
  code;
};

// src/core/rule.ts
function defineRule(rule) {
  return rule;
}

// src/core/syntax-rules.ts
var parseErrorRule = defineRule({
  id: "parse-error",
  meta: {
    description: "Report files that kubectl cannot parse as YAML or JSON",
    category: "syntax",
    severity: "error",
    remediation: "Fix the YAML syntax at the reported line; kubectl refuses the whole file until it parses.",
    messages: {
      syntax: "YAML syntax error: {{message}}.",
      aliasing: "The document cannot be read: {{message}} (kubectl refuses it too).",
      tooLarge: "File is {{size}} bytes, over the {{limit}}-byte limit (maxFileSize); it was not linted."
    }
  },
  create: () => ({})
});
var duplicateKeyRule = defineRule({
  id: "duplicate-key",
  meta: {
    description: "Disallow a key that appears twice in one YAML mapping",
    category: "syntax",
    severity: "error",
    remediation: "Remove one of the two keys or merge their values; kubectl refuses a file with a duplicate key.",
    messages: {
      duplicate: '{{path}}: {{message}}: kubectl refuses this file; keep one "{{key}}" key.'
    }
  },
  create: () => ({})
});
var SYNTAX_RULES = [parseErrorRule, duplicateKeyRule];
function withSyntaxRules(rules) {
  const ids = new Set(rules.map((r) => r.id));
  return [...SYNTAX_RULES.filter((r) => !ids.has(r.id)), ...rules];
}

// src/k8s/values.ts
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function rec(v) {
  return isRecord(v) ? v : void 0;
}
function arr(v) {
  return Array.isArray(v) ? v : [];
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function num(v) {
  return typeof v === "number" ? v : void 0;
}
function bool(v) {
  return typeof v === "boolean" ? v : void 0;
}
function dig(v, ...keys) {
  let cur = v;
  for (const k of keys) {
    if (typeof k === "number") {
      if (!Array.isArray(cur)) return void 0;
      cur = cur[k];
    } else {
      if (!isRecord(cur)) return void 0;
      cur = cur[k];
    }
  }
  return cur;
}
function deepFreeze(v) {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const child of Object.values(v)) deepFreeze(child);
  }
  return v;
}

// src/k8s/path.ts
var IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

// src/core/report.ts
function interpolate(template, data) {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (m, key) => key in data ? String(data[key]) : m);
}
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b, fileOrder) {
  return (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
function countSeverities(findings) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

// src/k8s/versions.ts
var OLDEST_VERSION = "1.27";
var NEWEST_VERSION = "1.37";
var VERSION_RE = /^v?(\d+)\.(\d+)(?:\.\d+)?$/;
function parseVersion(text) {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]) };
}
function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor;
}
function formatVersion(v) {
  return `${v.major}.${v.minor}`;
}
function must(text) {
  const v = parseVersion(text);
  if (!v) throw new Error(`not a Kubernetes version: ${text}`);
  return v;
}
function isSupportedVersion(v) {
  return compareVersions(v, must(OLDEST_VERSION)) >= 0 && compareVersions(v, must(NEWEST_VERSION)) <= 0;
}
function inRange(v, range) {
  if (!range) return true;
  if (range.since && compareVersions(v, must(range.since)) < 0) return false;
  if (range.until && compareVersions(v, must(range.until)) > 0) return false;
  return true;
}

export {
  PodlintError,
  defineRule,
  parseErrorRule,
  duplicateKeyRule,
  withSyntaxRules,
  isRecord,
  rec,
  arr,
  str,
  num,
  bool,
  dig,
  deepFreeze,
  formatPath,
  interpolate,
  compareFindings,
  countSeverities,
  OLDEST_VERSION,
  NEWEST_VERSION,
  parseVersion,
  formatVersion,
  isSupportedVersion,
  inRange
};
