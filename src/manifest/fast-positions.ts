// Position trees on the fast path: the `PosNode` trees `parseManifest` would give, from one more js-yaml read
// (with the fast path's schema) instead of a `yaml` parse (about 8× slower), for texts `parseFast` accepted.
//
// js-yaml reports every `composeNode` call to a listener, properly nested: 'open' (with the position, which may
// be before separation space and comments) and 'close' (with the node's kind, result and end position). The
// builder keeps a stack of frames and builds each node's positions when it closes, from the text and its child
// frames:
// - a node starts at its open position after spaces, line breaks and `#` comments (anchors and tags never occur:
//   `parseFast` declines them);
// - at block level js-yaml first reads a mapping key, and keeps it when no `:` follows: a scalar or a flow
//   collection there is a frame with exactly one child frame holding the same result, collapsed into it; a block
//   scalar is a frame with one empty child (the failed key) and is read by the frame itself;
// - a block mapping's children are key, value, key, value, … (a value frame is opened for every implicit key, and
//   closes empty for an empty value), plus an empty trailing frame when a key was tried at a document marker;
// - spans as the `yaml` package gives them: a plain scalar ends at its last non-space character, a quoted one
//   after its closing quote, a block scalar where the `yaml` lexer ends it (after the line break of its last
//   line, less trailing blank lines holding no more spaces than its indentation), a flow collection after its
//   closing bracket; a block collection runs from its first key or `-` to the furthest end of its keys and
//   values; an empty mapping value is the empty span after the `:` and the spaces that follow it; map keys are
//   `String(key)` (as js-yaml stores them, and as `parseFast` relies on), in text order.
// Every frame is checked against js-yaml's result (the same values, keys and counts, one root frame per
// document); whenever the shape is not one of the above (an empty value or a key without `:` in a flow mapping,
// as in `{a: }` or `{a, b: 1}`, a single-pair mapping inside a flow sequence, as in `[a: 1]`, an empty block
// sequence item, an anchor or tag, any unexpected frame, any js-yaml error) the builder gives up and the caller
// computes positions with `parseManifest`. The differential test in
// test/fast-positions.test.ts checks the trees against `parseManifest` on corpora, fixtures and fuzzed texts.
import { loadAll } from 'js-yaml';
import type { State } from 'js-yaml';
import { FAST_SCHEMA, PLAIN_TAG } from './fast.js';
import type { PosNode } from './parse.js';

type Kind = 'scalar' | 'mapping' | 'sequence' | null;

/** A node read by js-yaml: its kind and value, and its positions. */
interface Built {
  kind: Kind;
  result: unknown;
  pos: PosNode;
}

/** Thrown (and caught) when the builder cannot guarantee the positions `parseManifest` gives. */
class Unsure extends Error {}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;

/** Skip spaces, line breaks and `#` comments forward from `p`: where a node opened at `p` starts. */
function skipSeparation(text: string, p: number): number {
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === SPACE || c === LF || c === CR) p++;
    else if (c === HASH) {
      p++;
      while (p < n && text.charCodeAt(p) !== LF && text.charCodeAt(p) !== CR) p++;
    } else break;
  }
  return p;
}

/** Skip spaces forward from `p` (an empty value's position). */
function skipSpaces(text: string, p: number): number {
  while (p < text.length && text.charCodeAt(p) === SPACE) p++;
  return p;
}

/** Move back from `p` over spaces and line breaks, not before `start`: where a plain scalar ends. */
function trimBack(text: string, start: number, p: number): number {
  while (p > start) {
    const c = text.charCodeAt(p - 1);
    if (c === SPACE || c === LF || c === CR) p--;
    else break;
  }
  return p;
}

/**
 * Where a block scalar (header at `start`) ends, as the `yaml` package's lexer ends it, given where js-yaml
 * stopped reading it (`stop`: at the first non-space character of the first line after it, or at the end of the
 * text): after the line break of its last line, less trailing blank lines holding no more spaces than its first
 * line's indentation (the first line after the header is always kept); at the end of the text when that line has
 * no line break, or when the header is the last line.
 */
function blockScalarEnd(text: string, start: number, stop: number): number {
  const header = text.indexOf('\n', start);
  if (header === -1) return text.length;
  const first = header + 1;
  // The indentation of the first character after the header that is not a space or a line break.
  let indent = 0;
  let i = first;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) indent++;
    else if (c === LF) indent = 0;
    else if (c !== CR || text.charCodeAt(i + 1) !== LF) break;
  }
  // No content, and spaces without a line break at the end of the text: `yaml` counts them in the scalar only
  // when they reach the indentation it expects (its lexer's `indentNext`, which js-yaml does not tell).
  if (i === text.length && indent > 0) throw new Unsure('block scalar without content');
  // The line break ending the scalar's last line (text.length when it has none).
  let nl = stop >= text.length ? (text.charCodeAt(text.length - 1) === LF ? text.length - 1 : text.length) : text.lastIndexOf('\n', stop - 1);
  if (nl < header) throw new Unsure('block scalar end');
  for (;;) {
    let j = nl - 1;
    if (text.charCodeAt(j) === CR) j--;
    const last = j;
    while (text.charCodeAt(j) === SPACE) j--;
    if (j >= first && text.charCodeAt(j) === LF && last - j <= indent) nl = j;
    else break;
  }
  return Math.min(nl + 1, text.length);
}

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b);
}

/** The node a frame stands for, once it closed: `open` its open position, `end` its close position. */
function buildNode(text: string, kind: Kind, result: unknown, open: number, end: number, kids: Built[]): Built {
  if (kind === null) {
    // An empty node: the empty span after the spaces that follow its open position. Its children, if any,
    // are failed attempts; only block mapping values may be empty (checked by the parent).
    const p = skipSpaces(text, open);
    return { kind, result, pos: { value: { start: p, end: p } } };
  }
  // A scalar or flow collection at block level: the key js-yaml read first and kept.
  if (kids.length === 1 && kids[0]!.kind === kind && sameValue(kids[0]!.result, result)) return kids[0]!;
  const start = skipSeparation(text, open);
  const c = text.charCodeAt(start);
  if (kind === 'scalar') {
    if (c === 0x7c /* | */ || c === 0x3e /* > */) {
      // A block scalar, after the key js-yaml failed to read at its header.
      if (kids.length > 1 || (kids.length === 1 && kids[0]!.kind !== null)) throw new Unsure('block scalar frames');
      return { kind, result, pos: { value: { start, end: blockScalarEnd(text, start, end) } } };
    }
    if (kids.length !== 0) throw new Unsure('scalar frames');
    if (typeof result === 'object' && result !== null) throw new Unsure('scalar result');
    const stop = c === 0x22 /* " */ || c === 0x27 /* ' */ ? end : trimBack(text, start, end);
    if (stop <= start) throw new Unsure('empty scalar');
    return { kind, result, pos: { value: { start, end: stop } } };
  }
  if (kind === 'sequence') {
    if (!Array.isArray(result) || kids.length !== result.length) throw new Unsure('sequence items');
    const children = new Map<string | number, PosNode>();
    let max = start;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      if (kid.kind === null || !sameValue(kid.result, result[i])) throw new Unsure('sequence item');
      children.set(i, kid.pos);
      if (kid.pos.value.end > max) max = kid.pos.value.end;
    }
    if (c === 0x5b /* [ */) return { kind, result, pos: { value: { start, end }, children } };
    if (c !== 0x2d /* - */ || kids.length === 0) throw new Unsure('block sequence');
    return { kind, result, pos: { value: { start, end: max }, children } };
  }
  if (typeof result !== 'object' || result === null || Array.isArray(result)) throw new Unsure('mapping result');
  const flow = c === 0x7b; /* { */
  let count = kids.length;
  // A key tried at a document marker after the last entry of a block mapping.
  if (!flow && count % 2 === 1 && kids[count - 1]!.kind === null) count--;
  if (count % 2 !== 0 || (!flow && count === 0)) throw new Unsure('mapping entries');
  const children = new Map<string | number, PosNode>();
  let max = start;
  for (let i = 0; i < count; i += 2) {
    const k = kids[i]!;
    const v = kids[i + 1]!;
    // Keys are scalars (collection keys are declined); flow mappings with empty values are left to parseManifest.
    if (k.kind !== 'scalar' || (flow && v.kind === null)) throw new Unsure('mapping entry');
    const name = String(k.result);
    if (!hasOwn(result, name) || !sameValue((result as Record<string, unknown>)[name], v.result) || children.has(name)) {
      throw new Unsure('mapping key');
    }
    children.set(name, { key: k.pos.value, value: v.pos.value, children: v.pos.children, alias: v.pos.alias });
    if (k.pos.value.end > max) max = k.pos.value.end;
    if (v.pos.value.end > max) max = v.pos.value.end;
  }
  if (children.size !== Object.keys(result).length) throw new Unsure('mapping size');
  return { kind, result, pos: { value: { start, end: flow ? end : max }, children } };
}

/**
 * Position trees by document index (the index parseFast/parseManifest give), for a text parseFast accepted;
 * undefined when exactness cannot be guaranteed (the caller then uses parseManifest). Never throws.
 */
export function fastPositions(text: string): Map<number, PosNode> | undefined {
  const opens: number[] = [];
  const frames: Built[][] = [];
  const roots: Built[] = [];
  const limit = text.length;
  function listener(event: string, state: State): void {
    if (event === 'open') {
      opens.push(state.position);
      frames.push([]);
      return;
    }
    const s = state as State & { tag?: unknown; anchor?: unknown };
    if (typeof s.anchor === 'string' || (typeof s.tag === 'string' && s.tag !== PLAIN_TAG)) throw new Unsure('anchor or tag');
    const open = opens.pop();
    const kids = frames.pop();
    if (open === undefined || kids === undefined) throw new Unsure('unbalanced frames');
    const kind = state.kind as string | null;
    if (kind !== null && kind !== 'scalar' && kind !== 'mapping' && kind !== 'sequence') throw new Unsure('kind');
    const built = buildNode(text, kind, state.result as unknown, Math.min(open, limit), Math.min(state.position, limit), kids);
    const parent = frames[frames.length - 1];
    if (parent) parent.push(built);
    else roots.push(built);
  }
  try {
    const values = loadAll(text, null, { schema: FAST_SCHEMA, listener });
    if (frames.length !== 0 || roots.length !== values.length) return undefined;
    const out = new Map<number, PosNode>();
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const root = roots[i]!;
      if (!sameValue(root.result, value ?? null)) return undefined;
      if (value !== null && value !== undefined) out.set(i, root.pos);
    }
    return out;
  } catch {
    return undefined;
  }
}
