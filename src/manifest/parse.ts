// YAML/JSON text -> documents holding the values kubectl would send, plus a position tree for every field.
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode, ParsedNode , Alias, Scalar } from 'yaml';
import { keyToString, resolvePlainScalar, resolveTaggedScalar } from './scalars.js';
import type { ScalarValue } from './scalars.js';
import { LineIndex } from './positions.js';
import type { Span } from './positions.js';

/** A JSON value as the API server receives it. */
export type JsonValue = ScalarValue | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Where a value sits in the source. `key` is the span of its map key (absent for sequence items and roots);
 * `value` the span of the value. `children` is absent below an alias: every value reached through an alias
 * reports the alias's position.
 */
export interface PosNode {
  key?: Span;
  value: Span;
  children?: Map<string | number, PosNode>;
  /** The value came through an alias (or a merge key): fields below it are reported at `value`. */
  alias?: boolean;
}

/** A problem found while reading a document (not a YAML syntax error): duplicate keys, excessive aliasing. */
export interface ReadProblem {
  kind: 'duplicate-key';
  message: string;
  span: Span;
  /** Path of the duplicated key within the document. */
  path: (string | number)[];
}

export interface ParsedDocument {
  /** 0-based index of the document in its file. */
  index: number;
  value: JsonValue;
  pos: PosNode;
  problems: ReadProblem[];
}

export interface SyntaxError {
  message: string;
  span: Span;
}

export interface ParseResult {
  lines: LineIndex;
  documents: ParsedDocument[];
  /** YAML syntax errors; the documents they occur in are left out of `documents`. */
  errors: SyntaxError[];
}

// go-yaml v2 decoder.go: allowedAliasRatio and its thresholds, to refuse billion-laughs documents.
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}

class AliasLimitError extends Error {}

/** Set an own property, even for the key `__proto__` (as JSON.parse does), never the prototype. */
function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

class Reader {
  decodeCount = 0;
  aliasCount = 0;
  private aliasDepth = 0;
  readonly problems: ReadProblem[] = [];
  private readonly expanding = new Set<YamlNode>();

  constructor(private readonly doc: Document.Parsed) {}

  private span(node: YamlNode | null | undefined, fallback: Span): Span {
    const r = node?.range;
    return r ? { start: r[0], end: r[1] } : fallback;
  }

  /** Convert a node; `track` false below aliases (no child positions kept there). */
  read(node: ParsedNode | YamlNode | null, outer: Span, track: boolean, path: (string | number)[] = []): { value: JsonValue; pos: PosNode } {
    // go-yaml v2 decoder.unmarshal: count every node, and every node decoded below an alias.
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw new AliasLimitError('document contains excessive aliasing');
    }
    if (node === null || node === undefined) return { value: null, pos: { value: outer } };
    const span = this.span(node, outer);
    if (isAlias(node)) {
      const target = (node as Alias).resolve(this.doc);
      if (!target) return { value: null, pos: { value: span } };
      if (this.expanding.has(target)) throw new AliasLimitError(`anchor '${(node as Alias).source}' value contains itself`);
      this.expanding.add(target);
      this.aliasDepth++;
      try {
        const inner = this.read(target, span, false);
        return { value: inner.value, pos: { value: span, alias: true } };
      } finally {
        this.aliasDepth--;
        this.expanding.delete(target);
      }
    }
    if (isScalar(node)) return { value: this.scalar(node), pos: { value: span } };
    if (isSeq(node)) {
      const value: JsonValue[] = [];
      let end = span.start;
      const children = track ? new Map<string | number, PosNode>() : undefined;
      node.items.forEach((item, i) => {
        const r = this.read(item as YamlNode | null, span, track, track ? [...path, i] : path);
        value.push(r.value);
        children?.set(i, r.pos);
        end = Math.max(end, r.pos.value.end);
      });
      // A block collection's range runs to the next line; end it where its last value ends.
      return { value, pos: { value: { start: span.start, end: node.flow ? span.end : Math.min(span.end, end) }, children } };
    }
    if (isMap(node)) return this.map(node.items, span, track, path, node.flow === true);
    return { value: null, pos: { value: span } };
  }

  private scalar(node: Scalar): ScalarValue {
    const source = typeof node.source === 'string' ? node.source : String(node.value ?? '');
    const quoted = node.type !== 'PLAIN' && node.type !== undefined;
    if (node.tag) return resolveTaggedScalar(node.tag, source, quoted);
    if (!quoted) return resolvePlainScalar(source);
    return typeof node.value === 'string' ? node.value : source;
  }

  private keyText(key: unknown): string {
    if (isScalar(key)) return keyToString(this.scalar(key));
    if (isAlias(key)) {
      const target = key.resolve(this.doc);
      return isScalar(target) ? keyToString(this.scalar(target)) : JSON.stringify(this.read(target ?? null, { start: 0, end: 0 }, false).value);
    }
    if (key === null || key === undefined) return 'null';
    return JSON.stringify(this.read(key as YamlNode, { start: 0, end: 0 }, false).value);
  }

  private isMergeKey(key: unknown): boolean {
    return isScalar(key) && key.type === 'PLAIN' && !key.tag && key.source === '<<';
  }

  private map(items: unknown[], span: Span, track: boolean, path: (string | number)[], flow: boolean): { value: JsonValue; pos: PosNode } {
    const value: JsonObject = {};
    const children = track ? new Map<string | number, PosNode>() : undefined;
    const explicit = new Set<string>();
    let end = span.start;
    for (const pair of items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const valueNode = pair.value as YamlNode | null;
      const keySpan = this.span(keyNode, span);
      if (this.isMergeKey(keyNode)) {
        // go-yaml v2: a merge sets the keys of the merged map(s), earlier maps of a sequence taking precedence.
        const sources = isSeq(valueNode) ? [...valueNode.items].reverse() : [valueNode];
        for (const src of sources) {
          const merged = this.read(src as YamlNode | null, keySpan, false);
          if (merged.value === null || typeof merged.value !== 'object' || Array.isArray(merged.value)) continue;
          const mergeSpan = this.span(src as YamlNode | null, keySpan);
          for (const [k, v] of Object.entries(merged.value)) {
            setOwn(value, k, v);
            children?.set(k, { key: mergeSpan, value: mergeSpan, alias: true });
          }
        }
        continue;
      }
      const k = this.keyText(keyNode);
      const valueSpan = valueNode ? this.span(valueNode, keySpan) : { start: keySpan.end, end: keySpan.end };
      const r = this.read(valueNode, valueSpan, track, track ? [...path, k] : path);
      if (explicit.has(k) && track) {
        this.problems.push({ kind: 'duplicate-key', message: `key ${JSON.stringify(k)} already set in map`, span: keySpan, path: [...path, k] });
      }
      explicit.add(k);
      end = Math.max(end, r.pos.value.end, keySpan.end);
      setOwn(value, k, r.value);
      children?.set(k, { key: keySpan, value: r.pos.value, children: r.pos.children, alias: r.pos.alias });
    }
    return { value, pos: { value: { start: span.start, end: flow ? span.end : Math.min(span.end, Math.max(end, span.start)) }, children } };
  }
}

/** Strip a UTF-8 byte-order mark, as kubectl does. Positions are then relative to the text after it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parse every document of a YAML or JSON text. Never throws: YAML syntax errors come back in `errors`
 * and the other documents are still read.
 */
export function parseManifest(rawText: string): ParseResult {
  const text = stripBom(rawText);
  const lines = new LineIndex(text);
  const documents: ParsedDocument[] = [];
  const errors: SyntaxError[] = [];
  let parsed: Document.Parsed[];
  try {
    const all = parseAllDocuments(text, { schema: 'core', uniqueKeys: false, prettyErrors: false, merge: false, strict: false });
    parsed = Array.isArray(all) ? all : [];
  } catch (e) {
    errors.push({ message: e instanceof Error ? e.message : String(e), span: { start: 0, end: 0 } });
    return { lines, documents, errors };
  }
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const [start, end] = err.pos;
        errors.push({ message: err.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ''), span: { start, end: Math.max(start, end) } });
      }
      return;
    }
    const docSpan: Span = doc.range ? { start: doc.range[0], end: doc.range[1] } : { start: 0, end: 0 };
    const reader = new Reader(doc);
    try {
      const { value, pos } = reader.read(doc.contents as YamlNode | null, docSpan, true);
      documents.push({ index, value, pos, problems: reader.problems });
    } catch (e) {
      if (!(e instanceof AliasLimitError)) throw e;
      errors.push({ message: e.message, span: docSpan });
    }
  });
  return { lines, documents, errors };
}
