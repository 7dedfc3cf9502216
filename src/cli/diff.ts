// `podlint diff OLD NEW` and `podlint diff --base <ref> [paths…]`: lint an update before it is applied.
import { Option } from 'commander';
import { PodlintError } from '../core/errors.js';
import { addLintOptions, collect, emit, exitCodeFor, loadRunRules, maxWarningsOf, overridesOf } from './common.js';
import type { CliIo, LintFlags } from './common.js';
import type { RegisterCommand } from './main.js';

interface DiffFlags extends LintFlags {
  base?: string;
  staged?: boolean;
  namespace?: string;
  subresource?: 'resize' | 'ephemeralcontainers';
}

async function runDiff(args: string[], flags: DiffFlags, io: CliIo): Promise<number> {
  const maxWarnings = maxWarningsOf(flags);
  const base = flags.base ?? (flags.staged ? 'HEAD' : undefined);
  if (base === undefined && args.length !== 2) {
    throw new PodlintError('E_USAGE', 'diff: give OLD and NEW (files or directories), or --base <git-ref> [paths…]');
  }
  const rules = await loadRunRules(flags, io);
  const options = {
    cwd: io.cwd,
    configFile: flags.config,
    configLookup: flags.configLookup,
    overrides: overridesOf(flags, io, rules),
    ignorePatterns: flags.ignorePattern,
    useIgnoreFile: flags.ignore,
    rules,
    namespace: flags.namespace,
    subresource: flags.subresource,
  };
  const { diffGit, diffPaths } = await import('../node/diff-files.js');
  const report = base !== undefined ? await diffGit(args, { ...options, base, staged: flags.staged === true }) : await diffPaths(args[0]!, args[1]!, options);
  const shown = await emit(report, flags, io, rules);
  return exitCodeFor(shown, maxWarnings);
}

/** Registers `podlint diff`. */
export const registerDiff: RegisterCommand = (program, io, result) => {
  addLintOptions(
    program
      .command('diff')
      .description('lint an update: compare OLD and NEW manifests (files or directories), or the working tree with a git ref')
      .argument('[paths...]', 'OLD NEW, or with --base the paths to compare (default: .)'),
  )
    .option('--base <git-ref>', 'compare the working tree (or the index with --staged) with this git ref')
    .option('--staged', 'with --base: compare the index instead of the working tree (default ref: HEAD)')
    .option('--namespace <name>', 'namespace of objects that do not set one, for pairing (default: default)')
    .addOption(new Option('--subresource <name>', 'evaluate updates as sent to this Pod subresource').choices(['resize', 'ephemeralcontainers']))
    .option('--ignore-pattern <pattern>', 'gitignore-style pattern of files to skip (repeatable)', collect, [])
    .option('--no-ignore', 'do not read .podlintignore')
    .action(async (paths: string[], flags: DiffFlags) => {
      result.code = await runDiff(paths, flags, io);
    });
};
