// Finds the files to lint: explicit files, directories (recursive), glob patterns; honours .podlintignore.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { PodlintError } from '../core/errors.js';

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

export interface FindFilesOptions {
  cwd: string;
  /** Extra gitignore-style patterns (config `ignorePatterns`, `--ignore-pattern`). */
  ignorePatterns?: readonly string[];
  /** Read `.podlintignore` in cwd (default true). */
  useIgnoreFile?: boolean;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function buildIgnore(options: FindFilesOptions): Ignore {
  const ig = ignore();
  if (options.useIgnoreFile !== false) {
    const file = path.join(options.cwd, '.podlintignore');
    if (existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  }
  ig.add([...(options.ignorePatterns ?? [])]);
  return ig;
}

/**
 * The manifests under a directory, as relative POSIX paths: what glob finds for every `.yaml`, `.yml` and
 * `.json` file with `dot: false` and node_modules ignored (dot-files, dot-folders and node_modules skipped;
 * symbolic links are listed unless they point to a folder, which is not walked). A plain synchronous walk: on a
 * big repository it is several times faster than glob.
 */
export function walkManifests(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const rel = prefix + e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(path.join(dir, e.name), `${rel}/`);
        continue;
      }
      if (!MANIFEST_EXTENSIONS.some((x) => e.name.endsWith(x))) continue;
      if (e.isFile()) out.push(rel);
      else if (e.isSymbolicLink()) {
        let target;
        try {
          target = statSync(path.join(dir, e.name));
        } catch {
          target = undefined;
        }
        // As glob: a dangling link is listed (reading it reports the error); a link to a folder is not.
        if (!target?.isDirectory()) out.push(rel);
      }
    }
  };
  walk(root, '');
  return out;
}

/**
 * Expand inputs into a sorted, de-duplicated list of display paths. Directories are walked for
 * `*.yaml`, `*.yml` and `*.json`, skipping dot-files, dot-folders and node_modules. A pattern that
 * matches nothing is a usage error (exit 2), as in ESLint.
 */
export async function findFiles(inputs: readonly string[], options: FindFilesOptions): Promise<string[]> {
  const { cwd } = options;
  const ig = buildIgnore(options);
  const isIgnored = (abs: string): boolean => {
    const rel = toPosix(path.relative(cwd, abs));
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return ig.ignores(rel);
  };
  const out: string[] = [];
  const seen = new Set<string>();
  // The display path keeps the input's form: relative inputs stay relative, absolute stay absolute.
  const add = (display: string, abs: string): void => {
    if (seen.has(abs) || isIgnored(abs)) return;
    seen.add(abs);
    out.push(display);
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(input, abs);
      continue;
    }
    if (stat?.isDirectory()) {
      const found = walkManifests(abs);
      found.sort();
      for (const f of found) add(path.join(input, f), path.join(abs, f));
      continue;
    }
    // glob is loaded only when a pattern needs it: linting named files and directories starts faster.
    const { glob, hasMagic } = await import('glob');
    if (hasMagic(input, { windowsPathsNoEscape: false })) {
      const found = await glob(input, { cwd, dot: false, nodir: true, ignore: ['**/node_modules/**'], posix: true });
      if (found.length === 0) throw new PodlintError('E_NO_FILES', `No files matching the pattern "${input}" were found.`);
      found.sort();
      for (const f of found) add(f, path.resolve(cwd, f));
      continue;
    }
    throw new PodlintError('E_NO_FILES', `No such file or directory: "${input}".`);
  }
  return out;
}
