export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    readStdin: () => Promise<string>;
    env: Record<string, string | undefined>;
    cwd: string;
    isTTY: boolean;
}
/** Run the CLI. Returns the exit code: 0 clean, 1 findings over the threshold, 2 usage/config/internal error. */
export declare function main(argv: readonly string[], io: CliIo): Promise<number>;
