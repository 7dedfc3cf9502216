// Pieces shared by the CLI's commands: io, shared lint flags, overrides, report output, exit codes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { PodlintError } from '../core/errors.js';
import type { ConfigOverrides } from '../core/config-base.js';
import { countSeverities } from '../core/report.js';
import type { LintReport } from '../core/report.js';
import type { AnyRule, PodSecurityLevel, SeveritySetting } from '../core/rule.js';
import { applyBaseline, createBaseline, parseBaseline } from '../core/baseline.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import { isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION, parseVersion } from '../k8s/versions.js';
import { FORMATTERS } from '../formatters/index.js';
import { findRepoRoot } from '../node/repo-root.js';
import { builtinRules } from '../../rules/index.js';

export { pkg };

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
  isTTY: boolean;
  /** The script worker threads run (the CLI bundle); without it, lint runs on this thread only. */
  workerScript?: string;
  /** Cores available, for `--threads auto` (default 1). */
  cores?: number;
}

export const SEVERITIES = ['off', 'info', 'warning', 'error'];
export const LEVELS = ['privileged', 'baseline', 'restricted'];

export function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

export function parseRuleFlags(values: readonly string[], rules: readonly AnyRule[] = builtinRules): Record<string, SeveritySetting> {
  const known = new Set(withSyntaxRules(rules).map((r) => r.id));
  const out: Record<string, SeveritySetting> = {};
  for (const v of values) {
    const m = /^([^=]+)=(.+)$/.exec(v);
    if (!m || !SEVERITIES.includes(m[2]!)) throw new PodlintError('E_USAGE', `--rule expects <rule-id>=<off|info|warning|error>, got "${v}"`);
    if (!known.has(m[1]!)) throw new PodlintError('E_RULE_NOT_FOUND', `--rule: unknown rule "${m[1]}" (see \`podlint rules\`)`);
    out[m[1]!] = m[2] as SeveritySetting;
  }
  return out;
}

export function checkVersion(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const parsed = parseVersion(v);
  if (!parsed || !isSupportedVersion(parsed)) {
    throw new PodlintError('E_USAGE', `--kubernetes-version "${v}" is not supported: use ${OLDEST_VERSION} to ${NEWEST_VERSION}`);
  }
  return v;
}

export function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.isTTY && io.env['TERM'] !== 'dumb';
}

/** Flags shared by every command that lints (lint, diff). */
export interface LintFlags {
  format: string;
  outputFile?: string;
  config?: string;
  configLookup: boolean;
  kubernetesVersion?: string;
  podSecurityLevel?: PodSecurityLevel;
  rule: string[];
  maxWarnings?: string;
  quiet?: boolean;
  stdinFilename?: string;
  ignorePattern: string[];
  ignore: boolean;
  /** `--threads`: a number, or `auto`. */
  threads?: string;
  color?: boolean;
  /** `--sarif-category`: SARIF `automationDetails.id`. */
  sarifCategory?: string;
  /** `--strict`: honour only the config's `ignores`. */
  strict?: boolean;
  /** `--[no-]report-unused-suppressions` (undefined: on when `CI` is set). */
  reportUnusedSuppressions?: boolean;
  /** `--baseline FILE`: report only findings not recorded in it. */
  baseline?: string;
  /** `--write-baseline FILE`: record the current findings. */
  writeBaseline?: string;
}

/** Built-in rules plus the custom rules of the config's `plugins:` (the config `--config` names or lookup finds). */
export async function loadRunRules(flags: Pick<LintFlags, 'config' | 'configLookup'>, io: Pick<CliIo, 'cwd'>): Promise<AnyRule[]> {
  const { loadConfiguredPlugins } = await import('../node/plugins.js');
  const plugins = await loadConfiguredPlugins({ cwd: io.cwd, configFile: flags.config, configLookup: flags.configLookup });
  const rules = withSyntaxRules([...builtinRules, ...plugins]);
  // A plugin rule's option schema was not compiled at build time: load ajv (only then) to check its options.
  if (plugins.length > 0) {
    const { needsSchemaCompiler } = await import('../core/config-base.js');
    if (needsSchemaCompiler(rules)) await import('../core/config.js');
  }
  return rules;
}

export function exitCodeFor(report: LintReport, maxWarnings: number | undefined): number {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && report.summary.warnings > maxWarnings) return 1;
  return 0;
}

/**
 * Format a report and write it to stdout or --output-file. With `--write-baseline FILE`, first record the
 * findings there and report them as baselined. Returns the report as shown (for the exit code).
 * `rules`: every rule of the run, plugins included (default: the built-in rules).
 */
export async function emit(report: LintReport, flags: LintFlags, io: CliIo, rules?: readonly AnyRule[]): Promise<LintReport> {
  const entry = FORMATTERS[flags.format];
  if (!entry) throw new PodlintError('E_USAGE', `unknown format "${flags.format}" (one of: ${Object.keys(FORMATTERS).join(', ')})`);
  const format = await entry.load();
  if (flags.writeBaseline) {
    const baseline = createBaseline(report.findings);
    writeFileSync(path.resolve(io.cwd, flags.writeBaseline), `${JSON.stringify(baseline, null, 2)}\n`);
    const count = baseline.findings.reduce((n, e) => n + e.count, 0);
    io.stderr(`podlint: baseline of ${count} finding${count === 1 ? '' : 's'} written to ${flags.writeBaseline}\n`);
    report = applyBaseline(report, baseline);
  }
  const shown: LintReport = flags.quiet
    ? (() => {
        const findings = report.findings.filter((f) => f.severity === 'error');
        return { ...report, findings, summary: { ...report.summary, ...countSeverities(findings) } };
      })()
    : report;
  const text = format(shown, {
    rules: rules ?? withSyntaxRules(builtinRules),
    cwd: io.cwd,
    color: flags.outputFile ? false : flags.format === 'stylish' && useColor(flags.color, io),
    tool: { name: pkg.name, version: pkg.version, informationUri: pkg.homepage },
    repoRoot: findRepoRoot(io.cwd),
    sarifCategory: flags.sarifCategory,
  });
  if (flags.outputFile) {
    writeFileSync(path.resolve(io.cwd, flags.outputFile), text);
    const s = report.summary;
    io.stderr(`podlint: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos in ${s.files} files; report written to ${flags.outputFile}\n`);
  } else {
    io.stdout(text);
  }
  return report;
}

/** `--max-warnings` as a number (undefined when not given). */
export function maxWarningsOf(flags: LintFlags): number | undefined {
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) throw new PodlintError('E_USAGE', `--max-warnings expects an integer, got "${flags.maxWarnings}"`);
  return maxWarnings;
}

/** True when the `CI` environment variable is set (and not "false" or "0"). */
export function isCi(env: Record<string, string | undefined>): boolean {
  const ci = env['CI'];
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * Command-line settings that win over the config file. `io` (for `--baseline`, relative to its cwd, and the
 * `CI` default of `--report-unused-suppressions`) and `rules` (plugins, for `--rule`) are optional.
 */
export function overridesOf(flags: LintFlags, io?: Pick<CliIo, 'cwd' | 'env'>, rules?: readonly AnyRule[]): ConfigOverrides {
  const overrides: ConfigOverrides = { rules: parseRuleFlags(flags.rule, rules) };
  const version = checkVersion(flags.kubernetesVersion);
  if (version) overrides.kubernetesVersion = version;
  if (flags.podSecurityLevel) overrides.podSecurityLevel = flags.podSecurityLevel;
  if (flags.strict) overrides.strict = true;
  const reportUnused = flags.reportUnusedSuppressions ?? (io ? isCi(io.env) : undefined);
  if (reportUnused !== undefined) overrides.reportUnusedSuppressions = reportUnused;
  if (flags.baseline) {
    const file = path.resolve(io?.cwd ?? '.', flags.baseline);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new PodlintError('E_USAGE', `--baseline: cannot read "${flags.baseline}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    overrides.baseline = parseBaseline(value, flags.baseline);
  }
  return overrides;
}

/** Add the options shared by lint and diff (format, output, config, version, rules, thresholds). */
export function addLintOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file')
    .option('-c, --config <file>', 'configuration file (default: nearest .podlint.yaml)')
    .option('--no-config-lookup', 'do not look for .podlint.yaml')
    .option('--kubernetes-version <version>', `target Kubernetes version, ${OLDEST_VERSION}–${NEWEST_VERSION} (default ${NEWEST_VERSION})`)
    .addOption(new Option('--pod-security-level <level>', 'Pod Security Standards level').choices(LEVELS))
    .option('--rule <id=severity>', 'set a rule severity (repeatable)', collect, [])
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour')
    .option('--sarif-category <id>', 'SARIF automationDetails.id, to tell several uploads for one commit apart')
    .option('--strict', 'honour only the config file\'s ignores (not inline comments or annotations)')
    .option('--report-unused-suppressions', 'report suppressions that match nothing (default when CI is set)')
    .option('--no-report-unused-suppressions', 'do not report unused suppressions')
    .option('--baseline <file>', 'report only findings not recorded in this baseline file')
    .option('--write-baseline <file>', 'record the current findings in a baseline file');
}

