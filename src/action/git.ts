// Git plumbing for the Action's pull-request mode: make sure the base commit is present (fetching it
// into a shallow checkout) and list the manifests the pull request changed.
import { spawnSync } from 'node:child_process';
import { MANIFEST_EXTENSIONS } from '../node/files.js';

export class GitError extends Error {}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function git(args: readonly string[], cwd: string): GitResult {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function gitOk(args: readonly string[], cwd: string): string {
  const r = git(args, cwd);
  if (r.code !== 0) throw new GitError(`git ${args.join(' ')} failed: ${r.stderr.trim() || `exit code ${r.code}`}`);
  return r.stdout;
}

/** The top directory of the work tree holding `cwd`; undefined outside a repository. */
export function topLevel(cwd: string): string | undefined {
  const r = git(['rev-parse', '--show-toplevel'], cwd);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export function hasCommit(ref: string, cwd: string): boolean {
  return git(['cat-file', '-e', `${ref}^{commit}`], cwd).code === 0;
}

/**
 * Make sure `base` is a commit in the local repository. A shallow checkout (actions/checkout's default
 * depth 1) lacks the pull request's base: fetch that one commit from `origin`.
 * Returns a line to log when a fetch was needed.
 */
export function ensureCommit(base: string, cwd: string): string | undefined {
  if (hasCommit(base, cwd)) return undefined;
  const fetched = git(['fetch', '--no-tags', '--depth=1', 'origin', base], cwd);
  if (fetched.code === 0 && hasCommit(base, cwd)) return `Fetched the base commit ${base} (the checkout is shallow).`;
  if (fetched.code === 0 && hasCommit('FETCH_HEAD', cwd)) {
    // `base` was a branch name: the fetched commit is FETCH_HEAD.
    return `Fetched ${base} (the checkout is shallow).`;
  }
  throw new GitError(
    `The base commit ${base} is not in the checkout and could not be fetched from origin (${fetched.stderr.trim() || `git exit code ${fetched.code}`}). ` +
      'Check out with `fetch-depth: 0`, or give `base-ref` a commit that exists.',
  );
}

/** Resolve a ref to a full commit id (after ensureCommit; a fetched branch name resolves via FETCH_HEAD). */
export function resolveCommit(ref: string, cwd: string): string {
  const r = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  if (r.code === 0) return r.stdout.trim();
  return gitOk(['rev-parse', '--verify', 'FETCH_HEAD^{commit}'], cwd).trim();
}

/**
 * Manifests (`*.yaml`, `*.yml`, `*.json`) that differ between `base` and the work tree, limited to
 * `paths` (git pathspecs relative to `cwd`); added, copied, modified, renamed and type-changed files,
 * not deleted ones. Paths are relative to `cwd`.
 */
export function changedManifests(base: string, paths: readonly string[], cwd: string): string[] {
  const out = gitOk(['-c', 'core.quotePath=false', 'diff', '--name-only', '-z', '--relative', '--no-renames', '--diff-filter=ACMRT', base, '--', ...paths], cwd);
  return out
    .split('\0')
    .filter((f) => f !== '' && MANIFEST_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext)))
    .sort();
}
