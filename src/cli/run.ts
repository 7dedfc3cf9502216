// Runs the CLI in this process: wires the real process into main() and sets the exit code. Used by
// src/cli/bin.ts (from source) and by the CommonJS bundle dist/cli.cjs that the `podlint` bin loads.
import { main } from './main.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function runProcess(): Promise<void> {
  const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin,
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
  });
  process.exitCode = code;
}
