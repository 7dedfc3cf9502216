// Finds the files to lint: explicit files, directories (recursive), glob patterns; honours .podlintignore.
import { existsSync, readFileSync, statSync } from 'node:fs';
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
      // glob is loaded only when a directory or a pattern needs it: linting named files starts faster.
      const { glob } = await import('glob');
      const found = await glob(`**/*{${MANIFEST_EXTENSIONS.join(',')}}`, {
        cwd: abs,
        dot: false,
        nodir: true,
        ignore: ['**/node_modules/**'],
        posix: true,
      });
      found.sort();
      for (const f of found) add(path.join(input, f), path.join(abs, f));
      continue;
    }
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
