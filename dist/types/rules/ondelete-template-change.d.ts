export type MessageIds = 'onDelete';
declare const _default: import("../src/core/rule.js").RuleModule<"onDelete", Record<string, unknown>>;
export default _default;
