// Shared test helpers: repository paths, the built-in rule set, running the real binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
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

/** The manifests (.yaml, .yml, .json) under a directory, sorted, skipping dot-files and dot-folders. */
export function manifestFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...manifestFiles(p));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out;
}

/** Write a generated corpus (scripts/bench/gen-corpus.mjs) of `files` files with `seed` to `dir`. */
export function generateCorpus(dir: string, files: number, seed: number): string {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bench', 'gen-corpus.mjs'), '--out', dir, '--files', String(files), '--seed', String(seed)], { stdio: 'ignore' });
  return dir;
}

/**
 * Generated corpora for one test file, one per seed, in temporary directories: made before its tests, removed
 * after. The returned list is filled in `beforeAll`.
 */
export function generatedCorpora(prefix: string, files: number, seeds: readonly number[]): string[] {
  const dirs: string[] = [];
  beforeAll(() => {
    for (const seed of seeds) dirs.push(generateCorpus(mkdtempSync(path.join(os.tmpdir(), `${prefix}-${seed}-`)), files, seed));
  });
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return dirs;
}
