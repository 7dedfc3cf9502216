import type { Config, ConfigOverrides } from './core/config.js';
import type { LintReport } from './core/report.js';
import type { AnyRule } from './core/rule.js';
import type { Baseline } from './core/baseline.js';
import { PodlintError } from './core/errors.js';
import { builtinRules } from '../rules/index.js';
export { defineRule, runObjectsOf } from './core/rule.js';
export type { AnyRule, Category, ObjectInfo, PodSecurityLevel, ReportDescriptor, RuleContext, RuleMeta, RuleModule, RuleSettings, RuleVisitors, RunInfo, Severity, SeveritySetting, UpdateInfo, } from './core/rule.js';
export type { Finding, LintReport, ObjectRef, PreviousLocation, Summary } from './core/report.js';
export type { Config, ConfigOverrides, RuleSetting } from './core/config.js';
export type { ContainerInfo, ContainerRole, PodSpecInfo } from './k8s/pod-spec.js';
export type { FieldPath } from './k8s/path.js';
export { formatPath } from './k8s/path.js';
export { arr, bool, dig, isRecord, num, rec, str } from './k8s/values.js';
export { PodlintError };
export { CONFIG_SCHEMA } from './core/config.js';
export { lintFiles } from './node/lint-files.js';
export { loadPlugins } from './node/plugins.js';
export { createBaseline, fingerprint, parseBaseline } from './core/baseline.js';
export type { Baseline, BaselineEntry } from './core/baseline.js';
export { PRESETS, presetRules } from './core/presets.js';
export type { PresetName } from './core/presets.js';
export type { IgnoreEntry } from './core/suppressions.js';
export type { SuppressionInfo, SuppressionKind } from './core/report.js';
export type { LintFilesOptions } from './node/lint-files.js';
export { diffGit, diffPaths } from './node/diff-files.js';
export type { DiffGitOptions, DiffOptions } from './node/diff-files.js';
export { pairObjects } from './core/diff.js';
export type { ObjectPair, Pairing, PairingOptions } from './core/diff.js';
export { builtinRules };
export interface LintTextOptions {
    kubernetesVersion?: string;
    podSecurityLevel?: ConfigOverrides['podSecurityLevel'];
    /** Name reported for the text (default `<text>`). */
    filename?: string;
    /** A configuration object, as `.podlint.yaml` would hold it. */
    config?: Config;
    /** Rules to run (default: the built-in rules); add plugin rules here. */
    rules?: readonly AnyRule[];
    /** Honour only `config.ignores` (not inline comments or annotations). */
    strict?: boolean;
    /** Report suppressions that match nothing. */
    reportUnusedSuppressions?: boolean;
    /** Today's date (YYYY-MM-DD) for `expires` in `config.ignores` (default: the local date). */
    today?: string;
    /** Findings recorded in this baseline are suppressed. */
    baseline?: Baseline;
}
/** Lint manifest text (YAML or JSON, any number of documents). Pure and synchronous. */
export declare function lintText(text: string, options?: LintTextOptions): LintReport;
/** Lint files, directories and glob patterns (an alias of lintFiles). */
export { lintFiles as lint } from './node/lint-files.js';
