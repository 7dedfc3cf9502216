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
/** The tag js-yaml gives plain scalars read with `FAST_SCHEMA`. */
export declare const PLAIN_TAG = "tag:podlint.dev,2026:plain";
/** The schema of the fast path (also used by `fastPositions`, which must read exactly what `parseFast` read). */
export declare const FAST_SCHEMA: import("js-yaml").Schema;
/** Why the fast path declines a text (a reason of DECLINE), or undefined. */
export declare function declineReason(text: string): string | undefined;
/** @internal The plain list (for the test that `declineReason` agrees with it). */
export declare function declineReasonSlow(text: string): string | undefined;
/**
 * Read every document of a text on the fast path, or decline (`ok: false`) when only `parseManifest` can
 * guarantee the values and problems. Never throws. Documents whose value is null are left out (the engine
 * skips them); every other document carries the index `parseManifest` gives it.
 */
export declare function parseFast(text: string): FastParse;
