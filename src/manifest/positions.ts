// Offsets -> 1-based line and column, columns in UTF-16 code units (what editors and SARIF use).

/** A half-open range of UTF-16 offsets into the (BOM-stripped) text. */
export interface Span {
  start: number;
  end: number;
}

export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class LineIndex {
  /** Offset at which each line starts. Lines end at `\n`; a `\r` before it belongs to no column. */
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of an offset. JavaScript strings are UTF-16, so offsets are code units already. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    let column = o - this.starts[lo]! + 1;
    // An offset on the `\r` of a CRLF pair is the end of the line's content.
    if (o > 0 && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10) column -= 1;
    return { line: lo + 1, column };
  }

  region(span: Span): Region {
    const a = this.position(span.start);
    const b = this.position(Math.max(span.start, span.end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
