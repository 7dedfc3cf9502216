import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import "./chunk-YUQP4ORX.js";
import {
  CONFIG_SCHEMA,
  ConfigResolver,
  DEFAULT_MAX_FILE_SIZE,
  NO_OPTIONS_SCHEMA,
  needsSchemaCompiler,
  setSchemaCompiler,
  validateConfig,
  validateRuleOptions
} from "./chunk-L4C4UO3S.js";
import "./chunk-QDJ5KUSK.js";
export {
  CONFIG_SCHEMA,
  ConfigResolver,
  DEFAULT_MAX_FILE_SIZE,
  NO_OPTIONS_SCHEMA,
  needsSchemaCompiler,
  setSchemaCompiler,
  validateConfig,
  validateRuleOptions
};
