export type MessageIds = 'discarded';
declare const _default: import("../src/core/rule.js").RuleModule<"discarded", Record<string, unknown>>;
export default _default;
