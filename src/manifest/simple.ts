// The fastest path: a reader for the plain block YAML most manifests are written in (block mappings and
// sequences, one-line plain and quoted scalars, `{}` and `[]`, comments, `---`), about three times faster
// than js-yaml, with the values and positions of the positional path (`parseManifest`). Anything else, and
// anything it is not sure of, is declined (`undefined`) and the caller reads the text with js-yaml
// (src/manifest/fast.ts) or the positional path. test/simple.test.ts runs it against `parseManifest` over
// generated corpora, the fixtures and fuzzed documents.
//
// Declined: block scalars (`|`, `>`), multi-line plain or quoted scalars, flow collections other than `{}`
// and `[]`, anchors, aliases, tags, merge keys (`<<`), explicit (`?`) and complex keys, duplicate keys, a
// backslash in a double-quoted scalar, `...`, directives, tabs, CR line ends, scalar or empty root
// documents with content, `- - x`, empty sequence items, and indentation that does not line up.
import type { JsonObject, JsonValue, PosNode } from './parse.js';
import { keyToString, resolvePlainScalar } from './scalars.js';

export interface SimpleDocument {
  index: number;
  value: JsonValue;
  pos?: PosNode;
}

class Decline extends Error {}

/** Decline the text; the reason (e.g. 'flow mapping') is the message, for whoever debugs a fallback. */
const decline = (reason = 'unsupported'): never => {
  throw new Decline(reason);
};

const SPACE = 32;
const LF = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;

/** Characters that cannot start a plain scalar here (or start something this reader does not read). */
function badStart(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `  (quotes and `-`, `[`, `{` are handled before this is asked)
  return c === 63 || c === 58 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 37 || c === 64 || c === 96 || c === 45 || c === 39 || c === 34 || c === 9;
}

interface Scalar {
  value: JsonValue;
  start: number;
  end: number;
  /** Where reading goes on: after the scalar, its trailing spaces and comment (at the line break or text end). */
  next: number;
}

class Reader {
  private p = 0;

  constructor(
    private readonly s: string,
    private readonly end: number,
    private readonly track: boolean,
  ) {}

  /** Offset of the end of the line holding `i` (its `\n`, or the end). */
  private lineEnd(i: number): number {
    const n = this.s.indexOf('\n', i);
    return n === -1 || n > this.end ? this.end : n;
  }

  /**
   * Skip blank and comment-only lines from `this.p` (at a line start); returns the indentation of the next
   * content line (`this.p` at its start), or -1 at the end.
   */
  private nextLine(): number {
    const s = this.s;
    while (this.p < this.end) {
      let i = this.p;
      while (i < this.end && s.charCodeAt(i) === SPACE) i++;
      if (i >= this.end) {
        this.p = this.end;
        return -1;
      }
      const c = s.charCodeAt(i);
      if (c === LF) {
        this.p = i + 1;
        continue;
      }
      if (c === HASH) {
        const e = this.lineEnd(i);
        this.p = e < this.end ? e + 1 : this.end;
        continue;
      }
      return i - this.p;
    }
    return -1;
  }

  /** After a value on a line: only spaces and a comment may follow (a comment needs a space before it). */
  private restOfLine(i: number): number {
    const s = this.s;
    let j = i;
    while (j < this.end && s.charCodeAt(j) === SPACE) j++;
    if (j >= this.end) return this.end;
    const c = s.charCodeAt(j);
    if (c === LF) return j;
    if (c === HASH && j > i) return this.lineEnd(j);
    return decline('text after a value');
  }

  /**
   * A value starting at `i` on its line (not a key), inside a node indented `parentIndent`: quoted, `{}`, a
   * one-line flow sequence of scalars, a literal block scalar (`|`, `|-`), or a one-line plain scalar.
   */
  private scalar(i: number, parentIndent: number): Scalar & { pos?: PosNode } {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quoted(i);
      return { value: q.value, start: q.start, end: q.end, next: this.restOfLine(q.end) };
    }
    if (c === 91) return this.flowSequence(i);
    if (c === 123) {
      // `{}` only.
      if (s.charCodeAt(i + 1) !== 125) decline('flow mapping');
      const end = i + 2;
      const next = this.restOfLine(end);
      const pos: PosNode | undefined = this.track ? { value: { start: i, end }, children: new Map() } : undefined;
      return { value: {}, start: i, end, next, ...(pos ? { pos } : {}) };
    }
    if (c === 124) return this.literal(i, parentIndent);
    if (badStart(c) && !(c === DASH && s.charCodeAt(i + 1) !== SPACE && s.charCodeAt(i + 1) !== LF && i + 1 < this.end)) decline(`node start ${String.fromCharCode(c)}`);
    if (c === 63 || c === 58) decline(`node start ${String.fromCharCode(c)}`);
    // One-line plain scalar: up to ` #` or the line end; `: ` inside would make it a mapping.
    const e = this.lineEnd(i);
    let j = i;
    let last = i;
    while (j < e) {
      const d = s.charCodeAt(j);
      if (d === HASH && s.charCodeAt(j - 1) === SPACE) break;
      if (d === COLON && (j + 1 >= e || s.charCodeAt(j + 1) === SPACE)) decline('colon in a plain scalar');
      if (d === 13 || d === 9) decline('control character');
      if (d !== SPACE) last = j + 1;
      j++;
    }
    const text = s.slice(i, last);
    return { value: resolvePlainScalar(text), start: i, end: last, next: e };
  }

  /** `[a, "b", 'c']` on one line: scalars only (no nested collections, no `:`, no empty or trailing entry). */
  private flowSequence(i: number): Scalar & { pos?: PosNode } {
    const s = this.s;
    const e = this.lineEnd(i);
    const value: JsonValue[] = [];
    const children = this.track ? new Map<string | number, PosNode>() : undefined;
    let j = i + 1;
    const skip = (): void => {
      while (j < e && s.charCodeAt(j) === SPACE) j++;
    };
    skip();
    if (s.charCodeAt(j) !== 93) {
      for (;;) {
        skip();
        if (j >= e) decline('multi-line flow sequence');
        const c = s.charCodeAt(j);
        let item: { value: JsonValue; start: number; end: number };
        if (c === DQUOTE || c === SQUOTE) {
          item = this.quoted(j);
        } else {
          if (badStart(c) && !(c === DASH && s.charCodeAt(j + 1) !== SPACE && s.charCodeAt(j + 1) !== 44 && s.charCodeAt(j + 1) !== 93)) decline('flow entry');
          let k = j;
          let last = j;
          while (k < e) {
            const d = s.charCodeAt(k);
            if (d === 44 || d === 93) break;
            if (d === 91 || d === 123 || d === 125 || d === COLON || d === 13 || (d === HASH && s.charCodeAt(k - 1) === SPACE)) decline('flow entry');
            if (d !== SPACE) last = k + 1;
            k++;
          }
          item = { value: resolvePlainScalar(s.slice(j, last)), start: j, end: last };
        }
        children?.set(value.length, { value: { start: item.start, end: item.end } });
        value.push(item.value);
        j = item.end;
        skip();
        const d = s.charCodeAt(j);
        if (d === 93) break;
        if (d !== 44) decline('flow sequence');
        j++;
        skip();
        if (s.charCodeAt(j) === 93) decline('trailing comma');
      }
    }
    const end = j + 1;
    return { value, start: i, end, next: this.restOfLine(end), ...(children ? { pos: { value: { start: i, end }, children } } : {}) };
  }

  /**
   * A literal block scalar (`|` or `|-`) whose content lines are indented more than `parentIndent`. Declined:
   * other headers, a first line that is blank, blank lines with more spaces than the content's indentation,
   * no content, and a last line without a line break.
   */
  private literal(i: number, parentIndent: number): Scalar {
    const s = this.s;
    let h = i + 1;
    const strip = s.charCodeAt(h) === DASH;
    if (strip) h++;
    const header = this.restOfLine(h);
    let p = header < this.end ? header + 1 : this.end;
    let indent = -1;
    const lines: string[] = [];
    let blank = 0;
    let end = -1;
    while (p < this.end) {
      const e = this.lineEnd(p);
      let k = p;
      while (k < e && s.charCodeAt(k) === SPACE) k++;
      if (k === e) {
        if (indent === -1 || k - p > indent) decline('blank line in a block scalar');
        blank++;
        p = e < this.end ? e + 1 : this.end;
        continue;
      }
      if (indent === -1) {
        if (k - p <= parentIndent) break;
        indent = k - p;
      } else if (k - p < indent) break;
      for (; blank > 0; blank--) lines.push('');
      lines.push(s.slice(p + indent, e));
      if (e >= this.end) decline('block scalar at the end of the text');
      end = e + 1;
      p = e + 1;
    }
    if (indent === -1) decline('empty block scalar');
    // Trailing blank lines are not content (clip keeps one line break, strip none).
    const value = lines.join('\n') + (strip ? '' : '\n');
    return { value, start: i, end, next: p > 0 && s.charCodeAt(p - 1) === LF ? p - 1 : this.end };
  }

  /** A quoted scalar on one line (double-quoted without escapes, single-quoted with `''`). */
  private quoted(i: number): { value: string; start: number; end: number } {
    const s = this.s;
    const q = s.charCodeAt(i);
    const e = this.lineEnd(i);
    if (q === DQUOTE) {
      const close = s.indexOf('"', i + 1);
      if (close === -1 || close >= e) decline('multi-line double-quoted');
      const text = s.slice(i + 1, close);
      if (text.includes('\\')) decline('escape in double-quoted');
      return { value: text, start: i, end: close + 1 };
    }
    let out = '';
    let j = i + 1;
    for (;;) {
      const close = s.indexOf("'", j);
      if (close === -1 || close >= e) decline('multi-line single-quoted');
      out += s.slice(j, close);
      if (s.charCodeAt(close + 1) === SQUOTE) {
        out += "'";
        j = close + 2;
        continue;
      }
      return { value: out, start: i, end: close + 1 };
    }
  }

  /**
   * A mapping key at `i`: its text (as kubectl turns it into a JSON key), span, and the offset after `:`.
   * Undefined when the line is not a `key:` entry.
   */
  private key(i: number): boolean {
    // Asked twice for the first key of a mapping (to tell a mapping from a scalar, then to read it).
    if (this.lastKeyAt === i) return this.lastKeyOk;
    this.lastKeyAt = i;
    return (this.lastKeyOk = this.readKey(i));
  }

  private lastKeyAt = -1;
  private lastKeyOk = false;
  /** The key last read (`key` true): its JSON text, span, and the offset after its `:` (no object per key). */
  private kKey = '';
  private kStart = 0;
  private kEnd = 0;
  private kAfter = 0;

  private readKey(i: number): boolean {
    const s = this.s;
    const c = s.charCodeAt(i);
    const e = this.lineEnd(i);
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quoted(i);
      let j = q.end;
      while (j < e && s.charCodeAt(j) === SPACE) j++;
      if (s.charCodeAt(j) !== COLON || (j + 1 < e && s.charCodeAt(j + 1) !== SPACE)) return false;
      this.kKey = q.value;
      this.kStart = i;
      this.kEnd = q.end;
      this.kAfter = j + 1;
      return true;
    }
    if (badStart(c)) return false;
    let last = i;
    for (let j = i; j < e; j++) {
      const d = s.charCodeAt(j);
      if (d === COLON && (j + 1 >= e || s.charCodeAt(j + 1) === SPACE)) {
        const text = s.slice(i, last);
        if (text === '<<') decline('merge key');
        this.kKey = keyToString(resolvePlainScalar(text));
        this.kStart = i;
        this.kEnd = last;
        this.kAfter = j + 1;
        return true;
      }
      if (d === HASH && s.charCodeAt(j - 1) === SPACE) return false;
      if (d === 13 || d === 9) decline('control character');
      if (d !== SPACE) last = j + 1;
    }
    return false;
  }

  /** The block node whose first content line starts at `this.p` with indentation `indent`. */
  private block(indent: number): { value: JsonValue; pos?: PosNode } {
    const start = this.p + indent;
    const s = this.s;
    if (s.charCodeAt(start) === DASH && (s.charCodeAt(start + 1) === SPACE || s.charCodeAt(start + 1) === LF || start + 1 >= this.end)) return this.sequence(indent);
    if (!this.key(start)) decline('not a mapping or sequence');
    return this.mapping(indent, start);
  }

  /**
   * A block mapping at column `indent`; its first key is at `first` (the start of a line, or inside a `- `
   * line for a mapping in a sequence item).
   */
  private mapping(indent: number, first: number): { value: JsonValue; pos?: PosNode } {
    const s = this.s;
    const value: JsonObject = {};
    const children = this.track ? new Map<string | number, PosNode>() : undefined;
    let mapEnd = first;
    let at = first;
    let entries = 0;
    for (;;) {
      if (!this.key(at)) decline('not a key');
      const kKey = this.kKey;
      const kStart = this.kStart;
      const kEnd = this.kEnd;
      const kAfter = this.kAfter;
      entries++;
      // After `key:`: a value on the same line, or a block below, or nothing.
      let i = kAfter;
      while (i < this.end && s.charCodeAt(i) === SPACE) i++;
      const c = i < this.end ? s.charCodeAt(i) : LF;
      let v: JsonValue;
      let vpos: PosNode | undefined;
      if (c === LF || c === HASH) {
        const emptyAt = i;
        if (c === HASH && i === kAfter) decline('comment after colon');
        const e = this.lineEnd(i);
        this.p = e < this.end ? e + 1 : this.end;
        const save = this.p;
        const next = this.nextLine();
        const lineStart = this.p;
        if (next > indent) {
          const r = this.block(next);
          v = r.value;
          vpos = r.pos;
        } else if (next === indent && s.charCodeAt(lineStart + next) === DASH && (s.charCodeAt(lineStart + next + 1) === SPACE || s.charCodeAt(lineStart + next + 1) === LF)) {
          const r = this.sequence(next);
          v = r.value;
          vpos = r.pos;
        } else {
          v = null;
          vpos = this.track ? { value: { start: emptyAt, end: emptyAt } } : undefined;
          this.p = save;
        }
      } else {
        const r = this.scalar(i, indent);
        v = r.value;
        vpos = this.track ? (r.pos ?? { value: { start: r.start, end: r.end } }) : undefined;
        // (A more indented line after it would continue it, or be an error: declined below.)
        this.p = r.next < this.end ? r.next + 1 : this.end;
      }
      value[kKey] = v;
      if (children && vpos) {
        children.set(kKey, { key: { start: kStart, end: kEnd }, value: vpos.value, children: vpos.children, alias: vpos.alias });
        mapEnd = Math.max(mapEnd, vpos.value.end, kEnd);
      }
      const save = this.p;
      const next = this.nextLine();
      if (next === indent) {
        at = this.p + next;
        continue;
      }
      if (next > indent) decline('indentation');
      this.p = save;
      break;
    }
    // A key set twice leaves fewer keys than entries (counted once, at the end: cheaper than a check per key).
    if (Object.keys(value).length !== entries) decline('duplicate key');
    return children ? { value, pos: { value: { start: first, end: mapEnd }, children } } : { value };
  }

  /** A block sequence whose first `-` is at `this.p + indent` (a line start). */
  private sequence(indent: number): { value: JsonValue; pos?: PosNode } {
    const s = this.s;
    const value: JsonValue[] = [];
    const children = this.track ? new Map<string | number, PosNode>() : undefined;
    const start = this.p + indent;
    let seqEnd = start;
    for (;;) {
      const dash = this.p + indent;
      if (s.charCodeAt(dash) !== DASH) decline('sequence');
      let i = dash + 1;
      if (i < this.end && s.charCodeAt(i) !== SPACE && s.charCodeAt(i) !== LF) decline('sequence item');
      while (i < this.end && s.charCodeAt(i) === SPACE) i++;
      const c = i < this.end ? s.charCodeAt(i) : LF;
      let r: { value: JsonValue; pos?: PosNode };
      if (c === LF || c === HASH) {
        // The item is a block below (an empty item is declined).
        if (c === HASH && i === dash + 1) decline('empty item');
        const e = this.lineEnd(i);
        this.p = e < this.end ? e + 1 : this.end;
        const next = this.nextLine();
        if (next <= indent) decline('empty item');
        r = this.block(next);
      } else if (c === DASH && (s.charCodeAt(i + 1) === SPACE || s.charCodeAt(i + 1) === LF)) {
        return decline('nested sequence');
      } else if (this.key(i)) {
        // `- key: value`: a mapping whose column is that of its first key.
        r = this.mapping(i - (this.p), i);
      } else {
        const sc = this.scalar(i, indent);
        r = this.track ? { value: sc.value, pos: sc.pos ?? { value: { start: sc.start, end: sc.end } } } : { value: sc.value };
        // (A more indented line after it would continue it, or be an error: declined below.)
        this.p = sc.next < this.end ? sc.next + 1 : this.end;
      }
      if (children && r.pos) {
        children.set(value.length, r.pos);
        seqEnd = Math.max(seqEnd, r.pos.value.end);
      }
      value.push(r.value);
      const save = this.p;
      const next = this.nextLine();
      if (next === indent && s.charCodeAt(this.p + next) === DASH) continue;
      if (next > indent) decline('indentation');
      this.p = save;
      break;
    }
    return children ? { value, pos: { value: { start, end: seqEnd }, children } } : { value };
  }

  /** The document in [p, end): null when it holds only comments, else a root mapping or sequence. */
  document(): { value: JsonValue; pos?: PosNode } {
    const indent = this.nextLine();
    if (indent === -1) return { value: null };
    if (indent !== 0) decline('indented root');
    const r = this.block(0);
    if (this.nextLine() !== -1) decline('content after the root');
    return r;
  }

  setStart(p: number): void {
    this.p = p;
  }
}

/** `---` (alone, or before spaces and a comment) at `i`, a line start. */
function isDocumentStart(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== DASH || s.charCodeAt(i + 1) !== DASH || s.charCodeAt(i + 2) !== DASH) return false;
  const c = s.charCodeAt(i + 3);
  if (Number.isNaN(c) || c === LF) return true;
  if (c !== SPACE) return false;
  let j = i + 3;
  while (s.charCodeAt(j) === SPACE) j++;
  const d = s.charCodeAt(j);
  return Number.isNaN(d) || d === LF || d === HASH;
}

/**
 * Quick refusals before reading: characters this reader never handles (anchors, tags, block scalars and the
 * like are refused where a node starts), `...` at a line start, and `__proto__` (kept as an own key there).
 */
const REFUSE = /[\t\r\uFEFF\u0085\u2028\u2029]|__proto__|^\.\.\./m;

/**
 * Read a text's documents with values (and, with `track`, positions) as `parseManifest` gives them, or
 * undefined when the text is not plain block YAML. Documents whose value is null are left out.
 */
export function readSimple(text: string, track = false): SimpleDocument[] | undefined {
  if (REFUSE.test(text)) return undefined;
  // Document boundaries: `---` lines. Text before the first one is a document only if it has content.
  const starts: number[] = [];
  if (isDocumentStart(text, 0)) starts.push(0);
  for (let i = text.indexOf('\n---'); i !== -1; i = text.indexOf('\n---', i + 1)) if (isDocumentStart(text, i + 1)) starts.push(i + 1);
  const bodies: [number, number][] = [];
  let from = 0;
  for (const st of starts) {
    bodies.push([from, st]);
    const e = text.indexOf('\n', st);
    from = e === -1 ? text.length : e + 1;
  }
  bodies.push([from, text.length]);
  try {
    const out: SimpleDocument[] = [];
    let index = 0;
    bodies.forEach(([a, b], n) => {
      const reader = new Reader(text, b, track);
      reader.setStart(a);
      const doc = reader.document();
      // Comments (or nothing) before the first `---` are not a document of their own.
      if (n === 0 && starts.length > 0 && doc.value === null) return;
      if (doc.value !== null) out.push({ index, value: doc.value, ...(doc.pos ? { pos: doc.pos } : {}) });
      index++;
    });
    return out;
  } catch (e) {
    if (e instanceof Decline) return undefined;
    throw e;
  }
}

