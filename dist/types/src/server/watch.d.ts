export interface WatchedFiles {
    /** Read the files now and call back if their content changed since the last call. */
    check(): Promise<void>;
    close(): void;
}
/**
 * Watch `files` (read together, e.g. a certificate and its key). `onChange` gets their contents, or the
 * read error; it is called only when the contents (or the error) differ from the previous read.
 */
export declare function watchFiles(files: readonly string[], initial: readonly string[] | undefined, onChange: (contents: string[] | Error) => void, options: {
    pollMs: number;
    debounceMs?: number;
}): WatchedFiles;
