/** Length of a string as Go's `len()` counts it: UTF-8 bytes. */
export declare function byteLength(value: string): number;
/**
 * `util/validation.MaxLenError` says "characters"; the `content` package used for label keys and values
 * (and their DNS-subdomain prefix) says "bytes". Both count bytes.
 */
export type LengthUnit = 'characters' | 'bytes';
export declare function maxLenError(length: number, unit?: LengthUnit): string;
/** `RegexError`: examples joined with `',  or '` (two spaces), as the Go code builds it. */
export declare function regexError(msg: string, fmt: string, ...examples: string[]): string;
export declare const EMPTY_ERROR = "must be non-empty";
export declare function inclusiveRangeError(lo: number, hi: number): string;
export declare const DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
export declare const DNS1123_LABEL_MAX_LENGTH = 63;
export declare const DNS1123_SUBDOMAIN_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
export declare const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export declare const DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
export declare const DNS1035_LABEL_MAX_LENGTH = 63;
/** `IsDNS1123Label`; a valid subdomain that is not a label gets `must not contain dots` instead of the regex text. */
export declare function isDNS1123Label(value: string, unit?: LengthUnit): string[];
/** `IsDNS1123Subdomain`. */
export declare function isDNS1123Subdomain(value: string, unit?: LengthUnit): string[];
/**
 * `IsDNS1123SubdomainWithUnderscore` (dnsConfig.searches with RelaxedDNSSearchValidation). Before 1.34 the
 * message quoted the strict regex (fixed upstream in kubernetes#132034): pass `quoteStrictRegex`.
 */
export declare function isDNS1123SubdomainWithUnderscore(value: string, quoteStrictRegex?: boolean): string[];
/** `IsDNS1035Label`. */
export declare function isDNS1035Label(value: string): string[];
export declare const PORT_NAME_MAX_LENGTH = 15;
/** `IsValidPortName`: one message per failed rule, in the API server's order. */
export declare function isValidPortName(port: string): string[];
/** `IsValidPortNum`. */
export declare function isValidPortNum(port: number): string[];
export declare const LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
export declare const LABEL_KEY_MAX_LENGTH = 63;
/** `IsQualifiedName` = `content.IsLabelKey`: an optional DNS-subdomain prefix and `/`, then a name. */
export declare function isQualifiedName(value: string): string[];
export declare const LABEL_VALUE_FMT = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
export declare const LABEL_VALUE_MAX_LENGTH = 63;
/** `IsValidLabelValue` = `content.IsLabelValue` (empty is valid). */
export declare function isValidLabelValue(value: string): string[];
export type NameFormat = 'dns1123Subdomain' | 'dns1123Label' | 'dns1035Label';
/**
 * `maskTrailingDash`: for a generateName prefix, a trailing `-` is tolerated by replacing the last two
 * characters with `a` (Go slices bytes; these names are ASCII whenever that matters).
 */
export declare function maskTrailingDash(name: string): string;
/** `NameIsDNSSubdomain` / `NameIsDNSLabel` / `NameIsDNS1035Label` with `prefix` for generateName. */
export declare function validateObjectName(format: NameFormat, name: string, prefix?: boolean): string[];
/** Human description of a name format, for the "how to fix" part of a message. */
export declare const NAME_FORMAT_HINT: Readonly<Record<NameFormat, string>>;
/** The length the server-generated name will have: `generateName[:58]` + 5 random characters. */
export declare function generatedNameLength(generateName: string): number;
/**
 * A name the server could generate from `generateName` (`names.SimpleNameGenerator`): the first 58
 * characters plus 5 random ones from [bcdfghjklmnpqrstvwxz2456789]. Any of those gives the same verdict, so
 * "xxxxx" stands for them (generateName prefixes that pass validation are ASCII).
 */
export declare function exampleGeneratedName(generateName: string): string;
/** `IsEnvVarName` (before RelaxedEnvironmentVariableValidation). */
export declare function isEnvVarName(value: string): string[];
/** `IsRelaxedEnvVarName`: printable ASCII (space included) other than `=`. */
export declare function isRelaxedEnvVarName(value: string): string[];
/** `SysctlContainSlashFmt`: segments joined by `.` or `/`. */
export declare const SYSCTL_FMT = "([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
export declare const SYSCTL_MAX_LENGTH = 253;
export declare function isValidSysctlName(name: string): boolean;
/** The message `validateSysctls` gives (it prints the compiled regexp, anchors included). */
export declare const SYSCTL_NAME_ERROR = "must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";
/** A value as the API server prints it in `Invalid value: …` (strings quoted, numbers and booleans bare). */
export declare function formatValue(value: unknown): string;
/**
 * Join several reasons for one value the way the API server lists its field errors: each reason is its
 * own `<path>: Invalid value: <value>: <reason>` error, and the aggregate joins them with `, `. The result
 * follows the first `<path>: Invalid value: <value>: ` of a message.
 */
export declare function joinReasons(pathText: string, value: unknown, reasons: readonly string[]): string;
/** The outcome of checking one name field: absent (undefined), not a string, or a string with reasons. */
export type NameCheck = {
    kind: 'notString';
    value: unknown;
    type: string;
} | {
    kind: 'invalid';
    value: string;
    reasons: string[];
};
/**
 * Check a field as the API server would: `null` and absent are empty (decoded as ""), a value of another
 * JSON type fails decoding, a string is validated with `validate` (skipped for "" unless `checkEmpty`).
 */
export declare function checkNameField(value: unknown, validate: (s: string) => string[], checkEmpty?: boolean): NameCheck | undefined;
/** A Go `%#v` rendering of a string slice, as `field.Invalid` prints a `[]string` value. */
export declare function goStringSlice(values: readonly unknown[]): string;
