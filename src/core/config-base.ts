// Configuration: validation with clear errors, and per-file resolution. The schemas are checked by validators
// compiled at build time (src/core/_generated-validators.ts), so this module does not load ajv: start-up stays
// fast. Only an option schema that was not compiled at build time (a plugin rule's) needs a run-time compiler,
// which src/core/config.ts registers (it re-exports this module and loads ajv).
import type { ErrorObject } from 'ajv';
import { minimatch } from 'minimatch';
import type { KubeVersion } from '../k8s/versions.js';
import { formatVersion, isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION, parseVersion } from '../k8s/versions.js';
import { PodlintError } from './errors.js';
import type { AnyRule, PodSecurityLevel, RuleSettings, Severity, SeveritySetting } from './rule.js';
import type { Baseline } from './baseline.js';
import { presetSeverity } from './presets.js';
import type { PresetName } from './presets.js';
import { isValidDate } from './suppressions.js';
import type { IgnoreEntry, SuppressionSettings } from './suppressions.js';
import { CONFIG_VALIDATOR, NO_OPTIONS_VALIDATOR, RULE_OPTIONS_VALIDATORS } from './_generated-validators.js';
import type { GeneratedValidator } from './_generated-validators.js';

import { withoutDescriptions } from './config-schema.js';

export { CONFIG_SCHEMA, NO_OPTIONS_SCHEMA } from './config-schema.js';

export type { IgnoreEntry, PresetName };

export type RuleSetting = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

export interface OverrideConfig {
  files: string[];
  kubernetesVersion?: string;
  podSecurityLevel?: PodSecurityLevel;
  rules?: Record<string, RuleSetting>;
}

/** The shape of `.podlint.yaml`. */
export interface Config {
  kubernetesVersion?: string;
  podSecurityLevel?: PodSecurityLevel;
  rules?: Record<string, RuleSetting>;
  ignorePatterns?: string[];
  overrides?: OverrideConfig[];
  /** Files larger than this many bytes are reported instead of parsed (default 10 MiB). */
  maxFileSize?: number;
  cluster?: { allowPrivileged?: boolean };
  /** Globs of files that are static pod manifests (read by the kubelet, not the API server). */
  staticPodPaths?: string[];
  /** `podlint serve` (admission webhook) settings; the CLI ignores them. */
  webhook?: WebhookConfig;
  /** Preset the `rules:` settings apply over (default `recommended`). */
  extends?: PresetName;
  /** Local ES modules (paths relative to the config file) exporting custom rules. */
  plugins?: string[];
  /** Findings to suppress, each with a reason and an optional expiry date. */
  ignores?: IgnoreEntry[];
  /** Honour only `ignores` (not inline comments, not annotations). */
  strict?: boolean;
}

export type WebhookMode = 'enforce' | 'warn' | 'audit';

/** The `webhook:` section: modes globally and per namespace, exemptions, internal-error answer. */
export interface WebhookConfig {
  mode?: WebhookMode;
  namespaces?: Record<string, WebhookMode>;
  exemptions?: { namespaces?: string[]; usernames?: string[]; groups?: string[] };
  failureMode?: 'allow' | 'deny';
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** A compiled JSON Schema validator (ajv's `ValidateFunction` fits). */
export type SchemaValidator = GeneratedValidator;

/** Compiles a JSON Schema at run time (ajv with `allErrors: true, strict: false`, as the build uses). */
export type SchemaCompiler = (schema: object) => SchemaValidator;

let compiler: SchemaCompiler | undefined;

/** Register the run-time compiler for option schemas not compiled at build time (src/core/config.ts does). */
export function setSchemaCompiler(compile: SchemaCompiler): void {
  compiler = compile;
}

/** The build-time validator of a rule's options, if its schema is the one that was compiled. */
function precompiledOptionsValidator(rule: AnyRule): SchemaValidator | undefined {
  const schema = rule.meta.schema;
  if (schema === undefined) return NO_OPTIONS_VALIDATOR;
  const entry = RULE_OPTIONS_VALIDATORS.get(rule.id);
  return entry !== undefined && entry.schema === JSON.stringify(withoutDescriptions(schema)) ? entry.validate : undefined;
}

/**
 * True when validating the options of some of `rules` needs the run-time compiler and none is registered yet:
 * callers that may meet plugin rules then `await import('./config.js')` first.
 */
export function needsSchemaCompiler(rules: readonly AnyRule[]): boolean {
  return compiler === undefined && rules.some((r) => precompiledOptionsValidator(r) === undefined);
}

function optionsValidator(rule: AnyRule): SchemaValidator {
  const pre = precompiledOptionsValidator(rule);
  if (pre !== undefined) return pre;
  if (compiler === undefined) throw new Error(`no JSON Schema compiler is loaded to check the options of rule "${rule.id}" (import podlint's src/core/config.ts)`);
  return compiler(rule.meta.schema as object);
}

function describeAjvError(e: ErrorObject, root: string): string {
  const where = `${root}${e.instancePath.replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.')}` || root;
  if (e.keyword === 'additionalProperties') {
    return `${where === '' ? '' : `${where}: `}unknown key "${String(e.params['additionalProperty'])}"`.replace(/^: /, '');
  }
  if (e.keyword === 'enum') return `${where}: must be one of ${(e.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${e.message ?? 'is invalid'}`;
}

function ajvErrors(errors: ErrorObject[] | null | undefined, root: string): string[] {
  if (!errors) return [];
  // oneOf failures repeat each branch's error; keep the most specific ones.
  const useful = errors.filter((e) => e.keyword !== 'oneOf');
  return [...new Set(useful.map((e) => describeAjvError(e, root)))];
}

function settingSeverity(s: RuleSetting): SeveritySetting | undefined {
  return typeof s === 'string' ? s : s.severity;
}

/**
 * Validate a parsed configuration against the schema and the rules it names. Throws PodlintError
 * (E_CONFIG_INVALID) naming every bad key, or E_RULE_NOT_FOUND for an unknown rule id.
 */
export function validateConfig(config: unknown, rules: readonly AnyRule[], source = 'config'): Config {
  const validate = CONFIG_VALIDATOR;
  if (!validate(config)) {
    throw new PodlintError('E_CONFIG_INVALID', `${source}: ${ajvErrors(validate.errors, '').join('; ')}`);
  }
  const cfg = config as Config;
  const checkVersion = (v: string | undefined, where: string): void => {
    if (v === undefined) return;
    const parsed = parseVersion(v);
    if (!parsed || !isSupportedVersion(parsed)) {
      throw new PodlintError('E_CONFIG_INVALID', `${source}: ${where}: Kubernetes version "${v}" is not supported (${OLDEST_VERSION} to ${NEWEST_VERSION})`);
    }
  };
  checkVersion(cfg.kubernetesVersion, 'kubernetesVersion');
  const byId = new Map(rules.map((r) => [r.id, r]));
  const checkRules = (ruleSettings: Record<string, RuleSetting> | undefined, where: string): void => {
    for (const [id, setting] of Object.entries(ruleSettings ?? {})) {
      const rule = byId.get(id);
      if (!rule) throw new PodlintError('E_RULE_NOT_FOUND', `${source}: ${where}: unknown rule "${id}" (see \`podlint rules\`)`);
      if (typeof setting === 'object' && setting.options !== undefined) validateRuleOptions(rule, setting.options, `${source}: ${where}["${id}"].options`);
    }
  };
  checkRules(cfg.rules, 'rules');
  cfg.overrides?.forEach((o, i) => {
    checkVersion(o.kubernetesVersion, `overrides[${i}].kubernetesVersion`);
    checkRules(o.rules, `overrides[${i}].rules`);
  });
  cfg.ignores?.forEach((e, i) => {
    const where = `${source}: ignores[${i}]`;
    const selectors = ['rule', 'kind', 'namespace', 'name', 'container', 'image', 'files', 'path'] as const;
    if (!selectors.some((k) => e[k] !== undefined)) {
      throw new PodlintError('E_CONFIG_INVALID', `${where}: give at least one of ${selectors.join(', ')} (an entry without any would suppress everything)`);
    }
    for (const id of typeof e.rule === 'string' ? [e.rule] : (e.rule ?? [])) {
      if (!byId.has(id)) throw new PodlintError('E_RULE_NOT_FOUND', `${where}.rule: unknown rule "${id}" (see \`podlint rules\`)`);
    }
    if (e.expires !== undefined && !isValidDate(e.expires)) throw new PodlintError('E_CONFIG_INVALID', `${where}.expires: "${e.expires}" is not a date (YYYY-MM-DD)`);
  });
  return cfg;
}

/** Validate options against a rule's schema; throws E_RULE_OPTIONS with the offending keys. */
export function validateRuleOptions(rule: AnyRule, options: unknown, where: string): void {
  const validate = optionsValidator(rule);
  if (!validate(options)) {
    throw new PodlintError('E_RULE_OPTIONS', `${where}: ${ajvErrors(validate.errors, '').join('; ') || 'invalid options'}`);
  }
}

/** One enabled rule for a file: its severity and merged options. */
export interface EnabledRule {
  rule: AnyRule;
  severity: Severity;
  options: unknown;
}

export interface ResolvedFileConfig {
  settings: RuleSettings;
  rules: EnabledRule[];
}

/** Options from the command line that win over the config file. */
export interface ConfigOverrides {
  kubernetesVersion?: string;
  podSecurityLevel?: PodSecurityLevel;
  rules?: Record<string, SeveritySetting>;
  /** `--strict`: honour only config `ignores` (also `strict: true` in the config). */
  strict?: boolean;
  /** `--report-unused-suppressions` (the CLI turns it on when `CI` is set). */
  reportUnusedSuppressions?: boolean;
  /** Today's date, YYYY-MM-DD, for `expires` (the Node layer passes it in; the core reads no clock). */
  today?: string;
  /** `--baseline FILE`, already read: findings recorded in it are suppressed. */
  baseline?: Baseline;
}

/** Where the configuration came from (display path and text), to locate findings about its `ignores`. */
export interface ConfigSource {
  file: string;
  text?: string;
}

function normalisePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Resolves the configuration that applies to each file; results are cached per distinct override set. */
export class ConfigResolver {
  private readonly cache = new Map<string, ResolvedFileConfig>();
  readonly maxFileSize: number;

  constructor(
    private readonly config: Config,
    private readonly rules: readonly AnyRule[],
    private readonly cli: ConfigOverrides = {},
    private readonly source?: ConfigSource,
  ) {
    this.maxFileSize = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }

  /** How suppressions apply in this run: config `ignores` and `strict`, command-line switches, baseline, date. */
  get suppressionSettings(): SuppressionSettings {
    return (this.suppressionSettingsOf ??= this.makeSuppressionSettings());
  }

  /** Made once per resolver (the settings never change; a webhook asks on every review). */
  private suppressionSettingsOf: SuppressionSettings | undefined;

  private makeSuppressionSettings(): SuppressionSettings {
    const s: SuppressionSettings = {
      strict: this.cli.strict === true || this.config.strict === true,
      reportUnused: this.cli.reportUnusedSuppressions === true,
      ignores: this.config.ignores ?? [],
    };
    if (this.cli.today !== undefined) s.today = this.cli.today;
    if (this.cli.baseline !== undefined) s.baseline = this.cli.baseline;
    if (this.source !== undefined) s.configSource = this.source;
    return s;
  }

  /** The target version with no override applied (for report headers). */
  get kubernetesVersion(): KubeVersion {
    return parseVersion(this.cli.kubernetesVersion ?? this.config.kubernetesVersion ?? NEWEST_VERSION)!;
  }

  private matches(globs: readonly string[], file: string): boolean {
    const p = normalisePath(file);
    return globs.some((g) => minimatch(p, normalisePath(g), { dot: true, matchBase: !g.includes('/') }));
  }

  /** `file` is the path relative to the configuration's base directory (forward slashes). */
  resolve(file: string): ResolvedFileConfig {
    const overrides = (this.config.overrides ?? []).map((o, i) => (this.matches(o.files, file) ? i : -1)).filter((i) => i >= 0);
    const isStatic = this.matches(this.config.staticPodPaths ?? [], file);
    const key = `${overrides.join(',')}|${isStatic}`;
    const cached = this.cache.get(key);
    if (cached) return cached;

    let version = this.config.kubernetesVersion;
    let level = this.config.podSecurityLevel;
    const settings = new Map<string, RuleSetting>(Object.entries(this.config.rules ?? {}));
    for (const i of overrides) {
      const o = this.config.overrides![i]!;
      version = o.kubernetesVersion ?? version;
      level = o.podSecurityLevel ?? level;
      for (const [id, s] of Object.entries(o.rules ?? {})) {
        const prev = settings.get(id);
        // An override's bare severity keeps options set earlier.
        if (typeof s === 'string' && prev !== undefined && typeof prev === 'object') settings.set(id, { ...prev, severity: s });
        else settings.set(id, s);
      }
    }
    version = this.cli.kubernetesVersion ?? version ?? NEWEST_VERSION;
    level = this.cli.podSecurityLevel ?? level ?? 'baseline';
    for (const [id, s] of Object.entries(this.cli.rules ?? {})) {
      const prev = settings.get(id);
      settings.set(id, prev !== undefined && typeof prev === 'object' ? { ...prev, severity: s } : s);
    }

    const kubernetesVersion = parseVersion(version)!;
    const enabled: EnabledRule[] = [];
    for (const rule of this.rules) {
      const s = settings.get(rule.id);
      const sev = (s === undefined ? undefined : settingSeverity(s)) ?? presetSeverity(rule, this.config.extends);
      if (sev === 'off') continue;
      const userOptions = s !== undefined && typeof s === 'object' ? (s.options ?? {}) : {};
      const defaults = (rule.defaultOptions ?? {}) as Record<string, unknown>;
      enabled.push({ rule, severity: sev, options: { ...defaults, ...userOptions } });
    }
    const resolved: ResolvedFileConfig = {
      settings: {
        kubernetesVersion,
        podSecurityLevel: level,
        cluster: { allowPrivileged: this.config.cluster?.allowPrivileged ?? true },
        staticPod: isStatic,
      },
      rules: enabled,
    };
    this.cache.set(key, resolved);
    return resolved;
  }

  /** The target version of a file, formatted. */
  versionOf(file: string): string {
    return formatVersion(this.resolve(file).settings.kubernetesVersion);
  }
}
