// YAML comments -> podlint suppression directives (`# podlint-disable-next-line <rule> -- <reason>` …) with the
// line ranges they cover. Comments come from the YAML CST, so a `#` inside a quoted string or a block scalar is
// never mistaken for one.
import { Parser } from 'yaml';
import { stripBom } from './parse.js';
import { LineIndex } from './positions.js';

/** A comment in the source: its text (from `#`) and its 1-based position (columns in UTF-16 code units). */
export interface SourceComment {
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** True when nothing but whitespace precedes the comment on its line. */
  ownLine: boolean;
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/**
 * One suppressing directive with the 1-based, inclusive line range it covers. `rules` lists rule ids; `*`
 * (or no id at all) means every rule.
 */
export interface InlineSuppression {
  kind: Exclude<DirectiveKind, 'enable'>;
  rules: string[];
  /** Text after ` -- `, trimmed; undefined when the directive gives none. */
  reason: string | undefined;
  fromLine: number;
  toLine: number;
  /** Where the comment is, for findings about the directive itself. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The comment text, for messages. */
  text: string;
}

const DIRECTIVE = /^#\s*podlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;

interface CstLike {
  type?: unknown;
  offset?: unknown;
  source?: unknown;
}

function collect(node: unknown, comments: { offset: number; source: string }[], markers: number[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, comments, markers);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const t = node as CstLike;
  if (typeof t.offset === 'number' && typeof t.source === 'string') {
    if (t.type === 'comment') comments.push({ offset: t.offset, source: t.source });
    else if (t.type === 'doc-start' || t.type === 'doc-end') markers.push(t.offset);
  }
  for (const v of Object.values(node)) if (typeof v === 'object' && v !== null) collect(v, comments, markers);
}

/** Every comment of a YAML (or JSON) text, in source order, plus the lines of `---` / `...` markers. */
export function scanComments(rawText: string): { comments: SourceComment[]; markerLines: number[]; lines: LineIndex } {
  const text = stripBom(rawText);
  const lines = new LineIndex(text);
  const found: { offset: number; source: string }[] = [];
  const markers: number[] = [];
  try {
    for (const token of new Parser().parse(text)) collect(token, found, markers);
  } catch {
    // The CST parser is tolerant; should it ever throw, the file simply has no directives.
    return { comments: [], markerLines: [], lines };
  }
  found.sort((a, b) => a.offset - b.offset);
  const comments = found.map(({ offset, source }) => {
    const start = lines.position(offset);
    const end = lines.position(offset + source.length);
    const lineStart = offset - (start.column - 1);
    return {
      text: source,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ownLine: text.slice(lineStart, offset).trim() === '',
    };
  });
  return { comments, markerLines: [...new Set(markers.map((o) => lines.position(o).line))].sort((a, b) => a - b), lines };
}

/** Split `rule-a, rule-b -- reason` into rule ids and reason. */
function parseBody(body: string): { rules: string[]; reason: string | undefined } {
  const m = /(?:^|\s)--(?:\s|$)/.exec(body);
  const ids = m ? body.slice(0, m.index) : body;
  const reason = m ? body.slice(m.index + m[0].length).trim() : undefined;
  const rules = ids
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return { rules: rules.length === 0 ? ['*'] : rules, reason: reason === '' ? undefined : reason };
}

/**
 * The suppression directives of a text with the line ranges they cover:
 * - `disable-next-line`: the next line that is neither blank nor only a comment;
 * - `disable-line`: its own line;
 * - `disable`: from its line to the matching `enable` (same rule id, or an `enable` without ids), else to the
 *   end of the YAML document it precedes or sits in.
 */
export function scanSuppressions(rawText: string): InlineSuppression[] {
  if (!rawText.includes('podlint-')) return [];
  const { comments, markerLines } = scanComments(rawText);
  const directives = comments.filter((c) => DIRECTIVE.test(c.text));
  if (directives.length === 0) return [];
  const text = stripBom(rawText);
  const sourceLines = text.split('\n');
  const commentOnly = new Set(comments.filter((c) => c.ownLine).map((c) => c.line));
  const isContent = (line: number): boolean => {
    const l = sourceLines[line - 1];
    return l !== undefined && l.trim() !== '' && !commentOnly.has(line);
  };
  const nextContentLine = (after: number): number | undefined => {
    for (let l = after + 1; l <= sourceLines.length; l++) if (isContent(l)) return l;
    return undefined;
  };
  // End of the document a region starts in: the line before the first `---`/`...` marker that follows some
  // content after the directive (a directive just above `---` belongs to the document below it).
  const documentEnd = (from: number): number => {
    const first = isContent(from) ? from : nextContentLine(from);
    if (first === undefined) return sourceLines.length;
    const marker = markerLines.find((m) => m > first);
    return marker === undefined ? sourceLines.length : marker - 1;
  };

  const out: InlineSuppression[] = [];
  const open: InlineSuppression[] = [];
  for (const c of directives) {
    const m = DIRECTIVE.exec(c.text)!;
    const kind = m[1] as DirectiveKind;
    const { rules, reason } = parseBody(m[2] ?? '');
    const base = { rules, reason, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, text: c.text };
    if (kind === 'enable') {
      const all = rules.includes('*');
      for (let i = open.length - 1; i >= 0; i--) {
        const region = open[i]!;
        if (all) {
          region.toLine = Math.min(region.toLine, c.line);
          open.splice(i, 1);
          continue;
        }
        const closing = region.rules.filter((r) => rules.includes(r));
        if (closing.length === 0) continue;
        if (closing.length === region.rules.length) {
          region.toLine = Math.min(region.toLine, c.line);
          open.splice(i, 1);
        } else {
          // Enabling some of a region's rules: split off those rules, ending here.
          region.rules = region.rules.filter((r) => !rules.includes(r));
          out.push({ ...region, rules: closing, toLine: Math.min(region.toLine, c.line) });
        }
      }
      continue;
    }
    if (kind === 'disable-line') {
      out.push({ kind, ...base, fromLine: c.line, toLine: c.line });
    } else if (kind === 'disable-next-line') {
      const target = nextContentLine(c.line) ?? c.line + 1;
      out.push({ kind, ...base, fromLine: target, toLine: target });
    } else {
      const region: InlineSuppression = { kind, ...base, fromLine: c.line, toLine: documentEnd(c.line) };
      out.push(region);
      open.push(region);
    }
  }
  return out;
}
