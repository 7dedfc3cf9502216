// Typed errors for misuse (bad config, unknown rule, bad options, bad usage): the CLI maps them to exit code 2.

export type PodlintErrorCode = 'E_CONFIG_INVALID' | 'E_CONFIG_NOT_FOUND' | 'E_RULE_NOT_FOUND' | 'E_RULE_OPTIONS' | 'E_USAGE' | 'E_NO_FILES' | 'E_PLUGIN';

export class PodlintError extends Error {
  constructor(
    readonly code: PodlintErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PodlintError';
  }
}
