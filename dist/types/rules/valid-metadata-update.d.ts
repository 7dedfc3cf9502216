export type MessageIds = 'immutable' | 'deletionTimestampSet' | 'newFinalizers' | 'addMirror' | 'changeMirror' | 'addAppArmor' | 'changeAppArmor';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
