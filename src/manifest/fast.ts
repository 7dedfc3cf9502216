// The fast path: read a file's documents with js-yaml 4 (about 8× faster than the `yaml` package's document
// AST), with values exactly as the positional path (`parseManifest`) gives them, or decline the file.
//
// js-yaml runs with a FAILSAFE schema plus one implicit type that resolves every plain scalar with
// `resolvePlainScalar` (implicit types apply only to plain scalars: quoted and block scalars stay strings),
// and js-yaml turns map keys into text with `String(key)`, which is `keyToString` for every scalar.
// Whenever the two readings could differ, or the positional path would report a problem, the file is
// declined and the caller reads it with `parseManifest`: anchors, aliases, tags and merge keys, duplicate
// keys and every syntax error (js-yaml throws), js-yaml warnings, and a short list of constructs the two
// parsers treat differently (found by the differential test in test/fast-path.test.ts).
import { FAILSAFE_SCHEMA, loadAll, Type } from 'js-yaml';
import type { JsonValue } from './parse.js';
import { resolvePlainScalar } from './scalars.js';

/** A document read on the fast path: its index is the one `parseManifest` gives the same document. */
export interface FastDocument {
  index: number;
  value: JsonValue;
}

export type FastParse = { ok: true; documents: FastDocument[] } | { ok: false; reason: string };

/** The tag js-yaml gives plain scalars read with `FAST_SCHEMA`. */
export const PLAIN_TAG = 'tag:podlint.dev,2026:plain';

// Every plain scalar resolves (the type accepts all of them) to what kubectl would send.
const plainScalar = new Type(PLAIN_TAG, {
  kind: 'scalar',
  resolve: () => true,
  construct: (source: string) => resolvePlainScalar(source),
});

/** The schema of the fast path (also used by `fastPositions`, which must read exactly what `parseFast` read). */
export const FAST_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [plainScalar] });

/**
 * Text the fast path never reads, with the reason. Cheap scans over the text; false alarms only cost speed.
 * Each entry is a place where js-yaml and the `yaml` package read the same text differently, or where js-yaml
 * accepts what `yaml` rejects:
 * - a byte-order mark, NEL, LINE/PARAGRAPH SEPARATOR (line-break rules differ), a `\r` not followed by `\n`;
 * - tabs (the parsers accept different tab layouts);
 * - a directive (`%YAML`, `%TAG`);
 * - text after `---` or `...` on its line (`yaml` refuses a block collection there; js-yaml takes `---x` for a
 *   document start);
 * - a block scalar indentation indicator (`|2`) or keep chomping (`|+`), and a document whose first line is
 *   indented: the parsers end such scalars differently; a block scalar starting with an empty line (`yaml`
 *   refuses more-indented ones);
 * - an empty sequence item (`-` ending its line): js-yaml then takes a following, less indented `-` as an item
 *   of the same sequence;
 * - `#` right after a flow indicator (`[#`, `,#`): js-yaml reads a comment, `yaml` refuses it; likewise a
 *   comment line followed by a line starting with `,` (`{a: 1\n# c\n, b: 2}`);
 * - `? ` (explicit keys may be collections) and a flow collection used as a key (`[a]: b`, `{a: 1}: b`, and a
 *   sequence after `{` or `,`, as in `{[a]}`): the positional path spells such keys as JSON, js-yaml with
 *   `String()` (a mapping used as a key, `{{a}}`, is caught while reading: its key is "[object Object]");
 * - `__proto__`, which the positional path's object literal would not keep as a key.
 */
const DECLINE: readonly [RegExp, string][] = [
  [/[\uFEFF\u0085\u2028\u2029]|\r(?!\n)/, 'line breaks or byte-order mark'],
  [/\t/, 'tab'],
  [/^%/m, 'directive'],
  [/^(?:---|\.\.\.)(?![ ]+#|[ ]*\r?$)/m, 'text after a document marker'],
  [/[|>](?:[-+]?[0-9]|[0-9]?\+)/, 'block scalar indicator'],
  [/^(?:[ ]*(?:#.*)?\r?\n)*[ ]+[^ \r\n#]/, 'indented document'],
  [/^(?:---|\.\.\.).*\n(?:[ ]*(?:#.*)?\r?\n)*[ ]+[^ \r\n#]/m, 'indented document'],
  [/[|>][-+]?[ ]*(?:#.*)?\r?\n[ ]*\r?\n/, 'block scalar with leading empty lines'],
  [/(?:^|[ ])-[ ]*(?:#.*)?\r?$/m, 'empty sequence item'],
  [/[[{,\]}]#/, 'comment after a flow indicator'],
  [/#[^\n]*\n[ ]*,/, 'comment line before a comma'],
  [/\?(?:[ \r\n]|$)/, 'explicit key'],
  [/[\]}][ ]*:|[{,](?:[ \r\n]|#.*)*\[/, 'collection key'],
  [/__proto__/, '__proto__ key'],
];

/**
 * The same tests, cheaper (every file goes through them): each regex runs only when the text has a character
 * it needs, and the two that are slow to scan are asked a narrower question first. `declineReason` and the
 * plain list give the same answers (test/fast-path.test.ts).
 */
const has = (...chars: string[]) => (text: string): boolean => chars.some((c) => text.includes(c));
const FAST_DECLINE: readonly [(text: string) => boolean, RegExp, string][] = [
  [() => true, /[\uFEFF\u0085\u2028\u2029]/, 'line breaks or byte-order mark'],
  [has('\r'), /\r(?!\n)/, 'line breaks or byte-order mark'],
  [() => true, /\t/, 'tab'],
  [has('%'), /^%/m, 'directive'],
  [has('---', '...'), /^(?:---|\.\.\.)(?![ ]+#|[ ]*\r?$)/m, 'text after a document marker'],
  [has('|', '>'), /[|>](?:[-+]?[0-9]|[0-9]?\+)/, 'block scalar indicator'],
  [() => true, /^(?:[ ]*(?:#.*)?\r?\n)*[ ]+[^ \r\n#]/, 'indented document'],
  [has('---', '...'), /^(?:---|\.\.\.).*\n(?:[ ]*(?:#.*)?\r?\n)*[ ]+[^ \r\n#]/m, 'indented document'],
  [has('|', '>'), /[|>][-+]?[ ]*(?:#.*)?\r?\n[ ]*\r?\n/, 'block scalar with leading empty lines'],
  [emptyItemCandidate, /(?:^|[ ])-[ ]*(?:#.*)?\r?$/m, 'empty sequence item'],
  [has('#'), /[[{,\]}]#/, 'comment after a flow indicator'],
  [(t) => t.includes('#') && /\n[ ]*,/.test(t), /#[^\n]*\n[ ]*,/, 'comment line before a comma'],
  [has('?'), /\?(?:[ \r\n]|$)/, 'explicit key'],
  [has(']', '}', '['), /[\]}][ ]*:|[{,](?:[ \r\n]|#.*)*\[/, 'collection key'],
  [has('__proto__'), /__proto__/, '__proto__ key'],
];

/** A `-` ending its line (after spaces or a comment): the scan starts at a literal `-`, which is fast. */
function emptyItemCandidate(text: string): boolean {
  const re = /-[ ]*(?:#.*)?\r?$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.charCodeAt(m.index - 1);
    if (m.index === 0 || before === 10 || before === 32) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** Why the fast path declines a text (a reason of DECLINE), or undefined. */
export function declineReason(text: string): string | undefined {
  for (const [applies, re, reason] of FAST_DECLINE) if (applies(text) && re.test(text)) return reason;
  return undefined;
}

/** @internal The plain list (for the test that `declineReason` agrees with it). */
export function declineReasonSlow(text: string): string | undefined {
  for (const [re, reason] of DECLINE) if (re.test(text)) return reason;
  return undefined;
}

/**
 * Anchors, aliases (which need an anchor), tags and merge keys can only appear where one of these is, and a
 * mapping used as a key needs a `{`: only then does the reader watch every node.
 */
const NEEDS_WATCH = /[&!{]|<</;

interface LoaderState {
  tag: string | null | undefined;
  anchor: string | null | undefined;
  kind: string | null;
  result: unknown;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

class Declined extends Error {}

/**
 * In files that might hold them, refuse anchors, tags (explicit or `!`), `<<` as a plain scalar and mappings
 * used as keys. Checked when a node opens (the properties pending for its parent: js-yaml can drop the
 * properties of a node that turns out empty, as in `--- !!str` followed by `---`, but only after a child node
 * has opened) and when it closes (its own properties).
 */
function watchNode(this: unknown, event: string, state: unknown): void {
  const s = state as LoaderState;
  // Before the first node opens, js-yaml has not set these at all.
  if (typeof s.anchor === 'string') throw new Declined('anchor');
  if (typeof s.tag === 'string' && s.tag !== PLAIN_TAG) throw new Declined('tag');
  if (s.tag === PLAIN_TAG && s.result === '<<') throw new Declined('merge key');
  if (event === 'close' && s.kind === 'mapping' && s.result !== null && typeof s.result === 'object' && hasOwn(s.result, '[object Object]')) {
    throw new Declined('mapping as a key');
  }
}

function warn(): void {
  throw new Declined('warning');
}

/**
 * Read every document of a text on the fast path, or decline (`ok: false`) when only `parseManifest` can
 * guarantee the values and problems. Never throws. Documents whose value is null are left out (the engine
 * skips them); every other document carries the index `parseManifest` gives it.
 */
export function parseFast(text: string): FastParse {
  const reason = declineReason(text);
  if (reason !== undefined) return { ok: false, reason };
  let values: unknown[];
  try {
    values = loadAll(text, null, NEEDS_WATCH.test(text) ? { schema: FAST_SCHEMA, onWarning: warn, listener: watchNode } : { schema: FAST_SCHEMA, onWarning: warn });
  } catch (e) {
    return { ok: false, reason: e instanceof Declined ? e.message : 'js-yaml error' };
  }
  const documents: FastDocument[] = [];
  values.forEach((value, index) => {
    if (value !== null && value !== undefined) documents.push({ index, value: value as JsonValue });
  });
  return { ok: true, documents };
}
