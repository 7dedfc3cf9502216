import { describe, expect, it } from 'vitest';
import { scanComments, scanSuppressions } from './comments.js';

const ranges = (text: string): [string, string, string[], string | undefined, number, number][] =>
  scanSuppressions(text).map((s) => [s.kind, `${s.line}:${s.column}`, s.rules, s.reason, s.fromLine, s.toLine]);

describe('scanComments', () => {
  it('finds real comments only: not # in quoted strings, plain scalars or block scalars', () => {
    const text = [
      'a: "x # y" # one', // 1
      "b: 'p#q'", // 2
      'c: d#e', // 3
      'd: |', // 4
      '  # inside a block scalar', // 5
      '  text', // 6
      '  # still the block scalar', // 7
      'f: [1, # three', // 8
      '  2]', // 9
      'g: >-', // 10
      '  folded # not', // 11
      '# own line', // 12
    ].join('\n');
    const { comments } = scanComments(text);
    expect(comments.map((c) => [c.text, c.line, c.column, c.ownLine])).toEqual([
      ['# one', 1, 12, false],
      ['# three', 8, 8, false],
      ['# own line', 12, 1, true],
    ]);
  });

  it('counts columns in UTF-16 code units after a BOM and handles CRLF', () => {
    const text = '\uFEFFname: "😀" # podlint-disable-line x -- r\r\nb: 1\r\n';
    const { comments } = scanComments(text);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ line: 1, column: 12, text: '# podlint-disable-line x -- r' });
  });

  it('reports document markers', () => {
    expect(scanComments('a: 1\n---\nb: 2\n...\n---\nc: 3\n').markerLines).toEqual([2, 4, 5]);
  });
});

describe('scanSuppressions', () => {
  it('returns nothing quickly for text without directives', () => {
    expect(scanSuppressions('a: 1 # just a comment\n')).toEqual([]);
    expect(scanSuppressions('a: "# podlint-disable x"\n')).toEqual([]);
    expect(scanSuppressions('# podlint-disabled x\n# podlint-fixture: {}\na: 1\n')).toEqual([]);
  });

  it('disable-next-line covers the next line that is not blank or only a comment', () => {
    const text = ['spec:', '  # podlint-disable-next-line rule-a, rule-b -- needed for the node agent', '', '  # another comment', '  privileged: true'].join('\n');
    expect(ranges(text)).toEqual([['disable-next-line', '2:3', ['rule-a', 'rule-b'], 'needed for the node agent', 5, 5]]);
  });

  it('disable-line covers its own line; ids may be separated by commas or spaces', () => {
    const text = 'a: 1\nprivileged: true  # podlint-disable-line rule-a rule-b,rule-c --   reason here  \n';
    expect(ranges(text)).toEqual([['disable-line', '2:19', ['rule-a', 'rule-b', 'rule-c'], 'reason here', 2, 2]]);
  });

  it('no rule ids means every rule; no " -- " means no reason', () => {
    expect(ranges('# podlint-disable-next-line\na: 1\n')).toEqual([['disable-next-line', '1:1', ['*'], undefined, 2, 2]]);
    expect(ranges('# podlint-disable-next-line -- why\na: 1\n')).toEqual([['disable-next-line', '1:1', ['*'], 'why', 2, 2]]);
    expect(ranges('# podlint-disable-next-line rule-a --\na: 1\n')).toEqual([['disable-next-line', '1:1', ['rule-a'], undefined, 2, 2]]);
    // a rule id containing "--" is not split
    expect(ranges('# podlint-disable-next-line rule--a -- r\na: 1\n')[0]![2]).toEqual(['rule--a']);
  });

  it('a disable region runs to its enable', () => {
    const text = ['a: 1', '# podlint-disable rule-a -- r', 'b: 2', 'c: 3', '# podlint-enable rule-a', 'd: 4'].join('\n');
    expect(ranges(text)).toEqual([['disable', '2:1', ['rule-a'], 'r', 2, 5]]);
  });

  it('an enable without ids closes every region; an enable of other ids closes nothing', () => {
    const text = ['# podlint-disable rule-a -- r', 'a: 1', '# podlint-enable rule-b', 'b: 2', '# podlint-enable', 'c: 3'].join('\n');
    expect(ranges(text)).toEqual([['disable', '1:1', ['rule-a'], 'r', 1, 5]]);
  });

  it('enabling some rules of a region splits it', () => {
    const text = ['# podlint-disable rule-a, rule-b -- r', 'a: 1', '# podlint-enable rule-a', 'b: 2'].join('\n');
    const got = ranges(text).sort((x, y) => x[5] - y[5]);
    expect(got).toEqual([
      ['disable', '1:1', ['rule-a'], 'r', 1, 3],
      ['disable', '1:1', ['rule-b'], 'r', 1, 4],
    ]);
  });

  it('a region without enable covers the rest of its YAML document only', () => {
    const text = ['a: 1', '# podlint-disable rule-a -- r', 'b: 2', '---', 'c: 3'].join('\n');
    expect(ranges(text)).toEqual([['disable', '2:1', ['rule-a'], 'r', 2, 3]]);
  });

  it('a region written just above a --- belongs to the document below it (whole-document suppression)', () => {
    const text = ['a: 1', '---', '# podlint-disable -- vendored chart', '---', 'kind: Pod', 'b: 2', '---', 'c: 3'].join('\n');
    expect(ranges(text)).toEqual([['disable', '3:1', ['*'], 'vendored chart', 3, 6]]);
    const first = ['# podlint-disable rule-a -- r', 'kind: Pod', 'b: 2', '---', 'c: 3'].join('\n');
    expect(ranges(first)).toEqual([['disable', '1:1', ['rule-a'], 'r', 1, 3]]);
  });

  it('ignores directive-like text in block scalars and strings', () => {
    const text = ['script: |', '  # podlint-disable-next-line rule-a -- r', '  echo', 'x: "# podlint-disable rule-a -- r"'].join('\n');
    expect(scanSuppressions(text)).toEqual([]);
  });

  it('still finds directives in a document after one with a YAML error', () => {
    const text = ['a: b: c', '---', '# podlint-disable-next-line rule-a -- r', 'b: 1'].join('\n');
    expect(ranges(text)).toEqual([['disable-next-line', '3:1', ['rule-a'], 'r', 4, 4]]);
  });
});
