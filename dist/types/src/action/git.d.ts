export declare class GitError extends Error {
}
export interface GitResult {
    code: number;
    stdout: string;
    stderr: string;
}
export declare function git(args: readonly string[], cwd: string): GitResult;
/** The top directory of the work tree holding `cwd`; undefined outside a repository. */
export declare function topLevel(cwd: string): string | undefined;
export declare function hasCommit(ref: string, cwd: string): boolean;
/**
 * Make sure `base` is a commit in the local repository. A shallow checkout (actions/checkout's default
 * depth 1) lacks the pull request's base: fetch that one commit from `origin`.
 * Returns a line to log when a fetch was needed.
 */
export declare function ensureCommit(base: string, cwd: string): string | undefined;
/** Resolve a ref to a full commit id (after ensureCommit; a fetched branch name resolves via FETCH_HEAD). */
export declare function resolveCommit(ref: string, cwd: string): string;
/**
 * Manifests (`*.yaml`, `*.yml`, `*.json`) that differ between `base` and the work tree, limited to
 * `paths` (git pathspecs relative to `cwd`); added, copied, modified, renamed and type-changed files,
 * not deleted ones. Paths are relative to `cwd`.
 */
export declare function changedManifests(base: string, paths: readonly string[], cwd: string): string[];
