import type { RegisterCommand } from './main.js';
/** Registers `podlint diff`. */
export declare const registerDiff: RegisterCommand;
