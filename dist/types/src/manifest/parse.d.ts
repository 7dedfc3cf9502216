import type { ScalarValue } from './scalars.js';
import { LineIndex } from './positions.js';
import type { Span } from './positions.js';
/** A JSON value as the API server receives it. */
export type JsonValue = ScalarValue | JsonValue[] | {
    [key: string]: JsonValue;
};
export type JsonObject = {
    [key: string]: JsonValue;
};
/**
 * Where a value sits in the source. `key` is the span of its map key (absent for sequence items and roots);
 * `value` the span of the value. `children` is absent below an alias: every value reached through an alias
 * reports the alias's position.
 */
export interface PosNode {
    key?: Span;
    value: Span;
    children?: Map<string | number, PosNode>;
    /** The value came through an alias (or a merge key): fields below it are reported at `value`. */
    alias?: boolean;
}
/** A problem found while reading a document (not a YAML syntax error): duplicate keys, excessive aliasing. */
export interface ReadProblem {
    kind: 'duplicate-key';
    message: string;
    span: Span;
    /** Path of the duplicated key within the document. */
    path: (string | number)[];
}
export interface ParsedDocument {
    /** 0-based index of the document in its file. */
    index: number;
    value: JsonValue;
    pos: PosNode;
    problems: ReadProblem[];
}
export interface SyntaxError {
    message: string;
    span: Span;
}
export interface ParseResult {
    lines: LineIndex;
    documents: ParsedDocument[];
    /** YAML syntax errors; the documents they occur in are left out of `documents`. */
    errors: SyntaxError[];
}
/** Strip a UTF-8 byte-order mark, as kubectl does. Positions are then relative to the text after it. */
export declare function stripBom(text: string): string;
/**
 * Parse every document of a YAML or JSON text. Never throws: YAML syntax errors come back in `errors`
 * and the other documents are still read.
 */
export declare function parseManifest(rawText: string): ParseResult;
