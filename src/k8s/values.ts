// Narrowing helpers for manifest values, which are unvalidated JSON as kubectl would send them.
import type { JsonObject, JsonValue } from '../manifest/parse.js';

export type { JsonObject, JsonValue };

export function isRecord(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as an object, or undefined when it is anything else. */
export function rec(v: unknown): JsonObject | undefined {
  return isRecord(v) ? v : undefined;
}

/** The value as an array, or an empty array when it is anything else. */
export function arr(v: unknown): JsonValue[] {
  return Array.isArray(v) ? (v as JsonValue[]) : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** Follow keys through nested objects; undefined as soon as one is missing or not an object. */
export function dig(v: unknown, ...keys: (string | number)[]): JsonValue | undefined {
  let cur: unknown = v;
  for (const k of keys) {
    if (typeof k === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[k];
    } else {
      if (!isRecord(cur)) return undefined;
      cur = cur[k];
    }
  }
  return cur as JsonValue | undefined;
}

/** Deep-freeze a value (the RuleTester uses it to catch rules that mutate their input). */
export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const child of Object.values(v)) deepFreeze(child);
  }
  return v;
}
