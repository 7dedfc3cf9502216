export type MessageIds = 'unsupported' | 'alwaysOnly' | 'jobRequired' | 'podFailurePolicy';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
