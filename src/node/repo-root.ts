// The root of the git repository that holds a directory: SARIF and annotations report paths relative to it.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The nearest directory from `cwd` upwards that contains `.git` (a directory, or a file for worktrees
 * and submodules); undefined outside a repository. No `git` process is started.
 */
export function findRepoRoot(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
