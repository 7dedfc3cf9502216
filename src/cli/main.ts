// The command line: argv and io in, exit code out. Only this layer (and bin.ts) touches the process.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { PodlintError } from '../core/errors.js';
import type { ConfigOverrides } from '../core/config.js';
import { describeRule, ruleTable } from '../core/meta.js';
import { countSeverities } from '../core/report.js';
import type { LintReport } from '../core/report.js';
import type { PodSecurityLevel, SeveritySetting } from '../core/rule.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import { isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION, parseVersion } from '../k8s/versions.js';
import { FORMATTERS } from '../formatters/index.js';
import { builtinRules } from '../../rules/index.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
  isTTY: boolean;
}

const SEVERITIES = ['off', 'info', 'warning', 'error'];
const LEVELS = ['privileged', 'baseline', 'restricted'];

function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

function parseRuleFlags(values: readonly string[]): Record<string, SeveritySetting> {
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

function checkVersion(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const parsed = parseVersion(v);
  if (!parsed || !isSupportedVersion(parsed)) {
    throw new PodlintError('E_USAGE', `--kubernetes-version "${v}" is not supported: use ${OLDEST_VERSION} to ${NEWEST_VERSION}`);
  }
  return v;
}

function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.isTTY && io.env['TERM'] !== 'dumb';
}

interface LintFlags {
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

function exitCodeFor(report: LintReport, maxWarnings: number | undefined): number {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && report.summary.warnings > maxWarnings) return 1;
  return 0;
}

async function emit(report: LintReport, flags: LintFlags, io: CliIo): Promise<void> {
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

async function runLint(paths: string[], flags: LintFlags, io: CliIo): Promise<number> {
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) throw new PodlintError('E_USAGE', `--max-warnings expects an integer, got "${flags.maxWarnings}"`);
  const overrides: ConfigOverrides = { rules: parseRuleFlags(flags.rule) };
  const version = checkVersion(flags.kubernetesVersion);
  if (version) overrides.kubernetesVersion = version;
  if (flags.podSecurityLevel) overrides.podSecurityLevel = flags.podSecurityLevel;
  const inputs = paths.length === 0 ? ['.'] : paths;
  const stdin = inputs.includes('-') ? { text: await io.readStdin(), filename: flags.stdinFilename ?? '<stdin>' } : undefined;
  const { lintFiles } = await import('../node/lint-files.js');
  const report = await lintFiles(inputs, {
    cwd: io.cwd,
    configFile: flags.config,
    configLookup: flags.configLookup,
    overrides,
    ignorePatterns: flags.ignorePattern,
    useIgnoreFile: flags.ignore,
    stdin,
  });
  await emit(report, flags, io);
  return exitCodeFor(report, maxWarnings);
}

function runRules(format: string, io: CliIo): number {
  const rules = withSyntaxRules(builtinRules);
  if (format === 'json') io.stdout(`${JSON.stringify(rules.map(describeRule), null, 2)}\n`);
  else if (format === 'markdown') io.stdout(`${ruleTable(rules)}\n`);
  else if (format === 'text') {
    const w = Math.max(...rules.map((r) => r.id.length));
    for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
      io.stdout(`${r.id.padEnd(w)}  ${r.meta.category.padEnd(8)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}\n`);
    }
  } else throw new PodlintError('E_USAGE', `unknown format "${format}" (one of: text, json, markdown)`);
  return 0;
}

function buildProgram(io: CliIo, result: { code: number }): Command {
  const program = new Command();
  program
    .name('podlint')
    .description('Lint Kubernetes Pod specs: forbidden updates, invalid names, privileged misuse and sidecar pitfalls.')
    .version(pkg.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run podlint --help for usage)');

  program
    .command('lint', { isDefault: true })
    .description('lint manifests (files, directories, globs; - for stdin)')
    .argument('[paths...]', 'files, directories or glob patterns (default: .)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file')
    .option('-c, --config <file>', 'configuration file (default: nearest .podlint.yaml)')
    .option('--no-config-lookup', 'do not look for .podlint.yaml')
    .option('--kubernetes-version <version>', `target Kubernetes version, ${OLDEST_VERSION}–${NEWEST_VERSION} (default ${NEWEST_VERSION})`)
    .addOption(new Option('--pod-security-level <level>', 'Pod Security Standards level').choices(LEVELS))
    .option('--rule <id=severity>', 'set a rule severity (repeatable)', collect, [])
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--stdin-filename <name>', 'file name for input read from stdin (-)')
    .option('--ignore-pattern <pattern>', 'gitignore-style pattern of files to skip (repeatable)', collect, [])
    .option('--no-ignore', 'do not read .podlintignore')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour')
    .action(async (paths: string[], flags: LintFlags) => {
      result.code = await runLint(paths, flags, io);
    });

  program
    .command('rules')
    .description('list every rule with its metadata')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((flags: { format: string }) => {
      result.code = runRules(flags.format, io);
    });
  return program;
}

/** Run the CLI. Returns the exit code: 0 clean, 1 findings over the threshold, 2 usage/config/internal error. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const result = { code: 0 };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof PodlintError) {
      io.stderr(`podlint: ${e.message}\n`);
      return 2;
    }
    io.stderr(`podlint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}
