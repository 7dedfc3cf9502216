export type MessageIds = 'selectorMismatch' | 'activeDeadline';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
