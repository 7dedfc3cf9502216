export type MessageIds = 'runtimeSocket' | 'runtimeSocketDir' | 'hostRoot';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
