export type MessageIds = 'noProbe';
declare const _default: import("../src/core/rule.js").RuleModule<"noProbe", Record<string, unknown>>;
export default _default;
