import { LineIndex } from './positions.js';
/** A comment in the source: its text (from `#`) and its 1-based position (columns in UTF-16 code units). */
export interface SourceComment {
    text: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** True when nothing but whitespace precedes the comment on its line. */
    ownLine: boolean;
}
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
/**
 * One suppressing directive with the 1-based, inclusive line range it covers. `rules` lists rule ids; `*`
 * (or no id at all) means every rule.
 */
export interface InlineSuppression {
    kind: Exclude<DirectiveKind, 'enable'>;
    rules: string[];
    /** Text after ` -- `, trimmed; undefined when the directive gives none. */
    reason: string | undefined;
    fromLine: number;
    toLine: number;
    /** Where the comment is, for findings about the directive itself. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** The comment text, for messages. */
    text: string;
}
/** Every comment of a YAML (or JSON) text, in source order, plus the lines of `---` / `...` markers. */
export declare function scanComments(rawText: string): {
    comments: SourceComment[];
    markerLines: number[];
    lines: LineIndex;
};
/**
 * The suppression directives of a text with the line ranges they cover:
 * - `disable-next-line`: the next line that is neither blank nor only a comment;
 * - `disable-line`: its own line;
 * - `disable`: from its line to the matching `enable` (same rule id, or an `enable` without ids), else to the
 *   end of the YAML document it precedes or sits in.
 */
export declare function scanSuppressions(rawText: string): InlineSuppression[];
