export type MessageIds = 'redundantCapabilities' | 'sysctlInitContainer' | 'privilegedSidecar';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
