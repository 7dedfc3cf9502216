import type { PathSegment } from '../manifest/locate.js';
export type { PathSegment };
/** A field path relative to the object, as segments: `['spec', 'containers', 0, 'name']`. */
export type FieldPath = readonly PathSegment[];
/**
 * Format a path the way the API server and kubectl print field paths. Map keys that are not identifiers
 * go in brackets and quotes: `metadata.labels["app.kubernetes.io/name"]`.
 */
export declare function formatPath(path: FieldPath): string;
