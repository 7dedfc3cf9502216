import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  diffGit,
  diffPaths
} from "./chunk-5MULXEJF.js";
import "./chunk-457GCOLK.js";
import "./chunk-7K37WC5M.js";
import "./chunk-X2VQ5NVE.js";
import "./chunk-5R3HZ2QL.js";
import "./chunk-T5FIIOQM.js";
import "./chunk-QLTRLFQX.js";
import "./chunk-EOAGVCXE.js";
export {
  diffGit,
  diffPaths
};
