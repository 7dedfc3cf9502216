export type MessageIds = 'containersChanged' | 'imageRequired' | 'imageWhitespace' | 'activeDeadlineRange' | 'activeDeadlineZero' | 'activeDeadlineIncreased' | 'activeDeadlineRemoved' | 'tolerationModified' | 'schedulingGateAdded' | 'nodeSelectorMutated' | 'nodeSelectorTermsCount' | 'nodeSelectorTermMutated' | 'forbidden' | 'forbiddenResources';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
