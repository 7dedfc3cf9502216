import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  lintFiles,
  prepareRun,
  readSource
} from "./chunk-XK4ZY3DC.js";
import "./chunk-RSVCHBUT.js";
import "./chunk-ICEB6ZGP.js";
import "./chunk-H53BCLPI.js";
import "./chunk-EOAGVCXE.js";
export {
  lintFiles,
  prepareRun,
  readSource
};
