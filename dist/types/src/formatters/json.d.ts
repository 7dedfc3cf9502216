import type { Finding } from '../core/report.js';
import type { Formatter } from './types.js';
/** A finding with its keys in the documented order (extra keys follow). */
export declare function jsonFinding(f: Finding): Record<string, unknown>;
export declare const formatJson: Formatter;
