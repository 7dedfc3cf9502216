import type { RegisterCommand } from './main.js';
export declare const registerServe: RegisterCommand;
