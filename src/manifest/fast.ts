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

const PLAIN_TAG = 'tag:podlint.dev,2026:plain';

// Every plain scalar resolves (the type accepts all of them) to what kubectl would send.
const plainScalar = new Type(PLAIN_TAG, {
  kind: 'scalar',
  resolve: () => true,
  construct: (source: string) => resolvePlainScalar(source),
});

const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [plainScalar] });

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
 * - `#` right after a flow indicator (`[#`, `,#`): js-yaml reads a comment, `yaml` refuses it;
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
  [/\?(?:[ \r\n]|$)/, 'explicit key'],
  [/[\]}][ ]*:|[{,](?:[ \r\n]|#.*)*\[/, 'collection key'],
  [/__proto__/, '__proto__ key'],
];

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
  for (const [re, reason] of DECLINE) if (re.test(text)) return { ok: false, reason };
  let values: unknown[];
  try {
    values = loadAll(text, null, NEEDS_WATCH.test(text) ? { schema: SCHEMA, onWarning: warn, listener: watchNode } : { schema: SCHEMA, onWarning: warn });
  } catch (e) {
    return { ok: false, reason: e instanceof Declined ? e.message : 'js-yaml error' };
  }
  const documents: FastDocument[] = [];
  values.forEach((value, index) => {
    if (value !== null && value !== undefined) documents.push({ index, value: value as JsonValue });
  });
  return { ok: true, documents };
}
