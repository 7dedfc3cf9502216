import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  SARIF_SCHEMA_URI,
  SRCROOT,
  buildSarif,
  formatSarif,
  pascalCase,
  ruleDescriptor,
  sarifLevel,
  securitySeverity
} from "./chunk-AVHBYCU7.js";
import "./chunk-7C3LSUJN.js";
import "./chunk-O5UQTVII.js";
import "./chunk-EOAGVCXE.js";
export {
  SARIF_SCHEMA_URI,
  SRCROOT,
  buildSarif,
  formatSarif,
  pascalCase,
  ruleDescriptor,
  sarifLevel,
  securitySeverity
};
