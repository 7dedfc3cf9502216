export type MessageIds = 'laterSidecar' | 'regularContainer';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
