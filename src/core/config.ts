// Configuration: the JSON Schema shipped with the package, validation with clear errors, and per-file resolution.
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { minimatch } from 'minimatch';
import type { KubeVersion } from '../k8s/versions.js';
import { formatVersion, isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION, parseVersion } from '../k8s/versions.js';
import { PodlintError } from './errors.js';
import type { AnyRule, PodSecurityLevel, RuleSettings, Severity, SeveritySetting } from './rule.js';

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
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const severitySchema = { enum: ['off', 'info', 'warning', 'error'] };
const ruleSettingSchema = {
  oneOf: [
    severitySchema,
    {
      type: 'object',
      additionalProperties: false,
      properties: { severity: severitySchema, options: { type: 'object' } },
    },
  ],
};
const versionSchema = { type: 'string', pattern: '^v?\\d+\\.\\d+(\\.\\d+)?$' };
const levelSchema = { enum: ['privileged', 'baseline', 'restricted'] };
const rulesSchema = { type: 'object', additionalProperties: ruleSettingSchema };

/** JSON Schema of the configuration file (also written to `schemas/podlint-config.schema.json`). */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/podlint/podlint/blob/main/schemas/podlint-config.schema.json',
  title: 'podlint configuration (.podlint.yaml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    kubernetesVersion: { ...versionSchema, description: `Target Kubernetes version, ${OLDEST_VERSION} to ${NEWEST_VERSION} (quote it: "1.30").` },
    podSecurityLevel: { ...levelSchema, description: 'Pod Security Standards level to check against.' },
    rules: { ...rulesSchema, description: 'Per-rule severity (off, info, warning, error) and options.' },
    ignorePatterns: { type: 'array', items: { type: 'string' }, description: 'Gitignore-style patterns of files not to lint.' },
    overrides: {
      type: 'array',
      description: 'Settings for files matching path globs; later entries win.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { type: 'array', items: { type: 'string' }, minItems: 1 },
          kubernetesVersion: versionSchema,
          podSecurityLevel: levelSchema,
          rules: rulesSchema,
        },
      },
    },
    maxFileSize: { type: 'integer', minimum: 1, description: 'Files larger than this many bytes are reported, not parsed.' },
    cluster: {
      type: 'object',
      additionalProperties: false,
      description: 'How the target cluster is configured.',
      properties: { allowPrivileged: { type: 'boolean', description: 'kube-apiserver --allow-privileged (kubeadm and kind: true).' } },
    },
    staticPodPaths: { type: 'array', items: { type: 'string' }, description: 'Globs of static pod manifests.' },
  },
} as const;

let ajv: Ajv | undefined;
function getAjv(): Ajv {
  ajv ??= new Ajv({ allErrors: true, strict: false });
  return ajv;
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
  const validate = getAjv().compile(CONFIG_SCHEMA);
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
  return cfg;
}

/** Validate options against a rule's schema; throws E_RULE_OPTIONS with the offending keys. */
export function validateRuleOptions(rule: AnyRule, options: unknown, where: string): void {
  const schema = rule.meta.schema ?? { type: 'object', additionalProperties: false, properties: {} };
  const validate = getAjv().compile(schema);
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
  ) {
    this.maxFileSize = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
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
      const sev = (s === undefined ? undefined : settingSeverity(s)) ?? (rule.meta.recommended === false ? 'off' : rule.meta.severity);
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
