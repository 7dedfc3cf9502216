export type MessageIds = 'initForbidden' | 'multipleHandlers' | 'noHandler' | 'sleepDropped' | 'successThreshold' | 'readinessGrace' | 'sleepRange' | 'stopSignalOs';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
