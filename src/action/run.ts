// The GitHub Action: lint (push) or diff against the pull request's base (pull_request), write SARIF,
// annotate the most severe findings, write the job summary and outputs, fail per `fail-on`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { PodlintError } from '../core/errors.js';
import type { ConfigOverrides } from '../core/config.js';
import type { Finding, LintReport } from '../core/report.js';
import type { AnyRule, Severity } from '../core/rule.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import { workflowCommand } from '../formatters/github.js';
import { repoRelativePath } from '../formatters/paths.js';
import { buildSarif } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import type { FormatContext } from '../formatters/types.js';
import { lintFiles } from '../node/lint-files.js';
import type { LintFilesOptions } from '../node/lint-files.js';
import { loadConfiguredPlugins } from '../node/plugins.js';
import { findRepoRoot } from '../node/repo-root.js';
import { builtinRules } from '../../rules/index.js';
import { appendSummary, command, group, setOutput } from './commands.js';
import type { ActionIo } from './commands.js';
import { runDiff } from './diff.js';
import { GitError, topLevel } from './git.js';
import { ActionInputError, readInputs } from './inputs.js';
import type { ActionInputs } from './inputs.js';
import { summaryMarkdown } from './summary.js';

export type { ActionIo } from './commands.js';

interface PullRequestEvent {
  baseSha: string | undefined;
  headSha: string | undefined;
}

/** The pull request in the event payload ($GITHUB_EVENT_PATH), if the event has one. */
export function readPullRequest(env: Record<string, string | undefined>): PullRequestEvent | undefined {
  const file = env['GITHUB_EVENT_PATH'];
  if (!file) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ActionInputError(`Cannot read the event payload ${file}: ${(e as Error).message}`);
  }
  const pr = (payload as { pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } } } | null)?.pull_request;
  if (!pr || typeof pr !== 'object') return undefined;
  return {
    baseSha: typeof pr.base?.sha === 'string' && pr.base.sha !== '' ? pr.base.sha : undefined,
    headSha: typeof pr.head?.sha === 'string' && pr.head.sha !== '' ? pr.head.sha : undefined,
  };
}

const PR_EVENTS = ['pull_request', 'pull_request_target'];

/** What to run: a plain lint, or a diff against a base. */
export function plan(inputs: ActionInputs, env: Record<string, string | undefined>, pr: PullRequestEvent | undefined): { mode: 'lint' } | { mode: 'diff'; base: string } {
  if (inputs.mode === 'lint') return { mode: 'lint' };
  const base = inputs.baseRef ?? pr?.baseSha;
  if (inputs.mode === 'diff') {
    if (!base) throw new ActionInputError('mode "diff" needs "base-ref", or a pull_request event whose payload has pull_request.base.sha.');
    return { mode: 'diff', base };
  }
  const isPr = PR_EVENTS.includes(env['GITHUB_EVENT_NAME'] ?? '') || (env['GITHUB_EVENT_NAME'] === undefined && pr !== undefined);
  if (isPr && pr && base) return { mode: 'diff', base };
  return { mode: 'lint' };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings to annotate: not suppressed, most severe first, in report order within a severity, at most `max`. */
export function mostSevere(findings: readonly Finding[], max: number): Finding[] {
  return findings
    .filter((f) => !f.suppressed)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .slice(0, max)
    .map((x) => x.f);
}

function failed(report: LintReport, failOn: ActionInputs['failOn']): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return report.summary.errors + report.summary.warnings > 0;
  return report.summary.errors > 0;
}

async function run(io: ActionIo): Promise<number> {
  const { env } = io;
  const inputs = readInputs(env);
  const workspace = path.resolve(io.cwd, env['GITHUB_WORKSPACE'] ?? '.');
  const pr = readPullRequest(env);
  const what = plan(inputs, env, pr);
  const overrides: ConfigOverrides = {};
  if (inputs.kubernetesVersion) overrides.kubernetesVersion = inputs.kubernetesVersion;
  if (inputs.podSecurityLevel) overrides.podSecurityLevel = inputs.podSecurityLevel;
  // Built-in rules and the config's plugins: for linting and for the SARIF rule list.
  const rules: AnyRule[] = withSyntaxRules([...builtinRules, ...(await loadConfiguredPlugins({ cwd: workspace, configFile: inputs.config }))]);
  const options: LintFilesOptions & { cwd: string } = { cwd: workspace, overrides, rules };
  if (inputs.config) options.configFile = inputs.config;

  /** `report`: everything (the SARIF file); `shown`: what the step annotates, summarises and fails on. */
  let report: LintReport;
  let shown: LintReport;
  let scope: string;
  const pathList = inputs.paths.map((p) => `\`${p}\``).join(', ');
  if (what.mode === 'diff') {
    const diff = await runDiff(inputs.paths, what.base, options, io);
    report = diff.report;
    shown = diff.changes;
    const elsewhere = report.findings.filter((f) => !f.suppressed).length - shown.findings.filter((f) => !f.suppressed).length;
    scope =
      `Pull request mode: ${diff.changed.length} changed manifest${diff.changed.length === 1 ? '' : 's'} under ${pathList}, compared with base \`${diff.base.slice(0, 12)}\`.` +
      (elsewhere > 0 ? ` ${elsewhere} finding${elsewhere === 1 ? '' : 's'} in unchanged manifests ${elsewhere === 1 ? 'is' : 'are'} in the SARIF file only.` : '');
  } else {
    report = await lintFiles(inputs.paths, options);
    shown = report;
    scope = `Linted ${pathList}.`;
  }

  const repoRoot = topLevel(workspace) ?? findRepoRoot(workspace) ?? workspace;
  const ctx: FormatContext = {
    rules,
    cwd: workspace,
    color: false,
    tool: { name: pkg.name, version: pkg.version, informationUri: pkg.homepage },
    repoRoot,
  };
  const repoPath = (file: string): string => repoRelativePath(file, workspace, repoRoot);

  // The SARIF file, for github/codeql-action/upload-sarif.
  const sarifPath = path.resolve(workspace, inputs.sarifFile);
  mkdirSync(path.dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, `${JSON.stringify(buildSarif(report, ctx), null, 2)}\n`);

  group(io, 'podlint report', formatStylish({ ...shown, findings: shown.findings.filter((f) => !f.suppressed) }, ctx));

  // Annotations: GitHub shows about 10 per level per step, so the most severe go first.
  const annotated = mostSevere(shown.findings, inputs.maxAnnotations);
  for (const f of annotated) io.stdout(`${workflowCommand(f, repoPath(f.file))}\n`);
  const rest = shown.findings.filter((f) => !f.suppressed).length - annotated.length;
  if (rest > 0) io.stdout(command('notice', { title: 'podlint' }, `${rest} more finding${rest === 1 ? ' is' : 's are'} not annotated (max-annotations: ${inputs.maxAnnotations}); see the job summary and ${inputs.sarifFile}.`));

  const isFailed = failed(shown, inputs.failOn);
  const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/$/, '');
  const sha = pr?.headSha ?? env['GITHUB_SHA'];
  const blobBase = env['GITHUB_REPOSITORY'] && sha ? `${server}/${env['GITHUB_REPOSITORY']}/blob/${sha}/` : undefined;
  appendSummary(io, summaryMarkdown(shown, { blobBase, repoPath, scope, sarifFile: inputs.sarifFile, failed: isFailed }));

  setOutput(io, 'sarif-file', inputs.sarifFile);
  setOutput(io, 'errors', shown.summary.errors);
  setOutput(io, 'warnings', shown.summary.warnings);

  const s = shown.summary;
  if (isFailed) {
    io.stdout(command('error', { title: 'podlint' }, `podlint found ${s.errors} error${s.errors === 1 ? '' : 's'} and ${s.warnings} warning${s.warnings === 1 ? '' : 's'} (fail-on: ${inputs.failOn}).`));
    return 1;
  }
  io.stdout(`podlint: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos in ${s.files} files.\n`);
  return 0;
}

/** Run the Action. Returns the process exit code: 1 fails the step. Never throws. */
export async function runAction(io: ActionIo): Promise<number> {
  try {
    return await run(io);
  } catch (e) {
    const known = e instanceof ActionInputError || e instanceof GitError || e instanceof PodlintError;
    const message = known ? (e as Error).message : `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
    io.stdout(command('error', { title: 'podlint' }, message));
    return 1;
  }
}
