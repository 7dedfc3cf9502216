// Kubernetes field paths: segments <-> `spec.containers[0].securityContext.privileged`.
import type { PathSegment } from '../manifest/locate.js';

export type { PathSegment };
/** A field path relative to the object, as segments: `['spec', 'containers', 0, 'name']`. */
export type FieldPath = readonly PathSegment[];

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Format a path the way the API server and kubectl print field paths. Map keys that are not identifiers
 * go in brackets and quotes: `metadata.labels["app.kubernetes.io/name"]`.
 */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
