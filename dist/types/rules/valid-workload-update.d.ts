export type MessageIds = 'selectorImmutable' | 'statefulSetForbidden';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
