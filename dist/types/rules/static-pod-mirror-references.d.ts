export type MessageIds = 'reference';
declare const _default: import("../src/core/rule.js").RuleModule<"reference", Record<string, unknown>>;
export default _default;
