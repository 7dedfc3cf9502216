export interface ActionIo {
    env: Record<string, string | undefined>;
    /** The runner's working directory (the workspace unless a step sets another). */
    cwd: string;
    stdout: (text: string) => void;
}
/** `::name key=value,…::message` with both parts escaped. */
export declare function command(name: string, properties: Record<string, string | number | undefined>, message: string): string;
/** Set a step output: `name<<delimiter` … `delimiter` in $GITHUB_OUTPUT (safe for any value). */
export declare function setOutput(io: ActionIo, name: string, value: string | number): void;
/** Append Markdown to the job summary (no-op outside a runner). */
export declare function appendSummary(io: ActionIo, markdown: string): void;
/**
 * A collapsed log group. The body quotes manifest content, so workflow commands are stopped while it is
 * printed (a line of it can never be taken for a command).
 */
export declare function group(io: ActionIo, title: string, body: string): void;
