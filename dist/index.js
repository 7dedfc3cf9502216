import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  lintFiles
} from "./chunks/chunk-472W6WMP.js";
import {
  builtinRules
} from "./chunks/chunk-BSEOMQPQ.js";
import {
  CONFIG_SCHEMA,
  ConfigResolver,
  lintSources,
  validateConfig
} from "./chunks/chunk-3QISV5PV.js";
import {
  PodlintError,
  arr,
  bool,
  defineRule,
  dig,
  formatPath,
  isRecord,
  num,
  rec,
  str,
  withSyntaxRules
} from "./chunks/chunk-WKLT3XXK.js";
import "./chunks/chunk-EOAGVCXE.js";

// src/index.ts
function lintText(text, options = {}) {
  const rules = withSyntaxRules(options.rules ?? builtinRules);
  const config = validateConfig(options.config ?? {}, rules);
  const overrides = {};
  if (options.kubernetesVersion) overrides.kubernetesVersion = options.kubernetesVersion;
  if (options.podSecurityLevel) overrides.podSecurityLevel = options.podSecurityLevel;
  const resolver = new ConfigResolver(config, rules, overrides);
  return lintSources([{ path: options.filename ?? "<text>", text }], rules, resolver);
}
export {
  CONFIG_SCHEMA,
  PodlintError,
  arr,
  bool,
  builtinRules,
  defineRule,
  dig,
  formatPath,
  isRecord,
  lintFiles as lint,
  lintFiles,
  lintText,
  num,
  rec,
  str
};
