// Lints the files of one run on worker threads. Each worker loads the configuration and plugins itself, lints
// the chunks of files the main thread hands out (dynamically, so slow files do not hold one worker up) and sends
// back each file's settled findings; the main thread takes them in file order and reports, so the report is
// identical to a run on one thread (test/workers.test.ts). While the workers start, the main thread finds the
// files that may hold the kinds rules read across the run (`meta.runObjects`: Namespaces, Services), so that
// no worker reads every file of the run for them again.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { ConfigOverrides } from '../core/config-base.js';
import { LintSession } from '../core/engine.js';
import type { SessionTally } from '../core/engine.js';
import type { Finding, LintReport } from '../core/report.js';
import { builtinRules } from '../../rules/index.js';
import { fileMayHold, fileSource, prepareRun } from './lint-files.js';
import type { PreparedRun } from './lint-files.js';
import type { RunInfo } from '../core/rule.js';
import { loadConfiguredPlugins } from './plugins.js';

/** Marks the workerData of a lint worker (the CLI bundle starts a worker when it sees it). */
export const LINT_WORKER = 'podlint-lint-worker';

/** What a worker needs to set up the same run as the main thread (all of it can be cloned). */
export interface WorkerSetup {
  kind: typeof LINT_WORKER;
  cwd: string;
  configFile: string | undefined;
  configLookup: boolean | undefined;
  overrides: ConfigOverrides;
  files: readonly string[];
}

type ToWorker =
  | { type: 'candidates'; lists: [string, number[]][] }
  | { type: 'chunk'; start: number; end: number }
  | { type: 'end' };
type FromWorker =
  | { type: 'ready' }
  | { type: 'files'; results: { index: number; findings: Finding[]; problems: Finding[] }[] }
  | { type: 'done'; tally: SessionTally };

/** Files per chunk: small enough to balance two workers near the end, big enough that messages stay cheap. */
const CHUNK = 64;

/**
 * Lint `files` on `threads` worker threads started from `script` (the CLI bundle), taking the results into
 * `session` (whose files are registered in order). Rejects when a worker fails (a rule crash, out of memory).
 */
export async function lintOnWorkers(session: LintSession, run: PreparedRun, setup: Omit<WorkerSetup, 'kind'>, threads: number, script: string): Promise<LintReport> {
  const { files } = setup;
  const results: ({ findings: Finding[]; problems: Finding[] } | undefined)[] = new Array<undefined>(files.length);
  let next = 0;
  const workers: Worker[] = [];
  const one = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const data: WorkerSetup = { kind: LINT_WORKER, ...setup };
      const worker = new Worker(script, { workerData: data, stdout: false, stderr: false });
      workers.push(worker);
      let done = false;
      const send = (m: ToWorker): void => worker.postMessage(m);
      const hand = (): void => {
        if (next >= files.length) return send({ type: 'end' });
        const start = next;
        next = Math.min(files.length, next + CHUNK);
        send({ type: 'chunk', start, end: next });
      };
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') hand();
        else if (m.type === 'files') {
          for (const r of m.results) results[r.index] = { findings: r.findings, problems: r.problems };
          hand();
        } else {
          session.addTally(m.tally);
          done = true;
          resolve();
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (!done) reject(new Error(`lint worker exited (code ${code}) before finishing`));
      });
    });
  try {
    const all = Promise.all(Array.from({ length: threads }, one));
    // While the workers start: which files may hold the kinds rules read across the run (`meta.runObjects`),
    // found once here rather than by every worker; sent before any chunk (this runs before their messages).
    const kinds = session.runObjectKinds();
    if (kinds.length > 0) {
      const lists: [string, number[]][] = kinds.map((k) => [k, []]);
      files.forEach((file, i) => fileMayHold(run, file, kinds).forEach((yes, k) => yes && lists[k]![1].push(i)));
      for (const w of workers) w.postMessage({ type: 'candidates', lists } satisfies ToWorker);
    }
    await all;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  for (const r of results) if (r) session.addSettled(r);
  return session.report();
}

/** The body of a lint worker: set up the run as the main thread did, then lint the chunks it is given. */
export async function runLintWorker(): Promise<void> {
  const setup = workerData as WorkerSetup;
  const port = parentPort;
  if (!port) throw new Error('runLintWorker: not on a worker thread');
  const plugins = await loadConfiguredPlugins({ cwd: setup.cwd, configFile: setup.configFile, configLookup: setup.configLookup });
  if (plugins.length > 0) await import('../core/config.js');
  const run = prepareRun({ cwd: setup.cwd, configFile: setup.configFile, configLookup: setup.configLookup, overrides: setup.overrides, rules: [...builtinRules, ...plugins] });
  const session = new LintSession(run.rules, run.resolver);
  const sources = setup.files.map((f) => fileSource(session, run, f));
  let runInfo: RunInfo | undefined;
  const send = (m: FromWorker): void => port.postMessage(m);
  port.on('message', (m: ToWorker) => {
    if (m.type === 'candidates') {
      runInfo = session.streamRun(sources, new Map(m.lists.map(([kind, indexes]) => [kind, new Set(indexes)])));
      return;
    }
    runInfo ??= session.streamRun(sources);
    if (m.type === 'end') {
      send({ type: 'done', tally: session.tally() });
      port.close();
      return;
    }
    const out: { index: number; findings: Finding[]; problems: Finding[] }[] = [];
    for (let i = m.start; i < m.end; i++) {
      session.lintSource(sources[i]!, runInfo);
      const part = session.takeSettled();
      if (part.findings.length > 0 || part.problems.length > 0) out.push({ index: i, ...part });
    }
    send({ type: 'files', results: out });
  });
  send({ type: 'ready' });
}
