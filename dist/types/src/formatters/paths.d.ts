/**
 * The path of a reported file relative to the repository root (or to `cwd` outside a repository), with
 * `/` separators and never absolute. `file` is the display path of a finding: relative to `cwd`, or
 * absolute. Names that are not paths (`<stdin>`, `<text>`) are returned as they are.
 */
export declare function repoRelativePath(file: string, cwd: string, repoRoot?: string): string;
/** Percent-encode each segment of a relative path so that it is an RFC 3986 relative reference. */
export declare function encodeRelativeUri(rel: string): string;
