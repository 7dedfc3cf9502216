import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  builtinRules
} from "./chunk-X2VQ5NVE.js";
import {
  validateConfig
} from "./chunk-T5FIIOQM.js";
import {
  PodlintError,
  require_dist,
  withSyntaxRules
} from "./chunk-QLTRLFQX.js";
import {
  __toESM
} from "./chunk-EOAGVCXE.js";

// src/node/plugins.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
import { pathToFileURL } from "node:url";

// src/node/config-loader.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var CONFIG_FILE_NAMES = [".podlint.yaml", ".podlint.yml"];
function findConfigFile(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function readConfigFile(file, rules) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new PodlintError("E_CONFIG_NOT_FOUND", `Cannot read config file "${file}": ${e.message}`);
  }
  let value;
  try {
    value = (0, import_yaml.parse)(text, { prettyErrors: false }) ?? {};
  } catch (e) {
    throw new PodlintError("E_CONFIG_INVALID", `${file}: not valid YAML: ${e.message}`);
  }
  return validateConfig(value, rules, file);
}
function loadConfig(options) {
  const file = options.configFile ? path.resolve(options.cwd, options.configFile) : options.lookup === false ? void 0 : findConfigFile(options.cwd);
  if (!file) return { config: {}, file: void 0, baseDir: options.cwd };
  const config = readConfigFile(file, options.rules);
  return { config, file, baseDir: path.dirname(file), text: readFileSync(file, "utf8") };
}

// src/node/plugins.ts
var CATEGORIES = ["syntax", "validity", "security", "pitfall"];
var SEVERITIES = ["error", "warning", "info"];
var ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function isRuleLike(v) {
  return typeof v === "object" && v !== null && "id" in v && "meta" in v && "create" in v;
}
function rulesOf(mod) {
  const out = [];
  const take = (v) => {
    if (v === void 0 || v === null) return;
    if (Array.isArray(v)) out.push(...v);
    else if (isRuleLike(v)) out.push(v);
    else if (typeof v === "object" && "rules" in v) take(v.rules);
    else if (typeof v === "object") out.push(...Object.values(v));
    else out.push(v);
  };
  take(mod["default"]);
  if (mod["rules"] !== mod["default"]) take(mod["rules"]);
  return [...new Set(out)];
}
function checkPluginRule(rule, plugin) {
  const fail = (why) => {
    throw new PodlintError("E_PLUGIN", `plugin "${plugin}": ${why}`);
  };
  if (!isRuleLike(rule)) return fail("exports something that is not a rule (use defineRule({ id, meta, create }))");
  const id = rule.id;
  if (typeof id !== "string" || !ID.test(id)) return fail(`rule id ${JSON.stringify(id)} must be kebab-case`);
  const m = rule.meta;
  if (typeof m !== "object" || m === null) return fail(`rule "${id}" has no meta`);
  if (typeof m["description"] !== "string" || m["description"] === "") fail(`rule "${id}": meta.description must be a string`);
  if (!CATEGORIES.includes(m["category"])) fail(`rule "${id}": meta.category must be one of ${CATEGORIES.join(", ")}`);
  if (!SEVERITIES.includes(m["severity"])) fail(`rule "${id}": meta.severity must be one of ${SEVERITIES.join(", ")}`);
  if (typeof m["remediation"] !== "string") fail(`rule "${id}": meta.remediation must be a string`);
  const messages = m["messages"];
  if (typeof messages !== "object" || messages === null || Object.keys(messages).length === 0) fail(`rule "${id}": meta.messages must map message ids to templates`);
  if (typeof rule.create !== "function") fail(`rule "${id}": create must be a function`);
  return rule;
}
async function loadPlugins(specs, baseDir, taken = withSyntaxRules(builtinRules)) {
  const ids = new Map(taken.map((r) => [r.id, "a built-in rule"]));
  const out = [];
  for (const spec of specs) {
    const abs = path2.resolve(baseDir, spec);
    if (!existsSync2(abs)) throw new PodlintError("E_PLUGIN", `plugin "${spec}": no such file (${abs}); plugins are local ES modules, relative to the config file`);
    let mod;
    try {
      mod = await import(pathToFileURL(abs).href);
    } catch (e) {
      throw new PodlintError("E_PLUGIN", `plugin "${spec}": cannot be imported: ${e instanceof Error ? e.message : String(e)}`);
    }
    const rules = rulesOf(mod).map((r) => checkPluginRule(r, spec));
    if (rules.length === 0) throw new PodlintError("E_PLUGIN", `plugin "${spec}" exports no rule (export default defineRule({ \u2026 }) or an array of rules)`);
    for (const rule of rules) {
      const owner = ids.get(rule.id);
      if (owner !== void 0) throw new PodlintError("E_PLUGIN", `plugin "${spec}": rule id "${rule.id}" is already used by ${owner}`);
      ids.set(rule.id, `plugin "${spec}"`);
      out.push(rule);
    }
  }
  return out;
}
function pluginSpecs(configFile) {
  let value;
  try {
    value = (0, import_yaml2.parse)(readFileSync2(configFile, "utf8"), { prettyErrors: false });
  } catch {
    return [];
  }
  const list = typeof value === "object" && value !== null ? value["plugins"] : void 0;
  return Array.isArray(list) ? list.filter((s) => typeof s === "string" && s !== "") : [];
}
async function loadConfiguredPlugins(options) {
  const file = options.configFile ? path2.resolve(options.cwd, options.configFile) : options.configLookup === false ? void 0 : findConfigFile(options.cwd);
  if (!file || !existsSync2(file)) return [];
  const specs = pluginSpecs(file);
  if (specs.length === 0) return [];
  return loadPlugins(specs, path2.dirname(file), options.builtins ?? withSyntaxRules(builtinRules));
}

export {
  loadConfig,
  checkPluginRule,
  loadPlugins,
  pluginSpecs,
  loadConfiguredPlugins
};
