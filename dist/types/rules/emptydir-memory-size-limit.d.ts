export type MessageIds = 'noSizeLimit';
declare const _default: import("../src/core/rule.js").RuleModule<"noSizeLimit", Record<string, unknown>>;
export default _default;
