/** The top directory of the work tree that holds `cwd`. */
export declare function gitTopLevel(cwd: string): Promise<string>;
/** Fail with a usage error when `ref` does not name a commit. */
export declare function verifyRef(root: string, ref: string): Promise<void>;
/** Files at `ref` below the pathspecs (`.` for everything). */
export declare function listFilesAtRef(root: string, ref: string, pathspecs: readonly string[]): Promise<string[]>;
/** Files in the index below the pathspecs. */
export declare function listIndexFiles(root: string, pathspecs: readonly string[]): Promise<string[]>;
/** The text of `file` at `ref`, or in the index when `ref` is undefined (`git show <ref>:<path>`, `git show :<path>`). */
export declare function readGitFile(root: string, ref: string | undefined, file: string): Promise<string>;
/**
 * The texts of many files at `ref` (or in the index when `ref` is undefined) with one
 * `git cat-file --batch` process. Files that do not exist there are left out of the map.
 */
export declare function readGitFiles(root: string, ref: string | undefined, files: readonly string[]): Promise<Map<string, string>>;
/** A change between a ref and the working tree or index, as `git diff -M --name-status` reports it. */
export interface GitChange {
    /** `A`, `M`, `D`, `R`, `C`, `T`, … (the score of R and C is dropped). */
    status: string;
    /** Path at the ref (undefined for added files). */
    oldPath: string | undefined;
    /** Path in the working tree or index (undefined for deleted files). */
    newPath: string | undefined;
}
/**
 * Changes between `ref` and the working tree (or the index with `staged`), with renames detected
 * (`git diff -M --name-status`). The whole tree is compared, so a file moved into the pathspecs from
 * outside them is still found; callers filter.
 */
export declare function changesSince(root: string, ref: string, staged: boolean): Promise<GitChange[]>;
/** True when a repository-relative path lies in one of the pathspecs (plain paths: files or directories). */
export declare function inPathspecs(file: string, pathspecs: readonly string[]): boolean;
