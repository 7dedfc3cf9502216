export type MessageIds = 'onCreate';
declare const _default: import("../src/core/rule.js").RuleModule<"onCreate", Record<string, unknown>>;
export default _default;
