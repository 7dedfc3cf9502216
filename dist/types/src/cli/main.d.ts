import { Command } from 'commander';
import type { CliIo } from './common.js';
export type { CliIo } from './common.js';
/** A command module: adds its command to the program; sets `result.code` when it runs. */
export type RegisterCommand = (program: Command, io: CliIo, result: {
    code: number;
}) => void;
/** Run the CLI. Returns the exit code: 0 clean, 1 findings over the threshold, 2 usage/config/internal error. */
export declare function main(argv: readonly string[], io: CliIo): Promise<number>;
