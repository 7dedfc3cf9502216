import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  lintFiles,
  prepareRun,
  readSource
} from "./chunk-Y46JHKQW.js";
import "./chunk-H5GW4SE4.js";
import "./chunk-ICEB6ZGP.js";
import "./chunk-H53BCLPI.js";
import "./chunk-EOAGVCXE.js";
export {
  lintFiles,
  prepareRun,
  readSource
};
