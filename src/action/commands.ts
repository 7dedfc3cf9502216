// Talking to the runner without @actions/core: workflow commands on stdout, outputs in $GITHUB_OUTPUT,
// the job summary in $GITHUB_STEP_SUMMARY.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { escapeData, escapeProperty } from '../formatters/github.js';

export interface ActionIo {
  env: Record<string, string | undefined>;
  /** The runner's working directory (the workspace unless a step sets another). */
  cwd: string;
  stdout: (text: string) => void;
}

/** `::name key=value,…::message` with both parts escaped. */
export function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(message)}\n`;
}

/** Set a step output: `name<<delimiter` … `delimiter` in $GITHUB_OUTPUT (safe for any value). */
export function setOutput(io: ActionIo, name: string, value: string | number): void {
  const file = io.env['GITHUB_OUTPUT'];
  if (!file) {
    io.stdout(`podlint output ${name}=${value}\n`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** Append Markdown to the job summary (no-op outside a runner). */
export function appendSummary(io: ActionIo, markdown: string): void {
  const file = io.env['GITHUB_STEP_SUMMARY'];
  if (file) appendFileSync(file, markdown);
}

/**
 * A collapsed log group. The body quotes manifest content, so workflow commands are stopped while it is
 * printed (a line of it can never be taken for a command).
 */
export function group(io: ActionIo, title: string, body: string): void {
  const token = `podlint-${randomUUID()}`;
  io.stdout(`::group::${escapeData(title)}\n::stop-commands::${token}\n${body}${body.endsWith('\n') ? '' : '\n'}::${token}::\n::endgroup::\n`);
}
