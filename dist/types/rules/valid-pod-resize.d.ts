export type MessageIds = 'notAvailable' | 'staticPod' | 'windowsPod' | 'podLevelResources' | 'qosChanged' | 'addedOrRemoved' | 'renamedOrReordered' | 'resourcesRemoved' | 'onlyCpuMemory' | 'onlyCpuMemoryInit' | 'initNotResizable' | 'initRestartPolicy' | 'podLevelRemoved' | 'onlyCpuMemoryPodLevel' | 'ignored';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
