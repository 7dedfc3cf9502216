export type PodlintErrorCode = 'E_CONFIG_INVALID' | 'E_CONFIG_NOT_FOUND' | 'E_RULE_NOT_FOUND' | 'E_RULE_OPTIONS' | 'E_USAGE' | 'E_NO_FILES' | 'E_PLUGIN';
export declare class PodlintError extends Error {
    readonly code: PodlintErrorCode;
    constructor(code: PodlintErrorCode, message: string);
}
