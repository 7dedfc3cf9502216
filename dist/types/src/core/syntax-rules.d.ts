import type { AnyRule } from './rule.js';
export declare const parseErrorRule: import("./rule.js").RuleModule<"syntax" | "aliasing" | "tooLarge", Record<string, unknown>>;
export declare const duplicateKeyRule: import("./rule.js").RuleModule<"duplicate", Record<string, unknown>>;
/** Rules the engine reports itself; they are always part of the rule set (`suppression`: see suppressions.ts). */
export declare const SYNTAX_RULES: readonly AnyRule[];
/** Prepend the engine's own rules to a rule list (once). */
export declare function withSyntaxRules(rules: readonly AnyRule[]): AnyRule[];
