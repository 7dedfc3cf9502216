export type MessageIds = 'unknownName' | 'undeclaredNumber';
export interface Options {
    ignorePorts: number[];
}
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Options>;
export default _default;
