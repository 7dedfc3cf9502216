// Runs the CLI in this process: wires the real process into main() and sets the exit code. Used by
// src/cli/bin.ts (from source) and by the CommonJS bundle dist/cli.cjs that the `podlint` bin loads.
import { availableParallelism } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { setModuleImporter } from '../node/importer.js';
import type { ModuleImporter } from '../node/importer.js';

// A lint worker thread started from this bundle (src/node/lint-workers.ts, LINT_WORKER) runs the worker body.
if (!isMainThread && (workerData as { kind?: unknown } | null)?.kind === 'podlint-lint-worker') {
  void import('../node/lint-workers.js').then((m) => m.runLintWorker());
}

/** This file when it runs as the CommonJS bundle (dist/cli.cjs): the script lint worker threads start from. */
const bundle = typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Run the CLI on this process. `importModule`: how to import plugins (the bin passes its own `import`). */
export async function runProcess(importModule?: ModuleImporter): Promise<void> {
  if (importModule) setModuleImporter(importModule);
  const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin,
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    workerScript: bundle,
    cores: availableParallelism(),
  });
  process.exitCode = code;
}
