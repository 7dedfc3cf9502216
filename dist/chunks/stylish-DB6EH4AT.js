import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-AYNKBOKX.js";
import "./chunk-EOAGVCXE.js";
export {
  formatStylish
};
