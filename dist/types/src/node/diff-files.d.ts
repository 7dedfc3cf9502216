import type { LintReport } from '../core/report.js';
import type { UpdateInfo } from '../core/rule.js';
import type { LintFilesOptions } from './lint-files.js';
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
/**
 * Compare two manifests — files or directories — as an update from `oldPath` to `newPath`. Objects are
 * paired by API group, kind, namespace (`options.namespace` for objects without one) and name, or by the
 * same `metadata.uid`; two files holding one object of the same kind each are paired whatever the names.
 * Findings sit in the new files; update findings carry `previous` (the old file, line, column and value).
 */
export declare function diffPaths(oldPath: string, newPath: string, options?: DiffOptions): Promise<LintReport>;
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
export declare function diffGit(paths: readonly string[], options: DiffGitOptions): Promise<LintReport>;
