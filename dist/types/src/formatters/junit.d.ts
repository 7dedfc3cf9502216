import type { Formatter } from './types.js';
/** Escape text for XML content and attribute values; drop characters XML 1.0 cannot hold. */
export declare function xmlEscape(s: string): string;
export declare const formatJunit: Formatter;
