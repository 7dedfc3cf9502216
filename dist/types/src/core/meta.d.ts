import type { AnyRule } from './rule.js';
/** Where the repository lives; `package.json` `homepage`/`repository` agree (a test checks it). */
export declare const REPO_URL = "https://github.com/podlint/podlint";
/** The documentation page of a rule, derived from its id (never written by hand). */
export declare function docsUrl(ruleId: string): string;
/** The documentation page of any rule: a plugin rule's own `meta.url`, else the built-in page. */
export declare function ruleDocsUrl(rule: AnyRule): string;
/** A rule's metadata as `podlint rules --format json` prints it. */
export declare function describeRule(rule: AnyRule): Record<string, unknown>;
/** The Markdown rule table of the README and `podlint rules --format markdown`. */
export declare function ruleTable(rules: readonly AnyRule[], linkBase?: string): string;
