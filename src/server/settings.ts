// Webhook settings from config text: the same validation as the CLI's config file, plus the resolver.
import { parse } from 'yaml';
import { ConfigResolver, validateConfig } from '../core/config.js';
import type { Config, ConfigSource } from '../core/config.js';
import { PodlintError } from '../core/errors.js';
import type { AnyRule } from '../core/rule.js';
import type { AdmissionSettings } from './admission.js';

/** A date as YYYY-MM-DD in local time, as the CLI passes it for `ignores[].expires`. */
export function dayOf(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface SettingsOptions {
  /** Today's date (YYYY-MM-DD) for config `ignores` that expire. */
  today?: string;
  /** The config file and its text, to locate findings about its `ignores`. */
  source?: ConfigSource;
}

/** Settings for a validated config (an empty config: enforce mode, default rules). */
export function settingsFromConfig(config: Config, rules: readonly AnyRule[], options: SettingsOptions = {}): AdmissionSettings {
  const resolver = new ConfigResolver(config, rules, options.today !== undefined ? { today: options.today } : {}, options.source);
  return { rules, resolver, webhook: config.webhook ?? {}, ...(options.today !== undefined ? { today: options.today } : {}) };
}

/** Parse and validate config text (YAML or JSON). Throws PodlintError naming the file and the bad key. */
export function configFromText(text: string, rules: readonly AnyRule[], source: string): Config {
  let value: unknown;
  try {
    value = parse(text, { prettyErrors: false }) ?? {};
  } catch (e) {
    throw new PodlintError('E_CONFIG_INVALID', `${source}: not valid YAML: ${(e as Error).message}`);
  }
  return validateConfig(value, rules, source);
}

/** Parse, validate and resolve config text. */
export function settingsFromText(text: string, rules: readonly AnyRule[], source: string, options: SettingsOptions = {}): AdmissionSettings {
  return settingsFromConfig(configFromText(text, rules, source), rules, { source: { file: source, text }, ...options });
}
