import type { JsonObject, JsonValue } from './values.js';
/**
 * Whether a label selector (`matchLabels` and `matchExpressions`) selects `labels`; undefined when the
 * selector is malformed (not an object, a non-string label value, an unknown operator, a missing key):
 * that is another rule's finding.
 */
export declare function selectorMatches(selector: JsonValue | undefined, labels: JsonValue | undefined): boolean | undefined;
/** Go's `%#v` of a map[string]string (keys sorted), as field errors print template labels. */
export declare function goMap(labels: JsonObject | undefined): string;
