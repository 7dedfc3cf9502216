import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  MANIFEST_EXTENSIONS,
  builtinRules,
  findFiles,
  loadConfiguredPlugins,
  prepareRun,
  readSource
} from "./chunk-ESYJTYYV.js";
import {
  LintSession,
  apiGroup
} from "./chunk-VHOVBTH4.js";
import {
  PodlintError,
  dig,
  str
} from "./chunk-L4C4UO3S.js";

// src/core/diff.ts
function groupKind(o) {
  return `${apiGroup(o.apiVersion)}/${o.kind}`;
}
function objectKey(o, defaultNamespace = "default") {
  if (o.name === void 0 || o.name === "") return void 0;
  return JSON.stringify([apiGroup(o.apiVersion), o.kind, o.namespace ?? defaultNamespace, o.name]);
}
function uidOf(o) {
  const uid = str(dig(o.value, "metadata", "uid"));
  return uid === void 0 || uid === "" ? void 0 : uid;
}
function pairObjects(oldObjects, newObjects, options = {}) {
  const ns = options.defaultNamespace ?? "default";
  const usedOld = /* @__PURE__ */ new Set();
  const match = /* @__PURE__ */ new Map();
  if (options.pairSingle && oldObjects.length === 1 && newObjects.length === 1 && groupKind(oldObjects[0]) === groupKind(newObjects[0])) {
    match.set(0, 0);
    usedOld.add(0);
  }
  const byUid = /* @__PURE__ */ new Map();
  oldObjects.forEach((o, i) => {
    const uid = uidOf(o);
    if (uid !== void 0) byUid.set(`${groupKind(o)} ${uid}`, [...byUid.get(`${groupKind(o)} ${uid}`) ?? [], i]);
  });
  newObjects.forEach((n, j) => {
    if (match.has(j)) return;
    const uid = uidOf(n);
    if (uid === void 0) return;
    const i = byUid.get(`${groupKind(n)} ${uid}`)?.find((k) => !usedOld.has(k));
    if (i === void 0) return;
    match.set(j, i);
    usedOld.add(i);
  });
  const byKey = /* @__PURE__ */ new Map();
  oldObjects.forEach((o, i) => {
    if (usedOld.has(i)) return;
    const key = objectKey(o, ns);
    if (key !== void 0) byKey.set(key, [...byKey.get(key) ?? [], i]);
  });
  newObjects.forEach((n, j) => {
    if (match.has(j)) return;
    const key = objectKey(n, ns);
    if (key === void 0) return;
    const i = byKey.get(key)?.find((k) => !usedOld.has(k));
    if (i === void 0) return;
    match.set(j, i);
    usedOld.add(i);
  });
  const pairs = [];
  const created = [];
  newObjects.forEach((n, j) => {
    const i = match.get(j);
    if (i === void 0) created.push(n);
    else pairs.push({ previous: oldObjects[i], current: n });
  });
  const deleted = oldObjects.filter((_, i) => !usedOld.has(i));
  return { pairs, created, deleted };
}

// src/node/diff-files.ts
import { stat } from "node:fs/promises";
import path from "node:path";

// src/node/git.ts
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_BUFFER = 256 * 1024 * 1024;
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", [...args], { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8", env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
    return stdout;
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") throw new PodlintError("E_USAGE", "git is not installed (needed for --base)");
    const detail = (err.stderr ?? err.message).trim().split("\n")[0] ?? "";
    throw new PodlintError("E_USAGE", `git ${args[0] ?? ""} failed: ${detail}`);
  }
}
function nulList(out) {
  return out.split("\0").filter((s) => s !== "");
}
async function gitTopLevel(cwd) {
  return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
}
async function verifyRef(root, ref) {
  try {
    await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: root });
  } catch {
    throw new PodlintError("E_USAGE", `--base: "${ref}" is not a commit in this repository`);
  }
}
async function listFilesAtRef(root, ref, pathspecs) {
  return nulList(await git(root, ["ls-tree", "-r", "-z", "--name-only", "--full-name", ref, "--", ...pathspecs]));
}
async function listIndexFiles(root, pathspecs) {
  return nulList(await git(root, ["ls-files", "-z", "--cached", "--full-name", "--", ...pathspecs]));
}
function readGitFiles(root, ref, files) {
  const out = /* @__PURE__ */ new Map();
  if (files.length === 0) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: root, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => stderr += c.toString("utf8"));
    child.on("error", (e) => reject(new PodlintError("E_USAGE", e.code === "ENOENT" ? "git is not installed (needed for --base)" : `git cat-file failed: ${e.message}`)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new PodlintError("E_USAGE", `git cat-file failed: ${stderr.trim().split("\n")[0] ?? ""}`));
        return;
      }
      const buf = Buffer.concat(chunks);
      let pos = 0;
      for (const file of files) {
        const nl = buf.indexOf(10, pos);
        if (nl === -1) break;
        const header = buf.subarray(pos, nl).toString("utf8");
        pos = nl + 1;
        const m = / (\w+) (\d+)$/.exec(header);
        if (!m) continue;
        const size = Number(m[2]);
        if (m[1] === "blob") out.set(file, buf.subarray(pos, pos + size).toString("utf8"));
        pos += size + 1;
      }
      resolve(out);
    });
    child.stdin.end(files.map((f) => `${ref ?? ""}:${f}
`).join(""));
  });
}
async function changesSince(root, ref, staged) {
  const args = ["diff", "-M", "--name-status", "-z", "--no-color", "--no-ext-diff", ...staged ? ["--cached"] : [], ref, "--"];
  const parts = nulList(await git(root, args));
  const out = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++].charAt(0);
    if (status === "R" || status === "C") {
      const from = parts[i++];
      const to = parts[i++];
      out.push({ status, oldPath: from, newPath: to });
    } else {
      const p = parts[i++];
      out.push({ status, oldPath: status === "A" ? void 0 : p, newPath: status === "D" ? void 0 : p });
    }
  }
  return out;
}
function inPathspecs(file, pathspecs) {
  return pathspecs.some((spec) => spec === "." || spec === "" || file === spec || file.startsWith(spec.endsWith("/") ? spec : `${spec}/`));
}

// src/node/diff-files.ts
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function isManifest(file) {
  return MANIFEST_EXTENSIONS.some((ext) => file.endsWith(ext));
}
async function withPlugins(options) {
  if (options.rules !== void 0) return options;
  const plugins = await loadConfiguredPlugins({ cwd: options.cwd ?? process.cwd(), configFile: options.configFile, configLookup: options.configLookup });
  return plugins.length > 0 ? { ...options, rules: [...builtinRules, ...plugins] } : options;
}
function configPathOf(run2, display) {
  return toPosix(path.relative(run2.loaded.baseDir, path.resolve(run2.cwd, display)));
}
function lintPairs(session, oldObjects, newObjects, options, pairSingle) {
  const pairing = pairObjects(oldObjects, newObjects, { defaultNamespace: options.namespace ?? "default", pairSingle });
  const run2 = { objects: newObjects };
  session.lintObjects(pairing.created, run2, "create");
  session.lintObjects(pairing.pairs.map((p) => p.current), run2, "update");
  for (const p of pairing.pairs) session.lintUpdate(p.previous, p.current, run2, options.subresource);
  return session.report();
}
async function expand(input, run2, options) {
  const abs = path.resolve(run2.cwd, input);
  let isFile;
  try {
    isFile = (await stat(abs)).isFile();
  } catch {
    throw new PodlintError("E_USAGE", `diff: "${input}" does not exist`);
  }
  if (isFile) return { files: [input], isFile };
  const files = await findFiles([input], {
    cwd: run2.cwd,
    ignorePatterns: [...run2.loaded.config.ignorePatterns ?? [], ...options.ignorePatterns ?? []],
    useIgnoreFile: options.useIgnoreFile
  });
  return { files, isFile };
}
async function diffPaths(oldPath, newPath, options = {}) {
  const opts = await withPlugins(options);
  const run2 = prepareRun(opts);
  const oldSide = await expand(oldPath, run2, opts);
  const newSide = await expand(newPath, run2, opts);
  const oldSession = new LintSession(run2.rules, run2.resolver);
  const session = new LintSession(run2.rules, run2.resolver);
  const oldObjects = [];
  for (const file of oldSide.files) {
    const source = readSource(oldSession, run2, file);
    if (source) oldObjects.push(...oldSession.addFile(source));
  }
  const newObjects = [];
  for (const file of newSide.files) {
    const source = readSource(session, run2, file);
    if (source) newObjects.push(...session.addFile(source));
  }
  return lintPairs(session, oldObjects, newObjects, opts, oldSide.isFile && newSide.isFile);
}
async function diffGit(paths, options) {
  const opts = await withPlugins(options);
  const run2 = prepareRun(opts);
  const root = await gitTopLevel(run2.cwd);
  await verifyRef(root, opts.base);
  const inputs = paths.length === 0 ? ["."] : [...paths];
  const pathspecs = inputs.map((p) => toPosix(path.relative(root, path.resolve(run2.cwd, p))) || ".");
  const display = (repoPath) => {
    const rel = path.relative(run2.cwd, path.join(root, repoPath));
    return rel === "" ? repoPath : rel;
  };
  const newFiles = [];
  if (opts.staged) {
    for (const f of await listIndexFiles(root, pathspecs)) if (isManifest(f)) newFiles.push({ display: display(f), repoPath: f });
  } else {
    const found = await findFiles(inputs, {
      cwd: run2.cwd,
      ignorePatterns: [...run2.loaded.config.ignorePatterns ?? [], ...opts.ignorePatterns ?? []],
      useIgnoreFile: opts.useIgnoreFile
    });
    for (const f of found) newFiles.push({ display: f, repoPath: toPosix(path.relative(root, path.resolve(run2.cwd, f))) });
  }
  const oldPaths = new Set((await listFilesAtRef(root, opts.base, pathspecs)).filter(isManifest));
  const newSet = new Set(newFiles.map((f) => f.repoPath));
  for (const c of await changesSince(root, opts.base, opts.staged === true)) {
    if ((c.status === "R" || c.status === "C") && c.oldPath && c.newPath && newSet.has(c.newPath) && inPathspecs(c.newPath, pathspecs) && isManifest(c.oldPath)) {
      oldPaths.add(c.oldPath);
    }
  }
  const oldSession = new LintSession(run2.rules, run2.resolver);
  const session = new LintSession(run2.rules, run2.resolver);
  const oldObjects = [];
  const sortedOld = [...oldPaths].sort();
  const oldTexts = await readGitFiles(root, opts.base, sortedOld);
  for (const p of sortedOld) {
    const shown = display(p);
    const text = oldTexts.get(p);
    if (text !== void 0) oldObjects.push(...oldSession.addFile({ path: shown, text, configPath: configPathOf(run2, shown) }));
  }
  const staged = opts.staged ? await readGitFiles(root, void 0, newFiles.map((f) => f.repoPath)) : void 0;
  const newObjects = [];
  for (const f of newFiles) {
    let source;
    if (staged) {
      const text = staged.get(f.repoPath);
      source = text === void 0 ? void 0 : { path: f.display, text, configPath: configPathOf(run2, f.display) };
    } else {
      source = readSource(session, run2, f.display);
    }
    if (source) newObjects.push(...session.addFile(source));
  }
  return lintPairs(session, oldObjects, newObjects, opts, false);
}

export {
  pairObjects,
  diffPaths,
  diffGit
};
