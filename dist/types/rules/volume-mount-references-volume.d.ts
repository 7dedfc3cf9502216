export type MessageIds = 'notFound' | 'nameRequired' | 'mountPathRequired' | 'devicePathRequired' | 'notUnique' | 'relativePath' | 'backsteps' | 'deviceBacksteps' | 'subPathExclusive' | 'inDevices' | 'pathInDevices' | 'inMounts' | 'pathInMounts' | 'blockSource';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
