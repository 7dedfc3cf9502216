import type { PosNode } from './parse.js';
import type { Span } from './positions.js';
export type PathSegment = string | number;
/**
 * The span of a field: from its key (or the item itself in a sequence) to the end of its value.
 * A path that leaves the source (a missing field) stops at the deepest field that exists, so a finding
 * about a missing field lands on the key of its parent. Below an alias, the alias's position is used.
 */
export declare function locate(root: PosNode, path: readonly PathSegment[]): Span;
