export type MessageIds = 'orphans';
declare const _default: import("../src/core/rule.js").RuleModule<"orphans", Record<string, unknown>>;
export default _default;
