import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  builtinRules,
  fileMayHold,
  fileSource,
  loadConfiguredPlugins,
  prepareRun
} from "./chunk-ESYJTYYV.js";
import {
  LintSession
} from "./chunk-VHOVBTH4.js";
import "./chunk-L4C4UO3S.js";
import "./chunk-QDJ5KUSK.js";

// src/node/lint-workers.ts
import { Worker, parentPort, workerData } from "node:worker_threads";
var LINT_WORKER = "podlint-lint-worker";
var CHUNK = 64;
async function lintOnWorkers(session, run, setup, threads, script) {
  const { files } = setup;
  const results = new Array(files.length);
  let next = 0;
  const workers = [];
  const one = () => new Promise((resolve, reject) => {
    const data = { kind: LINT_WORKER, ...setup };
    const worker = new Worker(script, { workerData: data, stdout: false, stderr: false });
    workers.push(worker);
    let done = false;
    const send = (m) => worker.postMessage(m);
    const hand = () => {
      if (next >= files.length) return send({ type: "end" });
      const start = next;
      next = Math.min(files.length, next + CHUNK);
      send({ type: "chunk", start, end: next });
    };
    worker.on("message", (m) => {
      if (m.type === "ready") hand();
      else if (m.type === "files") {
        for (const r of m.results) results[r.index] = { findings: r.findings, problems: r.problems };
        hand();
      } else {
        session.addTally(m.tally);
        done = true;
        resolve();
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!done) reject(new Error(`lint worker exited (code ${code}) before finishing`));
    });
  });
  try {
    const all = Promise.all(Array.from({ length: threads }, one));
    const kinds = session.runObjectKinds();
    if (kinds.length > 0) {
      const lists = kinds.map((k) => [k, []]);
      files.forEach((file, i) => fileMayHold(run, file, kinds).forEach((yes, k) => yes && lists[k][1].push(i)));
      for (const w of workers) w.postMessage({ type: "candidates", lists });
    }
    await all;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  for (const r of results) if (r) session.addSettled(r);
  return session.report();
}
async function runLintWorker() {
  const setup = workerData;
  const port = parentPort;
  if (!port) throw new Error("runLintWorker: not on a worker thread");
  const plugins = await loadConfiguredPlugins({ cwd: setup.cwd, configFile: setup.configFile, configLookup: setup.configLookup });
  if (plugins.length > 0) await import("./config-V4HIDDHT.js");
  const run = prepareRun({ cwd: setup.cwd, configFile: setup.configFile, configLookup: setup.configLookup, overrides: setup.overrides, rules: [...builtinRules, ...plugins] });
  const session = new LintSession(run.rules, run.resolver);
  const sources = setup.files.map((f) => fileSource(session, run, f));
  let runInfo;
  const send = (m) => port.postMessage(m);
  port.on("message", (m) => {
    if (m.type === "candidates") {
      runInfo = session.streamRun(sources, new Map(m.lists.map(([kind, indexes]) => [kind, new Set(indexes)])));
      return;
    }
    runInfo ??= session.streamRun(sources);
    if (m.type === "end") {
      send({ type: "done", tally: session.tally() });
      port.close();
      return;
    }
    const out = [];
    for (let i = m.start; i < m.end; i++) {
      session.lintSource(sources[i], runInfo);
      const part = session.takeSettled();
      if (part.findings.length > 0 || part.problems.length > 0) out.push({ index: i, ...part });
    }
    send({ type: "files", results: out });
  });
  send({ type: "ready" });
}
export {
  LINT_WORKER,
  lintOnWorkers,
  runLintWorker
};
