// Pull-request mode: every manifest under the paths is compared with its version at the base (so the
// SARIF file is complete and cross-object rules see every object), and the findings in the manifests the
// pull request changed decide the step: annotations, summary, outputs and fail-on.
import path from 'node:path';
import { countSeverities } from '../core/report.js';
import type { LintReport } from '../core/report.js';
import { diffGit } from '../node/diff-files.js';
import type { DiffOptions } from '../node/diff-files.js';
import type { ActionIo } from './commands.js';
import { changedManifests, ensureCommit, resolveCommit } from './git.js';

export interface DiffOutcome {
  /** Every finding under the paths (for the SARIF file). */
  report: LintReport;
  /** The findings in the changed manifests (what the step reports and fails on). */
  changes: LintReport;
  /** The changed manifests, relative to the workspace. */
  changed: string[];
  /** The base commit compared with. */
  base: string;
}

/** Keep the findings in `files` (display paths relative to `cwd`); recount the summary. */
export function onlyFiles(report: LintReport, files: readonly string[], cwd: string): LintReport {
  const keep = new Set(files.map((f) => path.resolve(cwd, f)));
  const findings = report.findings.filter((f) => keep.has(path.resolve(cwd, f.file)));
  return { ...report, findings, summary: { ...report.summary, files: files.length, ...countSeverities(findings) } };
}

export async function runDiff(paths: readonly string[], baseRef: string, options: DiffOptions & { cwd: string }, io: ActionIo): Promise<DiffOutcome> {
  const fetched = ensureCommit(baseRef, options.cwd);
  if (fetched) io.stdout(`${fetched}\n`);
  const base = resolveCommit(baseRef, options.cwd);
  const changed = changedManifests(base, paths, options.cwd);
  const report = await diffGit(paths, { ...options, base });
  return { report, changes: onlyFiles(report, changed, options.cwd), changed, base };
}
