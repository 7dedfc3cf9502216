import type { PodSecurityLevel } from '../core/rule.js';
export declare class ActionInputError extends Error {
}
export type Mode = 'auto' | 'lint' | 'diff';
export type FailOn = 'error' | 'warning' | 'never';
export interface ActionInputs {
    /** Files, directories or globs, one per line (default `.`). */
    paths: string[];
    mode: Mode;
    /** Git ref or commit to diff against; empty: the pull request's base from the event payload. */
    baseRef: string | undefined;
    config: string | undefined;
    kubernetesVersion: string | undefined;
    podSecurityLevel: PodSecurityLevel | undefined;
    sarifFile: string;
    failOn: FailOn;
    maxAnnotations: number;
}
export declare const DEFAULT_MAX_ANNOTATIONS = 10;
/** `core.getInput`: `INPUT_` + the name upper-cased with spaces as `_` (dashes are kept), trimmed. */
export declare function getInput(env: Record<string, string | undefined>, name: string): string;
export declare function readInputs(env: Record<string, string | undefined>): ActionInputs;
