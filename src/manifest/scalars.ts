// Plain-scalar resolution as kubectl reads YAML: sigs.k8s.io/yaml on top of go-yaml v2 (YAML 1.1 style).

/** The value of a resolved scalar: what the JSON sent to the API server holds. */
export type ScalarValue = string | number | boolean | null;

const BOOL_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE']);
const BOOL_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const POS_INF = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
const NEG_INF = new Set(['-.inf', '-.Inf', '-.INF']);
const NAN = new Set(['.nan', '.NaN', '.NAN']);

const DECIMAL = /^[0-9]+$/;
// go-yaml v2 resolve.go: yamlStyleFloat
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
// go-yaml v2 resolves timestamps in these shapes (allowedTimestampFormats); sigs.k8s.io/yaml turns them back into text.
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

/**
 * Go's strconv.ParseInt(s, 0, 64) / ParseUint(s, 0, 64) after go-yaml removed every `_`:
 * optional sign, then `0x`/`0X` hex, `0o`/`0O` octal, `0b`/`0B` binary, a leading `0` octal, or decimal.
 * Returns undefined where Go reports a syntax error.
 */
function parseGoInt(s: string): number | undefined {
  let body = s;
  let sign = 1;
  if (body.startsWith('+') || body.startsWith('-')) {
    if (body.startsWith('-')) sign = -1;
    body = body.slice(1);
  }
  if (body === '') return undefined;
  let digits: string;
  let base: number;
  if (/^0[xX]/.test(body)) {
    digits = body.slice(2);
    base = 16;
    if (!/^[0-9a-fA-F]+$/.test(digits)) return undefined;
  } else if (/^0[oO]/.test(body)) {
    digits = body.slice(2);
    base = 8;
    if (!/^[0-7]+$/.test(digits)) return undefined;
  } else if (/^0[bB]/.test(body)) {
    digits = body.slice(2);
    base = 2;
    if (!/^[01]+$/.test(digits)) return undefined;
  } else if (body.length > 1 && body.startsWith('0')) {
    digits = body.slice(1);
    base = 8;
    if (!/^[0-7]+$/.test(digits)) return undefined;
  } else {
    digits = body;
    base = 10;
    if (!/^[0-9]+$/.test(digits)) return undefined;
  }
  const big = BigInt(base === 10 ? digits : `0${base === 16 ? 'x' : base === 8 ? 'o' : 'b'}${digits}`);
  // ParseUint accepts up to 2^64-1 (unsigned, no sign); ParseInt up to 2^63-1.
  const limit = sign === 1 ? (1n << 64n) - 1n : 1n << 63n;
  if (big > limit) return undefined;
  return sign * Number(big);
}

/**
 * Resolve a plain (unquoted, untagged) scalar the way go-yaml v2 does, then as sigs.k8s.io/yaml turns it into
 * JSON: booleans include yes/no/on/off/y/n, `0755` is octal, `1_000` is 1000, `0o17` is 15, `1:30` stays text,
 * timestamps stay text, and .inf/.nan (which JSON cannot carry) stay text.
 */
export function resolvePlainScalar(source: string): ScalarValue {
  const first = source.charCodeAt(0);
  // Only scalars starting with a digit, sign or dot can be numbers (go-yaml's resolve hint table).
  const numeric = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
  // Hot paths (every plain scalar of every file comes here): text longer than any null, boolean, inf or nan
  // spelling that cannot be a number, and short decimal integers without a leading zero.
  if (!numeric) {
    // Only these first characters can start a null, boolean, inf or nan spelling (all are 5 long at most).
    if (source.length > 5) return source;
    if (!(first === 110 || first === 78 || first === 121 || first === 89 || first === 116 || first === 84 || first === 102 || first === 70 || first === 111 || first === 79 || first === 126 || source.length === 0)) return source;
  }
  if (first >= 49 && first <= 57 && source.length <= 15 && DECIMAL.test(source)) return Number(source);
  if (NULLS.has(source)) return null;
  if (BOOL_TRUE.has(source)) return true;
  if (BOOL_FALSE.has(source)) return false;
  if (POS_INF.has(source) || NEG_INF.has(source) || NAN.has(source)) return source;
  if (!numeric) return source;
  if (TIMESTAMP.test(source)) return source;
  const plain = source.replaceAll('_', '');
  const asInt = parseGoInt(plain);
  if (asInt !== undefined) return asInt;
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = Number(plain);
    if (Number.isFinite(f)) return f;
    return source;
  }
  if (plain.startsWith('0b')) {
    const b = parseGoInt(plain);
    if (b !== undefined) return b;
  }
  return source;
}

/** go-yaml v2 explicit tags on scalars (`!!str 10`, `!!int "7"`). Unknown tags resolve as untagged. */
export function resolveTaggedScalar(tag: string, source: string, quoted: boolean): ScalarValue {
  switch (tag) {
    case 'tag:yaml.org,2002:str':
    case 'tag:yaml.org,2002:binary':
    case 'tag:yaml.org,2002:timestamp':
      return source;
    case 'tag:yaml.org,2002:null':
      return null;
    default:
      return quoted ? source : resolvePlainScalar(source);
  }
}

/** The map key text sigs.k8s.io/yaml produces for a resolved scalar key (`on:` becomes "true"). */
export function keyToString(value: ScalarValue): string {
  if (value === null) return 'null';
  return String(value);
}
