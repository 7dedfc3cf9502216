// Custom rules: `plugins:` in the config lists local ES modules (relative to the config file) that export rules
// made with `defineRule`. They are imported here, checked, and then run exactly like the built-in rules.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importModule } from './importer.js';
import { parse } from 'yaml';
import { PodlintError } from '../core/errors.js';
import type { AnyRule } from '../core/rule.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import { builtinRules } from '../../rules/index.js';
import { findConfigFile } from './config-loader.js';

const CATEGORIES = ['syntax', 'validity', 'security', 'pitfall'];
const SEVERITIES = ['error', 'warning', 'info'];
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function isRuleLike(v: unknown): v is AnyRule {
  return typeof v === 'object' && v !== null && 'id' in v && 'meta' in v && 'create' in v;
}

/** The rules a plugin module exports: `default` (a rule, an array, or `{ rules }`) and/or a `rules` export. */
function rulesOf(mod: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  const take = (v: unknown): void => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) out.push(...v);
    else if (isRuleLike(v)) out.push(v);
    else if (typeof v === 'object' && 'rules' in v) take((v as { rules: unknown }).rules);
    else if (typeof v === 'object') out.push(...Object.values(v));
    else out.push(v);
  };
  take(mod['default']);
  if (mod['rules'] !== mod['default']) take(mod['rules']);
  return [...new Set(out)];
}

/** Check the shape of a plugin rule; throws E_PLUGIN naming the plugin, the rule and the problem. */
export function checkPluginRule(rule: unknown, plugin: string): AnyRule {
  const fail = (why: string): never => {
    throw new PodlintError('E_PLUGIN', `plugin "${plugin}": ${why}`);
  };
  if (!isRuleLike(rule)) return fail('exports something that is not a rule (use defineRule({ id, meta, create }))');
  const id = rule.id;
  if (typeof id !== 'string' || !ID.test(id)) return fail(`rule id ${JSON.stringify(id)} must be kebab-case`);
  const m = rule.meta as unknown as Record<string, unknown> | undefined;
  if (typeof m !== 'object' || m === null) return fail(`rule "${id}" has no meta`);
  if (typeof m['description'] !== 'string' || m['description'] === '') fail(`rule "${id}": meta.description must be a string`);
  if (!CATEGORIES.includes(m['category'] as string)) fail(`rule "${id}": meta.category must be one of ${CATEGORIES.join(', ')}`);
  if (!SEVERITIES.includes(m['severity'] as string)) fail(`rule "${id}": meta.severity must be one of ${SEVERITIES.join(', ')}`);
  if (typeof m['remediation'] !== 'string') fail(`rule "${id}": meta.remediation must be a string`);
  const messages = m['messages'];
  if (typeof messages !== 'object' || messages === null || Object.keys(messages).length === 0) fail(`rule "${id}": meta.messages must map message ids to templates`);
  if (typeof rule.create !== 'function') fail(`rule "${id}": create must be a function`);
  return rule;
}

/**
 * Import plugin modules (paths relative to `baseDir`) and return their rules. Throws E_PLUGIN when a module
 * cannot be loaded, exports no valid rule, or reuses the id of a built-in rule or of another plugin's rule.
 */
export async function loadPlugins(specs: readonly string[], baseDir: string, taken: readonly AnyRule[] = withSyntaxRules(builtinRules)): Promise<AnyRule[]> {
  const ids = new Map<string, string>(taken.map((r) => [r.id, 'a built-in rule']));
  const out: AnyRule[] = [];
  for (const spec of specs) {
    const abs = path.resolve(baseDir, spec);
    if (!existsSync(abs)) throw new PodlintError('E_PLUGIN', `plugin "${spec}": no such file (${abs}); plugins are local ES modules, relative to the config file`);
    let mod: Record<string, unknown>;
    try {
      mod = (await importModule(pathToFileURL(abs).href)) as Record<string, unknown>;
    } catch (e) {
      throw new PodlintError('E_PLUGIN', `plugin "${spec}": cannot be imported: ${e instanceof Error ? e.message : String(e)}`);
    }
    const rules = rulesOf(mod).map((r) => checkPluginRule(r, spec));
    if (rules.length === 0) throw new PodlintError('E_PLUGIN', `plugin "${spec}" exports no rule (export default defineRule({ … }) or an array of rules)`);
    for (const rule of rules) {
      const owner = ids.get(rule.id);
      if (owner !== undefined) throw new PodlintError('E_PLUGIN', `plugin "${spec}": rule id "${rule.id}" is already used by ${owner}`);
      ids.set(rule.id, `plugin "${spec}"`);
      out.push(rule);
    }
  }
  return out;
}

/** The `plugins:` list of a config file (read raw: the config is validated later, against every rule). */
export function pluginSpecs(configFile: string): string[] {
  let value: unknown;
  try {
    value = parse(readFileSync(configFile, 'utf8'), { prettyErrors: false });
  } catch {
    return []; // reading and validating the config reports the problem
  }
  const list = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['plugins'] : undefined;
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string' && s !== '') : [];
}

/** Load the plugins of the config that a run uses (`--config FILE`, or the nearest `.podlint.yaml`). */
export async function loadConfiguredPlugins(options: { cwd: string; configFile?: string; configLookup?: boolean; builtins?: readonly AnyRule[] }): Promise<AnyRule[]> {
  const file = options.configFile ? path.resolve(options.cwd, options.configFile) : options.configLookup === false ? undefined : findConfigFile(options.cwd);
  if (!file || !existsSync(file)) return [];
  const specs = pluginSpecs(file);
  if (specs.length === 0) return [];
  return loadPlugins(specs, path.dirname(file), options.builtins ?? withSyntaxRules(builtinRules));
}
