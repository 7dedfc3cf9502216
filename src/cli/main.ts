// The command line: argv and io in, exit code out. Only this layer (and bin.ts, run.ts, start.ts) touches the process.
import { Command, CommanderError, Option } from 'commander';
import { PodlintError } from '../core/errors.js';
import { describeRule, ruleTable } from '../core/meta.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import { builtinRules } from '../../rules/index.js';
import { addLintOptions, collect, emit, exitCodeFor, loadRunRules, maxWarningsOf, overridesOf, pkg } from './common.js';
import type { AnyRule } from '../core/rule.js';
import type { CliIo, LintFlags } from './common.js';
import { registerServe } from './serve.js';
import { registerDiff } from './diff.js';

export type { CliIo } from './common.js';

/** `--threads N|auto`. */
function threadsOf(value: string | undefined): number | 'auto' {
  if (value === undefined) return 0;
  if (value === 'auto') return 'auto';
  if (!/^[0-9]+$/.test(value) || Number(value) > 64) throw new PodlintError('E_USAGE', `--threads must be auto or a number of worker threads from 0 to 64, not "${value}"`);
  return Number(value);
}

async function runLint(paths: string[], flags: LintFlags, io: CliIo): Promise<number> {
  const maxWarnings = maxWarningsOf(flags);
  const rules = await loadRunRules(flags, io);
  const overrides = overridesOf(flags, io, rules);
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
    rules,
    threads: threadsOf(flags.threads),
    cores: io.cores ?? 1,
    workerScript: io.workerScript,
  });
  const shown = await emit(report, flags, io, rules);
  return exitCodeFor(shown, maxWarnings);
}

function runRules(format: string, io: CliIo, rules: readonly AnyRule[] = withSyntaxRules(builtinRules)): number {
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

/** A command module: adds its command to the program; sets `result.code` when it runs. */
export type RegisterCommand = (program: Command, io: CliIo, result: { code: number }) => void;

const COMMANDS: RegisterCommand[] = [registerServe, registerDiff];

function buildProgram(io: CliIo, result: { code: number }): Command {
  const program = new Command();
  program
    .name('podlint')
    .description('Lint Kubernetes Pod specs: forbidden updates, invalid names, privileged misuse and sidecar pitfalls.')
    .version(pkg.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run podlint --help for usage)');

  addLintOptions(
    program
      .command('lint', { isDefault: true })
      .description('lint manifests (files, directories, globs; - for stdin)')
      .argument('[paths...]', 'files, directories or glob patterns (default: .)'),
  )
    .option('--stdin-filename <name>', 'file name for input read from stdin (-)')
    .option('--ignore-pattern <pattern>', 'gitignore-style pattern of files to skip (repeatable)', collect, [])
    .option('--no-ignore', 'do not read .podlintignore')
    .option('--threads <n>', 'worker threads to lint on: a number, or auto (one per core, up to 4, for 1000+ files)', '0')
    .action(async (paths: string[], flags: LintFlags) => {
      result.code = await runLint(paths, flags, io);
    });

  program
    .command('rules')
    .description('list every rule with its metadata')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-c, --config <file>', 'configuration file whose plugins to list too (default: nearest .podlint.yaml)')
    .option('--no-config-lookup', 'do not look for .podlint.yaml')
    .action(async (flags: { format: string; config?: string; configLookup: boolean }) => {
      result.code = runRules(flags.format, io, await loadRunRules(flags, io));
    });
  // Further commands (diff, serve) register themselves here, each from its own module.
  for (const register of COMMANDS) register(program, io, result);
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
