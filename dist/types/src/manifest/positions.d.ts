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
export declare class LineIndex {
    private readonly text;
    /** Offset at which each line starts. Lines end at `\n`; a `\r` before it belongs to no column. */
    private readonly starts;
    constructor(text: string);
    get lineCount(): number;
    /** 1-based line and column of an offset. JavaScript strings are UTF-16, so offsets are code units already. */
    position(offset: number): {
        line: number;
        column: number;
    };
    region(span: Span): Region;
}
