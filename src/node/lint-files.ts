// Reads files from disk (or stdin text) and lints them in one session; prints nothing.
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigResolver, needsSchemaCompiler } from '../core/config-base.js';
import type { ConfigOverrides } from '../core/config-base.js';
import { LintSession, textSource } from '../core/engine.js';
import type { RunSource, SourceFile } from '../core/engine.js';
import type { Finding } from '../core/report.js';
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
  /**
   * Worker threads to lint on (0: this thread; default 0). Needs `workerScript`, and `rules` must be the
   * built-in rules plus the config's plugins (each worker loads them itself), as the CLI's are.
   */
  threads?: number | 'auto';
  /** Cores available, for `threads: 'auto'` (default 1). */
  cores?: number;
  /** The script a worker thread runs (the CLI bundle, which starts `runLintWorker` on a lint worker). */
  workerScript?: string;
}

/** `--threads auto`: worker threads only for runs big enough to repay their start (about 50 ms each). */
export function autoThreads(files: number, cores: number): number {
  return files >= 1000 && cores > 1 ? Math.min(cores, 4) : 0;
}

export interface PreparedRun {
  loaded: LoadedConfig;
  rules: AnyRule[];
  resolver: ConfigResolver;
  cwd: string;
  /** The overrides the resolver was built with (`today` filled in), for worker threads to build the same. */
  overrides: ConfigOverrides;
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
  return { loaded, rules, resolver, cwd, overrides };
}

/** Where a file sits, relative to the configuration's directory (for `overrides` and `ignores` globs). */
function configPathOf(run: PreparedRun, display: string): string {
  return path.relative(run.loaded.baseDir, path.resolve(run.cwd, display)).split(path.sep).join('/');
}

/** A finding for a file that cannot be read. */
function unreadable(display: string, e: unknown): Finding {
  return {
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
  };
}

/**
 * Read one file into a SourceFile; a file that cannot be read becomes a finding, not a crash. Synchronous:
 * lint runs read thousands of small files, and a read through the thread pool per file costs more than it saves.
 */
export function readSource(session: LintSession, run: PreparedRun, display: string): SourceFile | undefined {
  session.registerFile(display);
  const configPath = configPathOf(run, display);
  const abs = path.resolve(run.cwd, display);
  try {
    const size = statSync(abs).size;
    // Do not read a huge file: the engine reports it from its size.
    if (size > run.resolver.maxFileSize) return { path: display, text: '', configPath, size };
    return { path: display, text: readFileSync(abs, 'utf8'), configPath };
  } catch (e) {
    session.addFinding(unreadable(display, e));
    return undefined;
  }
}

/**
 * Read an open file of a known size with as few calls as possible (files that report size 0, such as those of
 * /proc, are read to their end).
 */
function readAll(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const buf = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const n = readSync(fd, buf, length, size - length, null);
    if (n === 0) break;
    length += n;
  }
  return length === size ? buf : buf.subarray(0, length);
}

/** Whether UTF-8 bytes name a word as a whole word (no ASCII word character around it). */
function bytesMention(bytes: Buffer, word: string): boolean {
  const isWord = (c: number | undefined): boolean => c !== undefined && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
  for (let i = bytes.indexOf(word); i !== -1; i = bytes.indexOf(word, i + 1)) {
    if (!isWord(bytes[i - 1]) && !isWord(bytes[i + word.length])) return true;
  }
  return false;
}

/** The engine's textMayHold on the bytes, without decoding: the kind or `binary` as a word, or a backslash. */
function bytesMayHold(bytes: Buffer, kind: string): boolean {
  return bytes.includes(0x5c) || bytesMention(bytes, kind) || bytesMention(bytes, 'binary');
}

/**
 * For each kind, whether the file may hold an object of it (one read for all kinds; a file that cannot be read
 * or is over the size limit holds none).
 */
export function fileMayHold(run: PreparedRun, display: string, kinds: readonly string[]): boolean[] {
  try {
    const bytes = readBytes(path.resolve(run.cwd, display), run.resolver.maxFileSize);
    return kinds.map((k) => typeof bytes !== 'number' && bytesMayHold(bytes, k));
  } catch {
    return kinds.map(() => false);
  }
}

/** A file's bytes, or its size when it is over `limit` (then it is not read). */
function readBytes(abs: string, limit: number): Buffer | number {
  const fd = openSync(abs, 'r');
  try {
    const size = fstatSync(fd).size;
    return size > limit ? size : readAll(fd, size);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file of a streaming run, read from disk each time the run asks (nothing is kept between reads, so a big
 * run holds one file at a time). `read` reports a file that cannot be read as a finding.
 */
export function fileSource(session: LintSession, run: PreparedRun, display: string): RunSource {
  session.registerFile(display);
  // Paths are worked out when the file is first read (a worker thread makes a source for every file of the run).
  let where: { abs: string; configPath: string } | undefined;
  const at = (): { abs: string; configPath: string } => (where ??= { abs: path.resolve(run.cwd, display), configPath: configPathOf(run, display) });
  const load = (): SourceFile | Buffer => {
    const bytes = readBytes(at().abs, run.resolver.maxFileSize);
    // Do not read a huge file: the engine reports it from its size.
    return typeof bytes === 'number' ? { path: display, text: '', configPath: at().configPath, size: bytes } : bytes;
  };
  const toSource = (b: SourceFile | Buffer): SourceFile => (Buffer.isBuffer(b) ? { path: display, text: b.toString('utf8'), configPath: at().configPath } : b);
  return {
    path: display,
    mayHold: (kind) => {
      try {
        const b = load();
        return Buffer.isBuffer(b) && bytesMayHold(b, kind);
      } catch {
        return false;
      }
    },
    peek: () => {
      try {
        return toSource(load());
      } catch {
        return undefined;
      }
    },
    read: () => {
      try {
        return toSource(load());
      } catch (e) {
        session.addFinding(unreadable(display, e));
        return undefined;
      }
    },
  };
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
  const threads = options.threads === 'auto' ? autoThreads(files.length, options.cores ?? 1) : (options.threads ?? 0);
  if (threads > 0 && options.workerScript !== undefined && !options.stdin && files.length > 0) {
    for (const file of files) session.registerFile(file);
    const { lintOnWorkers } = await import('./lint-workers.js');
    const setup = { cwd: run.cwd, configFile: options.configFile, configLookup: options.configLookup, overrides: run.overrides, files };
    return lintOnWorkers(session, run, setup, Math.min(threads, files.length), options.workerScript);
  }
  const sources: RunSource[] = [];
  if (options.stdin) {
    const { filename, text } = options.stdin;
    session.registerFile(filename);
    sources.push(textSource({ path: filename, text, configPath: configPathOf(run, filename) }));
  }
  for (const file of files) sources.push(fileSource(session, run, file));
  return session.lintRun(sources);
}
