export type MessageIds = 'invalidLabelKey' | 'invalidLabelValue' | 'invalidAnnotationKey' | 'annotationsTooLong' | 'invalidFinalizer' | 'nonStandardFinalizer' | 'conflictingFinalizers';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
