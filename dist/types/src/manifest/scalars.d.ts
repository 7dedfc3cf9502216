/** The value of a resolved scalar: what the JSON sent to the API server holds. */
export type ScalarValue = string | number | boolean | null;
/**
 * Resolve a plain (unquoted, untagged) scalar the way go-yaml v2 does, then as sigs.k8s.io/yaml turns it into
 * JSON: booleans include yes/no/on/off/y/n, `0755` is octal, `1_000` is 1000, `0o17` is 15, `1:30` stays text,
 * timestamps stay text, and .inf/.nan (which JSON cannot carry) stay text.
 */
export declare function resolvePlainScalar(source: string): ScalarValue;
/** go-yaml v2 explicit tags on scalars (`!!str 10`, `!!int "7"`). Unknown tags resolve as untagged. */
export declare function resolveTaggedScalar(tag: string, source: string, quoted: boolean): ScalarValue;
/** The map key text sigs.k8s.io/yaml produces for a resolved scalar key (`on:` becomes "true"). */
export declare function keyToString(value: ScalarValue): string;
