export type MessageIds = 'privileged';
declare const _default: import("../src/core/rule.js").RuleModule<"privileged", Record<string, unknown>>;
export default _default;
