// Maps a field path reported by a rule to the span of its key (or item) and value in the source.
import type { PosNode } from './parse.js';
import type { Span } from './positions.js';

export type PathSegment = string | number;

/**
 * The span of a field: from its key (or the item itself in a sequence) to the end of its value.
 * A path that leaves the source (a missing field) stops at the deepest field that exists, so a finding
 * about a missing field lands on the key of its parent. Below an alias, the alias's position is used.
 */
export function locate(root: PosNode, path: readonly PathSegment[]): Span {
  let node = root;
  let depth = 0;
  for (const seg of path) {
    const next = node.children?.get(seg);
    if (!next) break;
    node = next;
    depth++;
  }
  // A field below an alias has no position of its own: report the alias.
  if (node.alias && depth < path.length) return node.value;
  const start = node.key ? Math.min(node.key.start, node.value.start) : node.value.start;
  const end = Math.max(node.value.end, node.key?.end ?? node.value.end);
  return { start, end };
}
