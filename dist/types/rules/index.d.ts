import type { AnyRule } from '../src/core/rule.js';
/** Every built-in rule, sorted by id. */
export declare const builtinRules: readonly AnyRule[];
