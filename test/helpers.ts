// Shared test helpers: repository paths, the built-in rule set, running the real binary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { withSyntaxRules } from '../src/core/syntax-rules.js';
import type { CaseSettings } from '../src/testing/rule-tester.js';
import { builtinRules } from '../rules/index.js';

export const ROOT = path.dirname(import.meta.dirname);
export const RULES_DIR = path.join(ROOT, 'rules');
export const FIXTURES = path.join(ROOT, 'fixtures');
export const SHARED = path.join(ROOT, '..', 'shared');
export const BIN = path.join(ROOT, 'dist', 'cli.js');
export const ALL_RULES = withSyntaxRules(builtinRules);

export function hasShared(): boolean {
  return existsSync(path.join(SHARED, 'reference'));
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the committed bundle as a user would (`node dist/cli.js …`). */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...(options.env ?? {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Settings in a fixture's first line: `# podlint-fixture: {"kubernetesVersion": "1.35"}`. */
export function fixtureSettings(text: string): CaseSettings {
  const m = /^# podlint-fixture: (.*)$/m.exec(text.split('\n', 1)[0] ?? '');
  return m ? (JSON.parse(m[1]!) as CaseSettings) : {};
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}
