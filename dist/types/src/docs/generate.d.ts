import { docsUrl } from '../core/meta.js';
import type { AnyRule } from '../core/rule.js';
export declare const DOC_BEGIN = "<!-- begin generated -->";
export declare const DOC_END = "<!-- end generated -->";
export declare const README_BEGIN = "<!-- rules:begin -->";
export declare const README_END = "<!-- rules:end -->";
/** The generated header of `rules/<id>.md`. */
export declare function ruleDocHeader(rule: AnyRule): string;
/** `rules/<id>.md` with its generated header refreshed. */
export declare function updateRuleDoc(text: string, rule: AnyRule): string;
/** README with its rule table refreshed. */
export declare function updateReadme(text: string, rules: readonly AnyRule[]): string;
/** `rules/index.ts`, the only registry, from the rule files present. */
export declare function ruleIndexSource(ids: readonly string[]): string;
/** `schemas/podlint-config.schema.json`. */
export declare function configSchemaText(): string;
export { docsUrl };
