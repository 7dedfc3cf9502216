import type { Formatter } from './types.js';
export type { FormatContext, Formatter } from './types.js';
export declare const FORMATTERS: Record<string, {
    description: string;
    load: () => Promise<Formatter>;
}>;
export declare function formatterNames(): string[];
