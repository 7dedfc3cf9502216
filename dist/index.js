import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  diffGit,
  diffPaths,
  pairObjects
} from "./chunks/chunk-4XOKCXUW.js";
import "./chunks/chunk-YUQP4ORX.js";
import {
  builtinRules,
  lintFiles,
  loadPlugins,
  localToday
} from "./chunks/chunk-ESYJTYYV.js";
import {
  lintSources,
  withSyntaxRules
} from "./chunks/chunk-VHOVBTH4.js";
import {
  CONFIG_SCHEMA,
  ConfigResolver,
  NEWEST_VERSION,
  OLDEST_VERSION,
  PRESETS,
  PodlintError,
  arr,
  bool,
  createBaseline,
  defineRule,
  dig,
  fingerprint,
  formatPath,
  isRecord,
  isSupportedVersion,
  num,
  parseBaseline,
  parseVersion,
  presetRules,
  rec,
  runObjectsOf,
  str,
  validateConfig
} from "./chunks/chunk-L4C4UO3S.js";
import "./chunks/chunk-QDJ5KUSK.js";

// src/index.ts
function lintText(text, options = {}) {
  const rules = withSyntaxRules(options.rules ?? builtinRules);
  const config = validateConfig(options.config ?? {}, rules);
  const overrides = {};
  if (options.kubernetesVersion) {
    const v = parseVersion(options.kubernetesVersion);
    if (!v || !isSupportedVersion(v)) {
      throw new PodlintError("E_USAGE", `kubernetesVersion "${options.kubernetesVersion}" is not supported: use ${OLDEST_VERSION} to ${NEWEST_VERSION}`);
    }
    overrides.kubernetesVersion = options.kubernetesVersion;
  }
  if (options.podSecurityLevel) overrides.podSecurityLevel = options.podSecurityLevel;
  if (options.strict !== void 0) overrides.strict = options.strict;
  if (options.reportUnusedSuppressions !== void 0) overrides.reportUnusedSuppressions = options.reportUnusedSuppressions;
  if (options.baseline !== void 0) overrides.baseline = options.baseline;
  overrides.today = options.today ?? localToday();
  const resolver = new ConfigResolver(config, rules, overrides);
  return lintSources([{ path: options.filename ?? "<text>", text }], rules, resolver);
}
export {
  CONFIG_SCHEMA,
  PRESETS,
  PodlintError,
  arr,
  bool,
  builtinRules,
  createBaseline,
  defineRule,
  diffGit,
  diffPaths,
  dig,
  fingerprint,
  formatPath,
  isRecord,
  lintFiles as lint,
  lintFiles,
  lintText,
  loadPlugins,
  num,
  pairObjects,
  parseBaseline,
  presetRules,
  rec,
  runObjectsOf,
  str
};
