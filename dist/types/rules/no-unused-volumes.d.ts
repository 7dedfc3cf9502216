export type MessageIds = 'unused';
declare const _default: import("../src/core/rule.js").RuleModule<"unused", Record<string, unknown>>;
export default _default;
