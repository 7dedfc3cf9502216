import type { JsonValue } from './parse.js';
/** A document read on the fast path: its index is the one `parseManifest` gives the same document. */
export interface FastDocument {
    index: number;
    value: JsonValue;
}
export type FastParse = {
    ok: true;
    documents: FastDocument[];
} | {
    ok: false;
    reason: string;
};
/**
 * Read every document of a text on the fast path, or decline (`ok: false`) when only `parseManifest` can
 * guarantee the values and problems. Never throws. Documents whose value is null are left out (the engine
 * skips them); every other document carries the index `parseManifest` gives it.
 */
export declare function parseFast(text: string): FastParse;
