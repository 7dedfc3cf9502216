import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  diffGit
} from "./chunks/chunk-4XOKCXUW.js";
import {
  MANIFEST_EXTENSIONS,
  builtinRules,
  lintFiles,
  loadConfiguredPlugins
} from "./chunks/chunk-ESYJTYYV.js";
import {
  withSyntaxRules
} from "./chunks/chunk-VHOVBTH4.js";
import {
  NEWEST_VERSION,
  OLDEST_VERSION,
  PodlintError,
  countSeverities,
  isSupportedVersion,
  parseVersion
} from "./chunks/chunk-L4C4UO3S.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-QDJ5KUSK.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/action/run.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path3 from "node:path";

// package.json
var package_default = {
  name: "podlint",
  version: "0.1.0",
  description: "Static analysis and admission policy for Kubernetes Pod specs: forbidden updates, invalid names, privileged misuse and sidecar pitfalls, at the exact line and column.",
  license: "Apache-2.0",
  type: "module",
  homepage: "https://github.com/podlint/podlint#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/podlint/podlint.git"
  },
  engines: {
    node: ">=20"
  },
  bin: {
    podlint: "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      default: "./dist/index.js"
    },
    "./testing": {
      types: "./dist/types/src/testing/index.d.ts",
      default: "./dist/testing.js"
    },
    "./package.json": "./package.json"
  },
  files: [
    "dist",
    "schemas",
    "rules/*.md",
    "README.md",
    "CHANGELOG.md"
  ],
  scripts: {
    bench: "node scripts/bench/run.mjs --write BENCHMARKS.md",
    build: "node scripts/build.mjs",
    docs: "tsx scripts/docs.ts",
    lint: "eslint .",
    typecheck: "tsc --noEmit",
    test: "eslint . && tsc --noEmit && vitest run",
    "test:unit": "vitest run",
    "bench:webhook": "node scripts/bench-webhook.mjs"
  },
  dependencies: {
    ajv: "8.20.0",
    commander: "14.0.3",
    glob: "11.0.3",
    ignore: "7.0.16",
    "js-yaml": "4.3.2",
    minimatch: "11.0.9",
    picocolors: "1.1.1",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@eslint/js": "10.0.1",
    "@microsoft/sarif-multitool": "5.7.0",
    "@types/js-yaml": "4.0.9",
    "@types/node": "20.19.43",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    autocannon: "8.0.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "fast-check": "4.10.2",
    tsx: "4.23.15",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "4.1.12"
  }
};

// src/formatters/paths.ts
function slashes(p) {
  return p.replace(/\\/g, "/");
}
function isAbsolute(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function normalize(p) {
  const drive = /^[A-Za-z]:/.exec(p)?.[0] ?? "";
  const out = [];
  for (const seg of p.slice(drive.length).split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return `${drive}/${out.join("/")}`;
}
function join(base, rel) {
  return isAbsolute(rel) ? normalize(rel) : normalize(`${base}/${rel}`);
}
function relative(from, to) {
  const a = from.split("/").filter((s) => s !== "");
  const b = to.split("/").filter((s) => s !== "");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}
function repoRelativePath(file, cwd, repoRoot) {
  if (/^<.*>$/.test(file)) return file;
  const root = normalize(slashes(repoRoot ?? cwd));
  const abs = join(normalize(slashes(cwd)), slashes(file));
  const rel = relative(root, abs);
  return rel === "" ? "." : rel;
}
function encodeRelativeUri(rel) {
  return rel.split("/").map((seg) => seg === ".." || seg === "." ? seg : encodeURIComponent(seg)).join("/");
}

// src/formatters/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationLevel(f) {
  return f.severity === "info" ? "notice" : f.severity;
}
function workflowCommand(f, file) {
  const props = [
    ["file", file],
    ["line", f.line],
    ["endLine", Math.max(f.line, f.endLine)]
  ];
  if (f.endLine <= f.line) {
    props.push(["col", f.column], ["endColumn", Math.max(f.column, f.endColumn)]);
  }
  props.push(["title", f.ruleId]);
  const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${annotationLevel(f)} ${head}::${escapeData(f.message)}`;
}

// src/core/meta.ts
var REPO_URL = "https://github.com/podlint/podlint";
function docsUrl(ruleId) {
  return `${REPO_URL}/blob/main/rules/${ruleId}.md`;
}

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
  const run2 = {
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
    run2.automationDetails = { id: id.includes("/") ? id : `${id}/` };
  }
  const ordered = {
    tool: run2.tool,
    ...run2.automationDetails ? { automationDetails: run2.automationDetails } : {},
    invocations: run2.invocations,
    columnKind: run2.columnKind,
    results: run2.results,
    properties: run2.properties
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [ordered] };
}

// src/formatters/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var formatStylish = (report, ctx) => {
  const c = import_picocolors.default.createColors(ctx.color);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const lines = [];
  for (const [file, findings] of byFile) {
    lines.push(c.underline(file));
    const rows = findings.map((f) => [
      `${f.line}:${f.column}`,
      f.severity,
      f.message,
      f.ruleId
    ]);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [pos, sev, msg, rule] of rows) {
      const sevText = sev === "error" ? c.red(sev.padEnd(w1)) : sev === "warning" ? c.yellow(sev.padEnd(w1)) : c.blue(sev.padEnd(w1));
      lines.push(`  ${c.dim(pos.padEnd(w0))}  ${sevText}  ${msg}  ${c.dim(rule)}`);
    }
    lines.push("");
  }
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  const counts = `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}`;
  const suppressed = s.suppressed ?? report.findings.filter((f) => f.suppressed).length;
  const scanned = `${plural(s.files, "file")}, ${plural(s.objects, "object")} linted for Kubernetes ${report.kubernetesVersion}${s.skipped > 0 ? `, ${plural(s.skipped, "document")} skipped (no apiVersion/kind)` : ""}${suppressed > 0 ? `, ${plural(suppressed, "finding")} suppressed` : ""}`;
  if (total === 0) {
    lines.push(`${c.green("\u2714")} No problems (${scanned}).`);
  } else {
    const mark = s.errors > 0 ? c.red(c.bold("\u2716")) : c.yellow(c.bold("\u26A0"));
    lines.push(`${mark} ${plural(total, "problem")} (${counts}) in ${scanned}.`);
  }
  return `${lines.join("\n")}
`;
};

// src/node/repo-root.ts
import { existsSync } from "node:fs";
import path from "node:path";
function findRepoRoot(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/action/commands.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
function command(name, properties, message) {
  const props = Object.entries(properties).filter((e) => e[1] !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${props === "" ? "" : ` ${props}`}::${escapeData(message)}
`;
}
function setOutput(io, name, value) {
  const file = io.env["GITHUB_OUTPUT"];
  if (!file) {
    io.stdout(`podlint output ${name}=${value}
`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
function appendSummary(io, markdown) {
  const file = io.env["GITHUB_STEP_SUMMARY"];
  if (file) appendFileSync(file, markdown);
}
function group(io, title, body) {
  const token = `podlint-${randomUUID()}`;
  io.stdout(`::group::${escapeData(title)}
::stop-commands::${token}
${body}${body.endsWith("\n") ? "" : "\n"}::${token}::
::endgroup::
`);
}

// src/action/diff.ts
import path2 from "node:path";

// src/action/git.ts
import { spawnSync } from "node:child_process";
var GitError = class extends Error {
};
function git(args, cwd) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
function gitOk(args, cwd) {
  const r = git(args, cwd);
  if (r.code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${r.stderr.trim() || `exit code ${r.code}`}`);
  return r.stdout;
}
function topLevel(cwd) {
  const r = git(["rev-parse", "--show-toplevel"], cwd);
  return r.code === 0 ? r.stdout.trim() : void 0;
}
function hasCommit(ref, cwd) {
  return git(["cat-file", "-e", `${ref}^{commit}`], cwd).code === 0;
}
function ensureCommit(base, cwd) {
  if (hasCommit(base, cwd)) return void 0;
  const fetched = git(["fetch", "--no-tags", "--depth=1", "origin", base], cwd);
  if (fetched.code === 0 && hasCommit(base, cwd)) return `Fetched the base commit ${base} (the checkout is shallow).`;
  if (fetched.code === 0 && hasCommit("FETCH_HEAD", cwd)) {
    return `Fetched ${base} (the checkout is shallow).`;
  }
  throw new GitError(
    `The base commit ${base} is not in the checkout and could not be fetched from origin (${fetched.stderr.trim() || `git exit code ${fetched.code}`}). Check out with \`fetch-depth: 0\`, or give \`base-ref\` a commit that exists.`
  );
}
function resolveCommit(ref, cwd) {
  const r = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  if (r.code === 0) return r.stdout.trim();
  return gitOk(["rev-parse", "--verify", "FETCH_HEAD^{commit}"], cwd).trim();
}
function changedManifests(base, paths, cwd) {
  const out = gitOk(["-c", "core.quotePath=false", "diff", "--name-only", "-z", "--relative", "--no-renames", "--diff-filter=ACMRT", base, "--", ...paths], cwd);
  return out.split("\0").filter((f) => f !== "" && MANIFEST_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext))).sort();
}

// src/action/diff.ts
function onlyFiles(report, files, cwd) {
  const keep = new Set(files.map((f) => path2.resolve(cwd, f)));
  const findings = report.findings.filter((f) => keep.has(path2.resolve(cwd, f.file)));
  return { ...report, findings, summary: { ...report.summary, files: files.length, ...countSeverities(findings) } };
}
async function runDiff(paths, baseRef, options, io) {
  const fetched = ensureCommit(baseRef, options.cwd);
  if (fetched) io.stdout(`${fetched}
`);
  const base = resolveCommit(baseRef, options.cwd);
  const changed = changedManifests(base, paths, options.cwd);
  const report = await diffGit(paths, { ...options, base });
  return { report, changes: onlyFiles(report, changed, options.cwd), changed, base };
}

// src/action/inputs.ts
var ActionInputError = class extends Error {
};
var DEFAULT_MAX_ANNOTATIONS = 10;
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function oneOf(name, value, allowed, fallback) {
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new ActionInputError(`Input "${name}" must be one of ${allowed.join(", ")}; got "${value}".`);
}
function readInputs(env) {
  const paths = getInput(env, "paths").split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== "" && !p.startsWith("#"));
  const version = getInput(env, "kubernetes-version");
  if (version !== "") {
    const parsed = parseVersion(version);
    if (!parsed || !isSupportedVersion(parsed)) {
      throw new ActionInputError(`Input "kubernetes-version" must be ${OLDEST_VERSION} to ${NEWEST_VERSION}; got "${version}".`);
    }
  }
  const level = getInput(env, "pod-security-level");
  const maxText = getInput(env, "max-annotations");
  const maxAnnotations = maxText === "" ? DEFAULT_MAX_ANNOTATIONS : Number(maxText);
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0) {
    throw new ActionInputError(`Input "max-annotations" must be a non-negative integer; got "${maxText}".`);
  }
  const optional = (name) => {
    const v = getInput(env, name);
    return v === "" ? void 0 : v;
  };
  return {
    paths: paths.length > 0 ? paths : ["."],
    mode: oneOf("mode", getInput(env, "mode"), ["auto", "lint", "diff"], "auto"),
    baseRef: optional("base-ref"),
    config: optional("config"),
    kubernetesVersion: version === "" ? void 0 : version,
    podSecurityLevel: level === "" ? void 0 : oneOf("pod-security-level", level, ["privileged", "baseline", "restricted"], "baseline"),
    sarifFile: optional("sarif-file") ?? "podlint.sarif",
    failOn: oneOf("fail-on", getInput(env, "fail-on"), ["error", "warning", "never"], "error"),
    maxAnnotations
  };
}

// src/action/summary.ts
var MAX_SUMMARY_ROWS = 500;
var RANK = { error: 0, warning: 1, info: 2 };
function cell(text) {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}
function code(text) {
  return `\`${cell(text).replace(/`/g, "'")}\``;
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryMarkdown(report, options) {
  const s = report.summary;
  const icon = options.failed ? "\u274C" : s.errors + s.warnings > 0 ? "\u26A0\uFE0F" : "\u2705";
  const lines = [
    "## podlint",
    "",
    `${icon} ${plural2(s.errors, "error")}, ${plural2(s.warnings, "warning")}, ${plural2(s.infos, "info")} in ${plural2(s.files, "file")} (${plural2(s.objects, "object")}, Kubernetes ${report.kubernetesVersion})${s.suppressed ? `; ${s.suppressed} suppressed` : ""}. ${options.scope}`,
    ""
  ];
  const groups = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const key = `${f.ruleId}\0${f.file}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  if (groups.size > 0) {
    const rows = [...groups.values()].sort(
      (a, b) => Math.min(...a.map((f) => RANK[f.severity])) - Math.min(...b.map((f) => RANK[f.severity])) || a[0].ruleId.localeCompare(b[0].ruleId) || a[0].file.localeCompare(b[0].file)
    );
    lines.push("| Rule | File | Severity | Findings | Lines |", "| --- | --- | --- | --- | --- |");
    for (const list of rows.slice(0, MAX_SUMMARY_ROWS)) {
      const first = list[0];
      const repoPath = options.repoPath(first.file);
      const fileUrl = options.blobBase ? `${options.blobBase}${encodeRelativeUri(repoPath)}` : void 0;
      const severity = [...new Set(list.map((f) => f.severity))].sort((a, b) => RANK[a] - RANK[b]).join(", ");
      const lineList = [...new Set(list.map((f) => f.line))].sort((a, b) => a - b);
      const shown = lineList.slice(0, 10).map((l) => fileUrl ? `[${l}](${fileUrl}#L${l})` : String(l));
      if (lineList.length > 10) shown.push("\u2026");
      lines.push(
        `| [${code(first.ruleId)}](${docsUrl(first.ruleId)}) | ${fileUrl ? `[${code(repoPath)}](${fileUrl})` : code(repoPath)} | ${severity} | ${list.length} | ${shown.join(", ")} |`
      );
    }
    if (rows.length > MAX_SUMMARY_ROWS) lines.push("", `\u2026 and ${rows.length - MAX_SUMMARY_ROWS} more rule/file pairs: see the SARIF file.`);
    lines.push("");
  }
  lines.push(`SARIF: ${code(options.sarifFile)} (upload it with \`github/codeql-action/upload-sarif\`).`, "");
  return `${lines.join("\n")}
`;
}

// src/action/run.ts
function readPullRequest(env) {
  const file = env["GITHUB_EVENT_PATH"];
  if (!file) return void 0;
  let payload;
  try {
    payload = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ActionInputError(`Cannot read the event payload ${file}: ${e.message}`);
  }
  const pr = payload?.pull_request;
  if (!pr || typeof pr !== "object") return void 0;
  return {
    baseSha: typeof pr.base?.sha === "string" && pr.base.sha !== "" ? pr.base.sha : void 0,
    headSha: typeof pr.head?.sha === "string" && pr.head.sha !== "" ? pr.head.sha : void 0
  };
}
var PR_EVENTS = ["pull_request", "pull_request_target"];
function plan(inputs, env, pr) {
  if (inputs.mode === "lint") return { mode: "lint" };
  const base = inputs.baseRef ?? pr?.baseSha;
  if (inputs.mode === "diff") {
    if (!base) throw new ActionInputError('mode "diff" needs "base-ref", or a pull_request event whose payload has pull_request.base.sha.');
    return { mode: "diff", base };
  }
  const isPr = PR_EVENTS.includes(env["GITHUB_EVENT_NAME"] ?? "") || env["GITHUB_EVENT_NAME"] === void 0 && pr !== void 0;
  if (isPr && pr && base) return { mode: "diff", base };
  return { mode: "lint" };
}
var RANK2 = { error: 0, warning: 1, info: 2 };
function mostSevere(findings, max) {
  return findings.filter((f) => !f.suppressed).map((f, i) => ({ f, i })).sort((a, b) => RANK2[a.f.severity] - RANK2[b.f.severity] || a.i - b.i).slice(0, max).map((x) => x.f);
}
function failed(report, failOn) {
  if (failOn === "never") return false;
  if (failOn === "warning") return report.summary.errors + report.summary.warnings > 0;
  return report.summary.errors > 0;
}
async function run(io) {
  const { env } = io;
  const inputs = readInputs(env);
  const workspace = path3.resolve(io.cwd, env["GITHUB_WORKSPACE"] ?? ".");
  const pr = readPullRequest(env);
  const what = plan(inputs, env, pr);
  const overrides = {};
  if (inputs.kubernetesVersion) overrides.kubernetesVersion = inputs.kubernetesVersion;
  if (inputs.podSecurityLevel) overrides.podSecurityLevel = inputs.podSecurityLevel;
  const rules = withSyntaxRules([...builtinRules, ...await loadConfiguredPlugins({ cwd: workspace, configFile: inputs.config })]);
  const options = { cwd: workspace, overrides, rules };
  if (inputs.config) options.configFile = inputs.config;
  let report;
  let shown;
  let scope;
  const pathList = inputs.paths.map((p) => `\`${p}\``).join(", ");
  if (what.mode === "diff") {
    const diff = await runDiff(inputs.paths, what.base, options, io);
    report = diff.report;
    shown = diff.changes;
    const elsewhere = report.findings.filter((f) => !f.suppressed).length - shown.findings.filter((f) => !f.suppressed).length;
    scope = `Pull request mode: ${diff.changed.length} changed manifest${diff.changed.length === 1 ? "" : "s"} under ${pathList}, compared with base \`${diff.base.slice(0, 12)}\`.` + (elsewhere > 0 ? ` ${elsewhere} finding${elsewhere === 1 ? "" : "s"} in unchanged manifests ${elsewhere === 1 ? "is" : "are"} in the SARIF file only.` : "");
  } else {
    report = await lintFiles(inputs.paths, options);
    shown = report;
    scope = `Linted ${pathList}.`;
  }
  const repoRoot = topLevel(workspace) ?? findRepoRoot(workspace) ?? workspace;
  const ctx = {
    rules,
    cwd: workspace,
    color: false,
    tool: { name: package_default.name, version: package_default.version, informationUri: package_default.homepage },
    repoRoot
  };
  const repoPath = (file) => repoRelativePath(file, workspace, repoRoot);
  const sarifPath = path3.resolve(workspace, inputs.sarifFile);
  mkdirSync(path3.dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, `${JSON.stringify(buildSarif(report, ctx), null, 2)}
`);
  group(io, "podlint report", formatStylish({ ...shown, findings: shown.findings.filter((f) => !f.suppressed) }, ctx));
  const annotated = mostSevere(shown.findings, inputs.maxAnnotations);
  for (const f of annotated) io.stdout(`${workflowCommand(f, repoPath(f.file))}
`);
  const rest = shown.findings.filter((f) => !f.suppressed).length - annotated.length;
  if (rest > 0) io.stdout(command("notice", { title: "podlint" }, `${rest} more finding${rest === 1 ? " is" : "s are"} not annotated (max-annotations: ${inputs.maxAnnotations}); see the job summary and ${inputs.sarifFile}.`));
  const isFailed = failed(shown, inputs.failOn);
  const server = (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/$/, "");
  const sha = pr?.headSha ?? env["GITHUB_SHA"];
  const blobBase = env["GITHUB_REPOSITORY"] && sha ? `${server}/${env["GITHUB_REPOSITORY"]}/blob/${sha}/` : void 0;
  appendSummary(io, summaryMarkdown(shown, { blobBase, repoPath, scope, sarifFile: inputs.sarifFile, failed: isFailed }));
  setOutput(io, "sarif-file", inputs.sarifFile);
  setOutput(io, "errors", shown.summary.errors);
  setOutput(io, "warnings", shown.summary.warnings);
  const s = shown.summary;
  if (isFailed) {
    io.stdout(command("error", { title: "podlint" }, `podlint found ${s.errors} error${s.errors === 1 ? "" : "s"} and ${s.warnings} warning${s.warnings === 1 ? "" : "s"} (fail-on: ${inputs.failOn}).`));
    return 1;
  }
  io.stdout(`podlint: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos in ${s.files} files.
`);
  return 0;
}
async function runAction(io) {
  try {
    return await run(io);
  } catch (e) {
    const known = e instanceof ActionInputError || e instanceof GitError || e instanceof PodlintError;
    const message = known ? e.message : `internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
    io.stdout(command("error", { title: "podlint" }, message));
    return 1;
  }
}

// src/action/main.ts
process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => {
    process.stdout.write(text);
  }
});
