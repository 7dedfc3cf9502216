export type MessageIds = 'localhost';
declare const _default: import("../src/core/rule.js").RuleModule<"localhost", Record<string, unknown>>;
export default _default;
