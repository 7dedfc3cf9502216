export type MessageIds = 'wrongType';
declare const _default: import("../src/core/rule.js").RuleModule<"wrongType", Record<string, unknown>>;
export default _default;
