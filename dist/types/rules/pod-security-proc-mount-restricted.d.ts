import type { PodSecurityMessageIds } from '../src/k8s/pod-security.js';
export type MessageIds = PodSecurityMessageIds;
declare const _default: import("../src/core/rule.js").RuleModule<"violation", Record<string, unknown>>;
export default _default;
