/**
 * The nearest directory from `cwd` upwards that contains `.git` (a directory, or a file for worktrees
 * and submodules); undefined outside a repository. No `git` process is started.
 */
export declare function findRepoRoot(cwd: string): string | undefined;
