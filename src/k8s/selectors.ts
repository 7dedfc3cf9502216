// metav1.LabelSelector: whether a selector selects a set of labels, and Go's printing of label maps.
import { arr, isRecord, rec, str } from './values.js';
import type { JsonObject, JsonValue } from './values.js';

/**
 * Whether a label selector (`matchLabels` and `matchExpressions`) selects `labels`; undefined when the
 * selector is malformed (not an object, a non-string label value, an unknown operator, a missing key):
 * that is another rule's finding.
 */
export function selectorMatches(selector: JsonValue | undefined, labels: JsonValue | undefined): boolean | undefined {
  const sel = rec(selector);
  if (!sel) return undefined;
  const l = rec(labels) ?? {};
  for (const [k, v] of Object.entries(rec(sel['matchLabels']) ?? {})) {
    if (typeof v !== 'string') return undefined;
    if (l[k] !== v) return false;
  }
  for (const e of arr(sel['matchExpressions'])) {
    if (!isRecord(e)) return undefined;
    const key = str(e['key']);
    if (key === undefined) return undefined;
    const values = arr(e['values']).map(String);
    const has = Object.prototype.hasOwnProperty.call(l, key);
    const value = has ? String(l[key]) : undefined;
    switch (e['operator']) {
      case 'In':
        if (!has || !values.includes(value!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(value!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return undefined;
    }
  }
  return true;
}

/** Go's `%#v` of a map[string]string (keys sorted), as field errors print template labels. */
export function goMap(labels: JsonObject | undefined): string {
  if (!labels) return 'map[string]string(nil)';
  const items = Object.keys(labels)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(String(labels[k] ?? ''))}`);
  return `map[string]string{${items.join(', ')}}`;
}
