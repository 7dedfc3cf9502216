import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  lintFiles,
  localToday,
  prepareRun,
  readSource
} from "./chunk-457GCOLK.js";
import "./chunk-7K37WC5M.js";
import "./chunk-X2VQ5NVE.js";
import "./chunk-5R3HZ2QL.js";
import "./chunk-T5FIIOQM.js";
import "./chunk-QLTRLFQX.js";
import "./chunk-EOAGVCXE.js";
export {
  lintFiles,
  localToday,
  prepareRun,
  readSource
};
