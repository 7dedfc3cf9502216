// Pieces shared by the CLI's commands: io, shared lint flags, overrides, report output, exit codes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { PodlintError } from '../core/errors.js';
import type { ConfigOverrides } from '../core/config.js';
import { countSeverities } from '../core/report.js';
import type { LintReport } from '../core/report.js';
import type { PodSecurityLevel, SeveritySetting } from '../core/rule.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import { isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION, parseVersion } from '../k8s/versions.js';
import { FORMATTERS } from '../formatters/index.js';
import { builtinRules } from '../../rules/index.js';

export { pkg };

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
  isTTY: boolean;
}

export const SEVERITIES = ['off', 'info', 'warning', 'error'];
export const LEVELS = ['privileged', 'baseline', 'restricted'];

export function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

export function parseRuleFlags(values: readonly string[]): Record<string, SeveritySetting> {
  const known = new Set(withSyntaxRules(builtinRules).map((r) => r.id));
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
  color?: boolean;
}

export function exitCodeFor(report: LintReport, maxWarnings: number | undefined): number {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && report.summary.warnings > maxWarnings) return 1;
  return 0;
}

/** Format a report and write it to stdout or --output-file. */
export async function emit(report: LintReport, flags: LintFlags, io: CliIo): Promise<void> {
  const entry = FORMATTERS[flags.format];
  if (!entry) throw new PodlintError('E_USAGE', `unknown format "${flags.format}" (one of: ${Object.keys(FORMATTERS).join(', ')})`);
  const format = await entry.load();
  const shown: LintReport = flags.quiet
    ? (() => {
        const findings = report.findings.filter((f) => f.severity === 'error');
        return { ...report, findings, summary: { ...report.summary, ...countSeverities(findings) } };
      })()
    : report;
  const text = format(shown, {
    rules: withSyntaxRules(builtinRules),
    cwd: io.cwd,
    color: flags.outputFile ? false : flags.format === 'stylish' && useColor(flags.color, io),
    tool: { name: pkg.name, version: pkg.version, informationUri: pkg.homepage },
  });
  if (flags.outputFile) {
    writeFileSync(path.resolve(io.cwd, flags.outputFile), text);
    const s = report.summary;
    io.stderr(`podlint: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos in ${s.files} files; report written to ${flags.outputFile}\n`);
  } else {
    io.stdout(text);
  }
}

/** `--max-warnings` as a number (undefined when not given). */
export function maxWarningsOf(flags: LintFlags): number | undefined {
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) throw new PodlintError('E_USAGE', `--max-warnings expects an integer, got "${flags.maxWarnings}"`);
  return maxWarnings;
}

/** Command-line settings that win over the config file. */
export function overridesOf(flags: LintFlags): ConfigOverrides {
  const overrides: ConfigOverrides = { rules: parseRuleFlags(flags.rule) };
  const version = checkVersion(flags.kubernetesVersion);
  if (version) overrides.kubernetesVersion = version;
  if (flags.podSecurityLevel) overrides.podSecurityLevel = flags.podSecurityLevel;
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
    .option('--no-color', 'disable colour');
}

