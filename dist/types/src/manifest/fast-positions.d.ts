import type { PosNode } from './parse.js';
/**
 * Position trees by document index (the index parseFast/parseManifest give), for a text parseFast accepted;
 * undefined when exactness cannot be guaranteed (the caller then uses parseManifest). Never throws.
 */
export declare function fastPositions(text: string): Map<number, PosNode> | undefined;
