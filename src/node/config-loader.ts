// Finds and reads .podlint.yaml (from the working directory upwards) or an explicit --config file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PodlintError } from '../core/errors.js';
import { validateConfig } from '../core/config-base.js';
import type { Config } from '../core/config-base.js';
import type { AnyRule } from '../core/rule.js';

export const CONFIG_FILE_NAMES = ['.podlint.yaml', '.podlint.yml'];

export interface LoadedConfig {
  config: Config;
  /** The config file, or undefined when none was found. */
  file: string | undefined;
  /** Directory that config globs are relative to. */
  baseDir: string;
  /** The file's text (to locate findings about its `ignores`). */
  text?: string;
}

/** The nearest .podlint.yaml from `cwd` upwards (stopping at the filesystem root). */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Read and validate a config file. Throws PodlintError with the file name and the offending key. */
export function readConfigFile(file: string, rules: readonly AnyRule[]): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PodlintError('E_CONFIG_NOT_FOUND', `Cannot read config file "${file}": ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = parse(text, { prettyErrors: false }) ?? {};
  } catch (e) {
    throw new PodlintError('E_CONFIG_INVALID', `${file}: not valid YAML: ${(e as Error).message}`);
  }
  return validateConfig(value, rules, file);
}

/** Load the config named by `--config`, or look one up from `cwd` unless `lookup` is false. */
export function loadConfig(options: { cwd: string; configFile?: string; lookup?: boolean; rules: readonly AnyRule[] }): LoadedConfig {
  const file = options.configFile
    ? path.resolve(options.cwd, options.configFile)
    : options.lookup === false
      ? undefined
      : findConfigFile(options.cwd);
  if (!file) return { config: {}, file: undefined, baseDir: options.cwd };
  const config = readConfigFile(file, options.rules);
  return { config, file, baseDir: path.dirname(file), text: readFileSync(file, 'utf8') };
}
