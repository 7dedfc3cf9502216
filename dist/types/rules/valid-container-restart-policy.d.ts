export type MessageIds = 'unknownField' | 'droppedSidecar' | 'droppedRestartRules' | 'initOnlyAlways' | 'nonInit' | 'unsupported' | 'rulesNeedPolicy' | 'sidecarRules' | 'tooManyRules' | 'ruleAction' | 'ruleActionMissing' | 'ruleExitCodes' | 'ruleOperator' | 'ruleOperatorMissing' | 'tooManyValues';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
