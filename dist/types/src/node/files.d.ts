export declare const MANIFEST_EXTENSIONS: string[];
export interface FindFilesOptions {
    cwd: string;
    /** Extra gitignore-style patterns (config `ignorePatterns`, `--ignore-pattern`). */
    ignorePatterns?: readonly string[];
    /** Read `.podlintignore` in cwd (default true). */
    useIgnoreFile?: boolean;
}
/**
 * Expand inputs into a sorted, de-duplicated list of display paths. Directories are walked for
 * `*.yaml`, `*.yml` and `*.json`, skipping dot-files, dot-folders and node_modules. A pattern that
 * matches nothing is a usage error (exit 2), as in ESLint.
 */
export declare function findFiles(inputs: readonly string[], options: FindFilesOptions): Promise<string[]>;
