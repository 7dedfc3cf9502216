import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  lintFiles,
  prepareRun,
  readSource
} from "./chunk-472W6WMP.js";
import "./chunk-BSEOMQPQ.js";
import "./chunk-3QISV5PV.js";
import "./chunk-WKLT3XXK.js";
import "./chunk-EOAGVCXE.js";
export {
  lintFiles,
  prepareRun,
  readSource
};
