import type { JsonValue, PosNode } from './parse.js';
export interface SimpleDocument {
    index: number;
    value: JsonValue;
    pos?: PosNode;
}
/**
 * Read a text's documents with values (and, with `track`, positions) as `parseManifest` gives them, or
 * undefined when the text is not plain block YAML. Documents whose value is null are left out.
 */
export declare function readSimple(text: string, track?: boolean): SimpleDocument[] | undefined;
