export type MessageIds = 'invalidContainerName' | 'invalidVolumeName' | 'invalidPortName' | 'invalidHandlerPort' | 'invalidHostname' | 'invalidObjectReference' | 'invalidHostAlias' | 'invalidQualifiedName' | 'invalidEnvVarName' | 'invalidSysctlName' | 'invalidDnsSearch' | 'invalidResourceClaimName' | 'tooManyNameservers' | 'tooManySearches' | 'searchListTooLong' | 'duplicate' | 'required';
declare const _default: import("../src/core/rule.js").RuleModule<MessageIds, Record<string, unknown>>;
export default _default;
