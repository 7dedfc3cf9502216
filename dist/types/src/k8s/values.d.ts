import type { JsonObject, JsonValue } from '../manifest/parse.js';
export type { JsonObject, JsonValue };
export declare function isRecord(v: unknown): v is JsonObject;
/** The value as an object, or undefined when it is anything else. */
export declare function rec(v: unknown): JsonObject | undefined;
/** The value as an array, or an empty array when it is anything else. */
export declare function arr(v: unknown): JsonValue[];
export declare function str(v: unknown): string | undefined;
export declare function num(v: unknown): number | undefined;
export declare function bool(v: unknown): boolean | undefined;
/** Follow keys through nested objects; undefined as soon as one is missing or not an object. */
export declare function dig(v: unknown, ...keys: (string | number)[]): JsonValue | undefined;
/** Deep-freeze a value (the RuleTester uses it to catch rules that mutate their input). */
export declare function deepFreeze<T>(v: T): T;
