import { describe, expect, it } from 'vitest';
import { goMap, selectorMatches } from './selectors.js';
import type { JsonValue } from './values.js';

describe('selectorMatches', () => {
  it.each<[JsonValue, JsonValue, boolean | undefined]>([
    [{ matchLabels: { app: 'a' } }, { app: 'a', x: 'y' }, true],
    [{ matchLabels: { app: 'a' } }, { app: 'b' }, false],
    [{ matchExpressions: [{ key: 'app', operator: 'In', values: ['a', 'b'] }] }, { app: 'b' }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['a'] }] }, { app: 'a' }, false],
    [{ matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, { app: 'a' }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, {}, false],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, {}, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, { app: 'a' }, false],
    [{ matchExpressions: [{ key: 'app', operator: 'Bogus' }] }, { app: 'a' }, undefined],
    [{ matchLabels: { app: 1 } }, { app: 'a' }, undefined],
    [null, { app: 'a' }, undefined],
  ])('selector %j on %j: %s', (sel, labels, expected) => expect(selectorMatches(sel, labels)).toBe(expected));
});

describe('goMap', () => {
  it('prints labels like Go %#v, keys sorted', () => {
    expect(goMap({ b: '2', a: '1' })).toBe('map[string]string{"a":"1", "b":"2"}');
    expect(goMap(undefined)).toBe('map[string]string(nil)');
  });
});
