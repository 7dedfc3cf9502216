import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  findRepoRoot,
  package_default
} from "./chunks/chunk-5HWVFVL3.js";
import {
  diffGit
} from "./chunks/chunk-5MULXEJF.js";
import {
  MANIFEST_EXTENSIONS,
  lintFiles
} from "./chunks/chunk-457GCOLK.js";
import {
  loadConfiguredPlugins
} from "./chunks/chunk-7K37WC5M.js";
import {
  builtinRules
} from "./chunks/chunk-X2VQ5NVE.js";
import "./chunks/chunk-5R3HZ2QL.js";
import "./chunks/chunk-T5FIIOQM.js";
import {
  NEWEST_VERSION,
  OLDEST_VERSION,
  PodlintError,
  countSeverities,
  isSupportedVersion,
  parseVersion,
  withSyntaxRules
} from "./chunks/chunk-QLTRLFQX.js";
import {
  formatStylish
} from "./chunks/chunk-AYNKBOKX.js";
import {
  buildSarif
} from "./chunks/chunk-AVHBYCU7.js";
import {
  docsUrl
} from "./chunks/chunk-7C3LSUJN.js";
import {
  escapeData,
  escapeProperty,
  workflowCommand
} from "./chunks/chunk-KZO4T4RN.js";
import {
  encodeRelativeUri,
  repoRelativePath
} from "./chunks/chunk-O5UQTVII.js";
import "./chunks/chunk-EOAGVCXE.js";

// src/action/run.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path2 from "node:path";

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
import path from "node:path";

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
  const keep = new Set(files.map((f) => path.resolve(cwd, f)));
  const findings = report.findings.filter((f) => keep.has(path.resolve(cwd, f.file)));
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
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryMarkdown(report, options) {
  const s = report.summary;
  const icon = options.failed ? "\u274C" : s.errors + s.warnings > 0 ? "\u26A0\uFE0F" : "\u2705";
  const lines = [
    "## podlint",
    "",
    `${icon} ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")} in ${plural(s.files, "file")} (${plural(s.objects, "object")}, Kubernetes ${report.kubernetesVersion})${s.suppressed ? `; ${s.suppressed} suppressed` : ""}. ${options.scope}`,
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
  const workspace = path2.resolve(io.cwd, env["GITHUB_WORKSPACE"] ?? ".");
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
  const sarifPath = path2.resolve(workspace, inputs.sarifFile);
  mkdirSync(path2.dirname(sarifPath), { recursive: true });
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
