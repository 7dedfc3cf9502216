// The API server's name formats (k8s.io/apimachinery pkg/util/validation and pkg/api/validate/content),
// with their exact messages. Each function returns the list of reasons a value is invalid, in the order
// the API server lists them; an empty list means valid. Lengths are Go `len()`: UTF-8 bytes.
import { jsonTypeName } from './field-types.js';

/** Length of a string as Go's `len()` counts it: UTF-8 bytes. */
export function byteLength(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * `util/validation.MaxLenError` says "characters"; the `content` package used for label keys and values
 * (and their DNS-subdomain prefix) says "bytes". Both count bytes.
 */
export type LengthUnit = 'characters' | 'bytes';

export function maxLenError(length: number, unit: LengthUnit = 'characters'): string {
  return `must be no more than ${length} ${unit}`;
}

/** `RegexError`: examples joined with `',  or '` (two spaces), as the Go code builds it. */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  let out = `${msg} (e.g. `;
  examples.forEach((ex, i) => {
    if (i > 0) out += ' or ';
    out += `'${ex}', `;
  });
  return `${out}regex used for validation is '${fmt}')`;
}

export const EMPTY_ERROR = 'must be non-empty';

export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

const anchored = (fmt: string): RegExp => new RegExp(`^(?:${fmt})$`);

// --- DNS-1123 label / subdomain, DNS-1035 label ---

export const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
export const DNS1123_LABEL_MAX_LENGTH = 63;
const DNS1123_LABEL_ERR_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const dns1123LabelRe = anchored(DNS1123_LABEL_FMT);

export const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
const DNS1123_SUBDOMAIN_ERR_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const dns1123SubdomainRe = anchored(DNS1123_SUBDOMAIN_FMT);

const DNS1123_LABEL_FMT_UNDERSCORE = '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT_UNDERSCORE = `${DNS1123_LABEL_FMT_UNDERSCORE}(\\.${DNS1123_LABEL_FMT_UNDERSCORE})*`;
const DNS1123_SUBDOMAIN_UNDERSCORE_ERR_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";
const dns1123SubdomainUnderscoreRe = anchored(DNS1123_SUBDOMAIN_FMT_UNDERSCORE);

export const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
export const DNS1035_LABEL_MAX_LENGTH = 63;
const DNS1035_LABEL_ERR_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const dns1035LabelRe = anchored(DNS1035_LABEL_FMT);

/** `IsDNS1123Label`; a valid subdomain that is not a label gets `must not contain dots` instead of the regex text. */
export function isDNS1123Label(value: string, unit: LengthUnit = 'characters'): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH, unit));
  if (!dns1123LabelRe.test(value)) {
    if (dns1123SubdomainRe.test(value)) errs.push('must not contain dots');
    else errs.push(regexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
  }
  return errs;
}

/** `IsDNS1123Subdomain`. */
export function isDNS1123Subdomain(value: string, unit: LengthUnit = 'characters'): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH, unit));
  if (!dns1123SubdomainRe.test(value)) errs.push(regexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errs;
}

/**
 * `IsDNS1123SubdomainWithUnderscore` (dnsConfig.searches with RelaxedDNSSearchValidation). Before 1.34 the
 * message quoted the strict regex (fixed upstream in kubernetes#132034): pass `quoteStrictRegex`.
 */
export function isDNS1123SubdomainWithUnderscore(value: string, quoteStrictRegex = false): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainUnderscoreRe.test(value)) {
    errs.push(regexError(DNS1123_SUBDOMAIN_UNDERSCORE_ERR_MSG, quoteStrictRegex ? DNS1123_SUBDOMAIN_FMT : DNS1123_SUBDOMAIN_FMT_UNDERSCORE, 'example.com'));
  }
  return errs;
}

/** `IsDNS1035Label`. */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1035_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  if (!dns1035LabelRe.test(value)) errs.push(regexError(DNS1035_LABEL_ERR_MSG, DNS1035_LABEL_FMT, 'my-name', 'abc-123'));
  return errs;
}

// --- IANA_SVC_NAME (container port names) ---

export const PORT_NAME_MAX_LENGTH = 15;

/** `IsValidPortName`: one message per failed rule, in the API server's order. */
export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (byteLength(port) > PORT_NAME_MAX_LENGTH) errs.push(maxLenError(PORT_NAME_MAX_LENGTH));
  if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** `IsValidPortNum`. */
export function isValidPortNum(port: number): string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

// --- Qualified names (label keys) and label values: the `content` package, lengths in bytes ---

export const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_KEY_ERR_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
export const LABEL_KEY_MAX_LENGTH = 63;
const labelKeyRe = anchored(LABEL_KEY_FMT);

/** `IsQualifiedName` = `content.IsLabelKey`: an optional DNS-subdomain prefix and `/`, then a name. */
export function isQualifiedName(value: string): string[] {
  // The common case, checked without splitting or building messages: a valid name with an optional valid prefix.
  const slash = value.indexOf('/');
  if (slash === -1) {
    if (byteLength(value) <= LABEL_KEY_MAX_LENGTH && labelKeyRe.test(value)) return [];
  } else if (slash > 0 && value.indexOf('/', slash + 1) === -1) {
    const prefix = value.slice(0, slash);
    const name = value.slice(slash + 1);
    if (byteLength(prefix) <= DNS1123_SUBDOMAIN_MAX_LENGTH && dns1123SubdomainRe.test(prefix) && byteLength(name) <= LABEL_KEY_MAX_LENGTH && labelKeyRe.test(name)) return [];
  }
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0]!;
  } else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) errs.push(`prefix part ${EMPTY_ERROR}`);
    else errs.push(...isDNS1123Subdomain(prefix, 'bytes').map((m) => `prefix part ${m}`));
  } else {
    return [
      `a valid label key ${regexError(LABEL_KEY_ERR_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push(`name part ${EMPTY_ERROR}`);
  else if (byteLength(name) > LABEL_KEY_MAX_LENGTH) errs.push(`name part ${maxLenError(LABEL_KEY_MAX_LENGTH, 'bytes')}`);
  if (!labelKeyRe.test(name)) errs.push(`name part ${regexError(LABEL_KEY_ERR_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

export const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
const LABEL_VALUE_ERR_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
export const LABEL_VALUE_MAX_LENGTH = 63;
const labelValueRe = anchored(LABEL_VALUE_FMT);

/** `IsValidLabelValue` = `content.IsLabelValue` (empty is valid). */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) errs.push(maxLenError(LABEL_VALUE_MAX_LENGTH, 'bytes'));
  if (!labelValueRe.test(value)) errs.push(regexError(LABEL_VALUE_ERR_MSG, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

// --- Object names (k8s.io/apimachinery/pkg/api/validation: NameIsDNS*, with the generateName prefix rule) ---

export type NameFormat = 'dns1123Subdomain' | 'dns1123Label' | 'dns1035Label';

/**
 * `maskTrailingDash`: for a generateName prefix, a trailing `-` is tolerated by replacing the last two
 * characters with `a` (Go slices bytes; these names are ASCII whenever that matters).
 */
export function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/** `NameIsDNSSubdomain` / `NameIsDNSLabel` / `NameIsDNS1035Label` with `prefix` for generateName. */
export function validateObjectName(format: NameFormat, name: string, prefix = false): string[] {
  const v = prefix ? maskTrailingDash(name) : name;
  switch (format) {
    case 'dns1123Subdomain':
      return isDNS1123Subdomain(v);
    case 'dns1123Label':
      return isDNS1123Label(v);
    case 'dns1035Label':
      return isDNS1035Label(v);
  }
}

/** Human description of a name format, for the "how to fix" part of a message. */
export const NAME_FORMAT_HINT: Readonly<Record<NameFormat, string>> = {
  dns1123Subdomain: 'lower-case letters, digits, "-" and "." (at most 253), starting and ending with a letter or digit',
  dns1123Label: 'lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit',
  dns1035Label: 'lower-case letters, digits and "-" (at most 63), starting with a letter and ending with a letter or digit',
};

/** The length the server-generated name will have: `generateName[:58]` + 5 random characters. */
export function generatedNameLength(generateName: string): number {
  return Math.min(byteLength(generateName), 58) + 5;
}

/**
 * A name the server could generate from `generateName` (`names.SimpleNameGenerator`): the first 58
 * characters plus 5 random ones from [bcdfghjklmnpqrstvwxz2456789]. Any of those gives the same verdict, so
 * "xxxxx" stands for them (generateName prefixes that pass validation are ASCII).
 */
export function exampleGeneratedName(generateName: string): string {
  return `${generateName.slice(0, 58)}xxxxx`;
}

// --- Environment variable names, sysctls ---

const ENV_VAR_NAME_FMT = '[-._a-zA-Z][-._a-zA-Z0-9]*';
const ENV_VAR_NAME_ERR_MSG =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
const RELAXED_ENV_VAR_NAME_ERR_MSG = "a valid environment variable name must consist only of printable ASCII characters other than '='";
const envVarNameRe = anchored(ENV_VAR_NAME_FMT);

function hasChDirPrefix(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

/** `IsEnvVarName` (before RelaxedEnvironmentVariableValidation). */
export function isEnvVarName(value: string): string[] {
  const errs: string[] = [];
  if (!envVarNameRe.test(value)) errs.push(regexError(ENV_VAR_NAME_ERR_MSG, ENV_VAR_NAME_FMT, 'my.env-name', 'MY_ENV.NAME', 'MyEnvName1'));
  errs.push(...hasChDirPrefix(value));
  return errs;
}

/** `IsRelaxedEnvVarName`: printable ASCII (space included) other than `=`. */
export function isRelaxedEnvVarName(value: string): string[] {
  const errs: string[] = [];
  if (value.length === 0) errs.push(`environment variable name ${EMPTY_ERROR}`);
  // Any UTF-16 unit outside printable ASCII (surrogates included) means a code point outside it.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x3d) {
      errs.push(RELAXED_ENV_VAR_NAME_ERR_MSG);
      break;
    }
  }
  return errs;
}

const SYSCTL_SEGMENT_FMT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
/** `SysctlContainSlashFmt`: segments joined by `.` or `/`. */
export const SYSCTL_FMT = `(${SYSCTL_SEGMENT_FMT}[\\./])*${SYSCTL_SEGMENT_FMT}`;
export const SYSCTL_MAX_LENGTH = 253;
const sysctlRe = anchored(SYSCTL_FMT);

export function isValidSysctlName(name: string): boolean {
  return byteLength(name) <= SYSCTL_MAX_LENGTH && sysctlRe.test(name);
}

/** The message `validateSysctls` gives (it prints the compiled regexp, anchors included). */
export const SYSCTL_NAME_ERROR = `must have at most ${SYSCTL_MAX_LENGTH} characters and match regex ^${SYSCTL_FMT}$`;

// --- Messages ---

/** A value as the API server prints it in `Invalid value: …` (strings quoted, numbers and booleans bare). */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  return JSON.stringify(value);
}

/**
 * Join several reasons for one value the way the API server lists its field errors: each reason is its
 * own `<path>: Invalid value: <value>: <reason>` error, and the aggregate joins them with `, `. The result
 * follows the first `<path>: Invalid value: <value>: ` of a message.
 */
export function joinReasons(pathText: string, value: unknown, reasons: readonly string[]): string {
  const unique = [...new Set(reasons)];
  return unique.join(`, ${pathText}: Invalid value: ${formatValue(value)}: `);
}

/** The outcome of checking one name field: absent (undefined), not a string, or a string with reasons. */
export type NameCheck = { kind: 'notString'; value: unknown; type: string } | { kind: 'invalid'; value: string; reasons: string[] };

/**
 * Check a field as the API server would: `null` and absent are empty (decoded as ""), a value of another
 * JSON type fails decoding, a string is validated with `validate` (skipped for "" unless `checkEmpty`).
 */
export function checkNameField(value: unknown, validate: (s: string) => string[], checkEmpty = false): NameCheck | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return { kind: 'notString', value, type: jsonTypeName(value) };
  if (value === '' && !checkEmpty) return undefined;
  const reasons = validate(value);
  return reasons.length > 0 ? { kind: 'invalid', value, reasons } : undefined;
}

/** A Go `%#v` rendering of a string slice, as `field.Invalid` prints a `[]string` value. */
export function goStringSlice(values: readonly unknown[]): string {
  return `[]string{${values.map((v) => JSON.stringify(typeof v === 'string' ? v : String(v))).join(', ')}}`;
}
