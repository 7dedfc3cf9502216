export type MessageIds = 'neverCompletes';
export interface Options {
    sidecarNames: string[];
    sidecarImages: string[];
}
declare const _default: import("../src/core/rule.js").RuleModule<"neverCompletes", Options>;
export default _default;
