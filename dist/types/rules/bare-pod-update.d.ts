export type MessageIds = 'recreate';
declare const _default: import("../src/core/rule.js").RuleModule<"recreate", Record<string, unknown>>;
export default _default;
