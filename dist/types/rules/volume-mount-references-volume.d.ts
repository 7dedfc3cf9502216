export type MessageIds = 'notFound';
declare const _default: import("../src/core/rule.js").RuleModule<"notFound", Record<string, unknown>>;
export default _default;
