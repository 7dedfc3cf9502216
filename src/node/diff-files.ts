// `podlint diff`: lints the new side of an update against the old side — two files or directories, or the
// working tree (or index) against a git ref. Prints nothing; returns the report.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pairObjects } from '../core/diff.js';
import { LintSession } from '../core/engine.js';
import type { LoadedObject, SourceFile } from '../core/engine.js';
import { PodlintError } from '../core/errors.js';
import type { LintReport } from '../core/report.js';
import type { UpdateInfo } from '../core/rule.js';
import { builtinRules } from '../../rules/index.js';
import { findFiles, MANIFEST_EXTENSIONS } from './files.js';
import { changesSince, gitTopLevel, inPathspecs, listFilesAtRef, listIndexFiles, readGitFiles, verifyRef } from './git.js';
import { prepareRun, readSource } from './lint-files.js';
import type { LintFilesOptions, PreparedRun } from './lint-files.js';
import { loadConfiguredPlugins } from './plugins.js';

/** Options of `diffPaths` and `diffGit`: those of `lintFiles` plus the update settings. */
export interface DiffOptions extends Omit<LintFilesOptions, 'stdin'> {
  /** Namespace of objects that name none, for pairing (`--namespace`; default `default`). */
  namespace?: string;
  /** Judge every update as sent to this subresource (`--subresource`). */
  subresource?: UpdateInfo['subresource'];
}

/** Options of `diffGit`. */
export interface DiffGitOptions extends DiffOptions {
  /** The git ref (branch, tag, commit) whose versions of the files are the old side. */
  base: string;
  /** Compare the index (staged changes) instead of the working tree. */
  staged?: boolean;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isManifest(file: string): boolean {
  return MANIFEST_EXTENSIONS.some((ext) => file.endsWith(ext));
}

async function withPlugins<T extends DiffOptions>(options: T): Promise<T> {
  if (options.rules !== undefined) return options;
  const plugins = await loadConfiguredPlugins({ cwd: options.cwd ?? process.cwd(), configFile: options.configFile, configLookup: options.configLookup });
  return plugins.length > 0 ? { ...options, rules: [...builtinRules, ...plugins] } : options;
}

function configPathOf(run: PreparedRun, display: string): string {
  return toPosix(path.relative(run.loaded.baseDir, path.resolve(run.cwd, display)));
}

/**
 * Pair old and new objects and lint: created objects get every rule that applies on create; updated
 * objects get the object rules except create-only ones, then the update rules with the old object.
 */
function lintPairs(session: LintSession, oldObjects: LoadedObject[], newObjects: LoadedObject[], options: DiffOptions, pairSingle: boolean): LintReport {
  const pairing = pairObjects(oldObjects, newObjects, { defaultNamespace: options.namespace ?? 'default', pairSingle });
  const run = { objects: newObjects };
  session.lintObjects(pairing.created, run, 'create');
  session.lintObjects(pairing.pairs.map((p) => p.current), run, 'update');
  for (const p of pairing.pairs) session.lintUpdate(p.previous, p.current, run, options.subresource);
  return session.report();
}

async function expand(input: string, run: PreparedRun, options: DiffOptions): Promise<{ files: string[]; isFile: boolean }> {
  const abs = path.resolve(run.cwd, input);
  let isFile: boolean;
  try {
    isFile = (await stat(abs)).isFile();
  } catch {
    throw new PodlintError('E_USAGE', `diff: "${input}" does not exist`);
  }
  if (isFile) return { files: [input], isFile };
  const files = await findFiles([input], {
    cwd: run.cwd,
    ignorePatterns: [...(run.loaded.config.ignorePatterns ?? []), ...(options.ignorePatterns ?? [])],
    useIgnoreFile: options.useIgnoreFile,
  });
  return { files, isFile };
}

/**
 * Compare two manifests — files or directories — as an update from `oldPath` to `newPath`. Objects are
 * paired by API group, kind, namespace (`options.namespace` for objects without one) and name, or by the
 * same `metadata.uid`; two files holding one object of the same kind each are paired whatever the names.
 * Findings sit in the new files; update findings carry `previous` (the old file, line, column and value).
 */
export async function diffPaths(oldPath: string, newPath: string, options: DiffOptions = {}): Promise<LintReport> {
  const opts = await withPlugins(options);
  const run = prepareRun(opts);
  const oldSide = await expand(oldPath, run, opts);
  const newSide = await expand(newPath, run, opts);
  // Old files go through their own session: their syntax problems are not findings of this run.
  const oldSession = new LintSession(run.rules, run.resolver);
  const session = new LintSession(run.rules, run.resolver);
  const oldObjects: LoadedObject[] = [];
  for (const file of oldSide.files) {
    const source = readSource(oldSession, run, file);
    if (source) oldObjects.push(...oldSession.addFile(source));
  }
  const newObjects: LoadedObject[] = [];
  for (const file of newSide.files) {
    const source = readSource(session, run, file);
    if (source) newObjects.push(...session.addFile(source));
  }
  return lintPairs(session, oldObjects, newObjects, opts, oldSide.isFile && newSide.isFile);
}

/**
 * Compare the working tree — or, with `staged`, the index — with the same paths at the git ref `base`:
 * the update a merge of the current changes would make. `paths` are files or directories relative to
 * `options.cwd` (default: the whole repository below cwd). Old versions are read with
 * `git show <base>:<path>`; renamed and moved files are followed (`git diff -M`), so an object whose file
 * moved is still paired with its old version. New files are creates (create-time rules only); deleted
 * files are deletes (no finding). Returns the same `LintReport` as `lintFiles`, with `previous` on update
 * findings (the old path, line, column and value). Used by `podlint diff --base`, the GitHub Action and
 * the pre-commit hook.
 */
export async function diffGit(paths: readonly string[], options: DiffGitOptions): Promise<LintReport> {
  const opts = await withPlugins(options);
  const run = prepareRun(opts);
  const root = await gitTopLevel(run.cwd);
  await verifyRef(root, opts.base);
  const inputs = paths.length === 0 ? ['.'] : [...paths];
  const pathspecs = inputs.map((p) => toPosix(path.relative(root, path.resolve(run.cwd, p))) || '.');
  const display = (repoPath: string): string => {
    const rel = path.relative(run.cwd, path.join(root, repoPath));
    return rel === '' ? repoPath : rel;
  };

  // New side: the index, or the files on disk (tracked or not), as `podlint lint` would find them.
  const newFiles: { display: string; repoPath: string }[] = [];
  if (opts.staged) {
    for (const f of await listIndexFiles(root, pathspecs)) if (isManifest(f)) newFiles.push({ display: display(f), repoPath: f });
  } else {
    const found = await findFiles(inputs, {
      cwd: run.cwd,
      ignorePatterns: [...(run.loaded.config.ignorePatterns ?? []), ...(opts.ignorePatterns ?? [])],
      useIgnoreFile: opts.useIgnoreFile,
    });
    for (const f of found) newFiles.push({ display: f, repoPath: toPosix(path.relative(root, path.resolve(run.cwd, f))) });
  }

  // Old side: the files at the ref below the paths, plus the old paths of files renamed into them.
  const oldPaths = new Set((await listFilesAtRef(root, opts.base, pathspecs)).filter(isManifest));
  const newSet = new Set(newFiles.map((f) => f.repoPath));
  for (const c of await changesSince(root, opts.base, opts.staged === true)) {
    if ((c.status === 'R' || c.status === 'C') && c.oldPath && c.newPath && newSet.has(c.newPath) && inPathspecs(c.newPath, pathspecs) && isManifest(c.oldPath)) {
      oldPaths.add(c.oldPath);
    }
  }

  const oldSession = new LintSession(run.rules, run.resolver);
  const session = new LintSession(run.rules, run.resolver);
  const oldObjects: LoadedObject[] = [];
  const sortedOld = [...oldPaths].sort();
  const oldTexts = await readGitFiles(root, opts.base, sortedOld);
  for (const p of sortedOld) {
    const shown = display(p);
    const text = oldTexts.get(p);
    if (text !== undefined) oldObjects.push(...oldSession.addFile({ path: shown, text, configPath: configPathOf(run, shown) }));
  }
  const staged = opts.staged ? await readGitFiles(root, undefined, newFiles.map((f) => f.repoPath)) : undefined;
  const newObjects: LoadedObject[] = [];
  for (const f of newFiles) {
    let source: SourceFile | undefined;
    if (staged) {
      const text = staged.get(f.repoPath);
      source = text === undefined ? undefined : { path: f.display, text, configPath: configPathOf(run, f.display) };
    } else {
      source = readSource(session, run, f.display);
    }
    if (source) newObjects.push(...session.addFile(source));
  }
  return lintPairs(session, oldObjects, newObjects, opts, false);
}
