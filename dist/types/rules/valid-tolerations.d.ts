export type MessageIds = 'invalidKey' | 'emptyKeyOperator' | 'secondsWithoutNoExecute' | 'invalidValue' | 'valueWithExists' | 'unsupportedOperator' | 'unsupportedEffect';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
