export type MessageIds = 'invalidName' | 'invalidGenerateName' | 'invalidNamespace' | 'required' | 'cronJobNameTooLong' | 'invalidGeneratedName' | 'jobNameLabelTooLong' | 'indexedJobHostname';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
