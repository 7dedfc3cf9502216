// Reads files from disk (or stdin text) and lints them in one session; prints nothing.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigResolver, needsSchemaCompiler } from '../core/config-base.js';
import type { ConfigOverrides } from '../core/config-base.js';
import { LintSession } from '../core/engine.js';
import type { LoadedObject, SourceFile } from '../core/engine.js';
import type { LintReport } from '../core/report.js';
import type { AnyRule } from '../core/rule.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import { builtinRules } from '../../rules/index.js';
import { loadConfig } from './config-loader.js';
import type { LoadedConfig } from './config-loader.js';
import { findFiles } from './files.js';
import { loadConfiguredPlugins } from './plugins.js';

export interface LintFilesOptions {
  cwd?: string;
  /** `--config FILE`; otherwise `.podlint.yaml` is looked up from cwd upwards. */
  configFile?: string;
  configLookup?: boolean;
  /** Rules to run (default: the built-in rules). */
  rules?: readonly AnyRule[];
  overrides?: ConfigOverrides;
  ignorePatterns?: readonly string[];
  useIgnoreFile?: boolean;
  /** Text read from stdin, linted as `filename` (for `-`). */
  stdin?: { text: string; filename: string };
}

export interface PreparedRun {
  loaded: LoadedConfig;
  rules: AnyRule[];
  resolver: ConfigResolver;
  cwd: string;
}

/** Today's local date as YYYY-MM-DD (for `expires` in config `ignores`). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Load config and build the resolver (shared by lint and diff). */
export function prepareRun(options: LintFilesOptions): PreparedRun {
  const cwd = options.cwd ?? process.cwd();
  const rules = withSyntaxRules(options.rules ?? builtinRules);
  const loaded = loadConfig({ cwd, configFile: options.configFile, lookup: options.configLookup, rules });
  const overrides = { ...(options.overrides ?? {}) };
  overrides.today ??= localToday();
  const source = loaded.file ? { file: path.relative(cwd, loaded.file).split(path.sep).join('/') || loaded.file, text: loaded.text } : undefined;
  const resolver = new ConfigResolver(loaded.config, rules, overrides, source);
  return { loaded, rules, resolver, cwd };
}

/** Read one file into a SourceFile; a file that cannot be read becomes a finding, not a crash. */
export async function readSource(session: LintSession, run: PreparedRun, display: string): Promise<SourceFile | undefined> {
  const abs = path.resolve(run.cwd, display);
  const configPath = path.relative(run.loaded.baseDir, abs).split(path.sep).join('/');
  try {
    const info = await stat(abs);
    if (info.size > run.resolver.maxFileSize) {
      // Do not read a huge file: the engine reports it from its size.
      return { path: display, text: '', configPath, size: info.size };
    }
    return { path: display, text: await readFile(abs, 'utf8'), configPath };
  } catch (e) {
    session.addFinding({
      ruleId: 'parse-error',
      category: 'syntax',
      severity: 'error',
      message: `Cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
      file: display,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      path: '',
    });
    return undefined;
  }
}

/** Lint files, directories and globs (and stdin) in one run. */
export async function lintFiles(inputs: readonly string[], options: LintFilesOptions = {}): Promise<LintReport> {
  if (options.rules === undefined) {
    // Library use: load the config's plugins here (the CLI loads them once and passes `rules`).
    const plugins = await loadConfiguredPlugins({ cwd: options.cwd ?? process.cwd(), configFile: options.configFile, configLookup: options.configLookup });
    if (plugins.length > 0) options = { ...options, rules: [...builtinRules, ...plugins] };
  }
  // Option schemas not compiled at build time (plugin rules) need ajv, loaded only then.
  if (options.rules !== undefined && needsSchemaCompiler(options.rules)) await import('../core/config.js');
  const run = prepareRun(options);
  const files = await findFiles(
    inputs.filter((i) => i !== '-'),
    { cwd: run.cwd, ignorePatterns: [...(run.loaded.config.ignorePatterns ?? []), ...(options.ignorePatterns ?? [])], useIgnoreFile: options.useIgnoreFile },
  );
  const session = new LintSession(run.rules, run.resolver);
  const objects: LoadedObject[] = [];
  if (options.stdin) {
    const abs = path.resolve(run.cwd, options.stdin.filename);
    objects.push(...session.addFile({ path: options.stdin.filename, text: options.stdin.text, configPath: path.relative(run.loaded.baseDir, abs).split(path.sep).join('/') }));
  }
  for (const file of files) {
    const source = await readSource(session, run, file);
    if (source) objects.push(...session.addFile(source));
  }
  session.lintObjects(objects);
  return session.report();
}
