// kubectl (sigs.k8s.io/yaml on go-yaml v2) readings of plain scalars; the `yaml` package's yaml-1.1
// schema differs in places (`1:30`, `0o17`), so podlint resolves plain scalars itself.
import { describe, expect, it } from 'vitest';
import { parseManifest } from './parse.js';
import { resolvePlainScalar } from './scalars.js';

const TABLE: [string, string | number | boolean | null][] = [
  // booleans, YAML 1.1 style
  ['yes', true], ['Yes', true], ['YES', true], ['y', true], ['Y', true], ['on', true], ['On', true], ['ON', true],
  ['true', true], ['True', true], ['TRUE', true],
  ['no', false], ['No', false], ['NO', false], ['n', false], ['N', false], ['off', false], ['Off', false], ['OFF', false],
  ['false', false], ['False', false], ['FALSE', false],
  ['yES', 'yES'], ['tRUE', 'tRUE'], ['oN', 'oN'],
  // nulls
  ['~', null], ['null', null], ['Null', null], ['NULL', null], ['', null], ['nULL', 'nULL'],
  // integers: decimal, octal (leading 0 and 0o), hex, binary, underscores, signs
  ['0', 0], ['42', 42], ['-42', -42], ['+42', 42], ['0755', 493], ['0o17', 15], ['0O17', 15], ['0x1F', 31], ['0X1f', 31],
  ['-0x10', -16], ['0b101', 5], ['-0b101', -5], ['1_000', 1000], ['1_', 1], ['_1', '_1'], ['0_755', 493],
  // int64 and uint64 limits: JSON numbers, rounded to the nearest double as any JSON reader does
  ['9223372036854775807', 2 ** 63], ['18446744073709551615', 2 ** 64], ['18446744073709551616', 18446744073709552000],
  // not octal: 08 and 09 fall through to the float reading
  ['08', 8], ['09', 9], ['0o8', '0o8'], ['0x', '0x'], ['0xG', '0xG'],
  // floats
  ['1.5', 1.5], ['-1.5', -1.5], ['.5', 0.5], ['1.', 1], ['1e3', 1000], ['1E3', 1000], ['6.02e+23', 6.02e23], ['1_0.5', 10.5],
  ['.inf', '.inf'], ['-.Inf', '-.Inf'], ['.nan', '.nan'], ['1e', '1e'], ['e3', 'e3'],
  // sexagesimal is not YAML 1.1 in go-yaml v2: stays a string
  ['1:30', '1:30'], ['190:20:30', '190:20:30'],
  // timestamps: go-yaml resolves them, sigs.k8s.io/yaml gives text back
  ['2001-12-14', '2001-12-14'], ['2001-12-14t21:59:43.10-05:00', '2001-12-14t21:59:43.10-05:00'],
  // plain strings
  ['nginx:1.27', 'nginx:1.27'], ['1.2.3', '1.2.3'], ['v1', 'v1'], ['-', '-'], ['+', '+'], ['.', '.'], ['1-2', '1-2'],
  ['0.0.0.0', '0.0.0.0'], ['1_000.5.3', '1_000.5.3'],
];

describe('resolvePlainScalar: kubectl readings', () => {
  it.each(TABLE)('%j -> %j', (source, expected) => {
    expect(resolvePlainScalar(source)).toEqual(expected);
  });
});

describe('scalars in documents', () => {
  it('resolves only plain scalars; quoted and block scalars stay strings', () => {
    const { documents } = parseManifest(`a: yes\nb: "yes"\nc: 'on'\nd: |\n  0755\ne: 0755\nf: !!str 0755\ng: !!int 12\nh: [on, off, "1_0"]\n`);
    expect(documents[0]!.value).toEqual({ a: true, b: 'yes', c: 'on', d: '0755\n', e: 493, f: '0755', g: 12, h: [true, false, '1_0'] });
  });
  it('turns map keys into strings the way sigs.k8s.io/yaml does', () => {
    const { documents } = parseManifest('on: 1\n0x10: 2\nnull: 3\n');
    expect(documents[0]!.value).toEqual({ true: 1, '16': 2, null: 3 });
  });
  it('applies merge keys, earlier maps of a sequence winning, explicit keys after the merge winning', () => {
    const { documents } = parseManifest('a: &a {p: 1, q: 1}\nb: &b {p: 2, r: 2}\nc:\n  <<: [*a, *b]\n  q: 3\n');
    expect(documents[0]!.value).toEqual({ a: { p: 1, q: 1 }, b: { p: 2, r: 2 }, c: { p: 1, q: 3, r: 2 } });
  });
  it('reads the key `y` as the boolean true, as go-yaml v2 does', () => {
    expect(parseManifest('y: 1\n').documents[0]!.value).toEqual({ true: 1 });
  });
  it('reports a duplicate key at the second key and keeps the last value', () => {
    const { documents } = parseManifest('a: 1\nb:\n  c: 1\n  c: 2\n');
    expect(documents[0]!.value).toEqual({ a: 1, b: { c: 2 } });
    expect(documents[0]!.problems).toEqual([{ kind: 'duplicate-key', message: 'key "c" already set in map', span: { start: 17, end: 18 }, path: ['b', 'c'] }]);
  });
  it('refuses a billion-laughs document instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const r = parseManifest(`${lines.join('\n')}\n`);
    expect(r.documents).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual(['document contains excessive aliasing']);
  });
});

describe('keys that are Object.prototype names', () => {
  it('keep `__proto__` as an own key, like JSON.parse, and do not touch the prototype', () => {
    const v = parseManifest('a: 1\n__proto__: {polluted: true}\n').documents[0]!.value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect((v as { polluted?: unknown }).polluted).toBeUndefined();
    expect(v).toEqual(JSON.parse('{"a": 1, "__proto__": {"polluted": true}}'));
  });
});
