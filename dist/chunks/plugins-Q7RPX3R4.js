import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  checkPluginRule,
  loadConfiguredPlugins,
  loadPlugins,
  pluginSpecs
} from "./chunk-7K37WC5M.js";
import "./chunk-X2VQ5NVE.js";
import "./chunk-T5FIIOQM.js";
import "./chunk-QLTRLFQX.js";
import "./chunk-EOAGVCXE.js";
export {
  checkPluginRule,
  loadConfiguredPlugins,
  loadPlugins,
  pluginSpecs
};
