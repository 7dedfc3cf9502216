export type MessageIds = 'duplicate';
declare const _default: import("../src/core/rule.js").RuleModule<"duplicate", Record<string, unknown>>;
export default _default;
