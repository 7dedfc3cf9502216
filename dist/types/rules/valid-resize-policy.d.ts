export type MessageIds = 'required' | 'resourceName' | 'duplicate' | 'policy' | 'neverPod' | 'initContainer' | 'initContainerBefore136';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
