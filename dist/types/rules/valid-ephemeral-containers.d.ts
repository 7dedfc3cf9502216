export type MessageIds = 'inTemplate' | 'forbiddenField' | 'forbiddenSubPath' | 'targetNotFound';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
