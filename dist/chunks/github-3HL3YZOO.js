import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  annotationLevel,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
} from "./chunk-KZO4T4RN.js";
import "./chunk-O5UQTVII.js";
import "./chunk-EOAGVCXE.js";
export {
  annotationLevel,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
};
