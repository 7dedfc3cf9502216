import type { Config, ConfigOverrides } from './core/config.js';
import type { LintReport } from './core/report.js';
import type { AnyRule } from './core/rule.js';
import { builtinRules } from '../rules/index.js';
export { defineRule } from './core/rule.js';
export type { AnyRule, Category, ObjectInfo, PodSecurityLevel, ReportDescriptor, RuleContext, RuleMeta, RuleModule, RuleSettings, RuleVisitors, RunInfo, Severity, SeveritySetting, UpdateInfo, } from './core/rule.js';
export type { Finding, LintReport, ObjectRef, PreviousLocation, Summary } from './core/report.js';
export type { Config, ConfigOverrides, RuleSetting } from './core/config.js';
export type { ContainerInfo, ContainerRole, PodSpecInfo } from './k8s/pod-spec.js';
export type { FieldPath } from './k8s/path.js';
export { formatPath } from './k8s/path.js';
export { arr, bool, dig, isRecord, num, rec, str } from './k8s/values.js';
export { PodlintError } from './core/errors.js';
export { CONFIG_SCHEMA } from './core/config.js';
export { lintFiles } from './node/lint-files.js';
export type { LintFilesOptions } from './node/lint-files.js';
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
}
/** Lint manifest text (YAML or JSON, any number of documents). Pure and synchronous. */
export declare function lintText(text: string, options?: LintTextOptions): LintReport;
/** Lint files, directories and glob patterns (an alias of lintFiles). */
export { lintFiles as lint } from './node/lint-files.js';
