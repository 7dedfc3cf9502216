import type { Finding } from '../core/report.js';
import type { Formatter } from './types.js';
/** Escape the message part of a workflow command (as `@actions/core` does). */
export declare function escapeData(s: string): string;
/** Escape a property value of a workflow command: the data escapes plus `:` and `,`. */
export declare function escapeProperty(s: string): string;
export type AnnotationLevel = 'error' | 'warning' | 'notice';
export declare function annotationLevel(f: Finding): AnnotationLevel;
/**
 * One workflow command for a finding. `file` is the repository-relative path (GitHub attaches the
 * annotation to the diff only then). Columns are sent only for single-line regions, as GitHub accepts
 * them only when the start and end lines are equal.
 */
export declare function workflowCommand(f: Finding, file: string): string;
/** Suppressed findings are not annotated. */
export declare const formatGithub: Formatter;
