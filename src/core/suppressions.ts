// Suppressions: inline comments, `podlint.io/ignore` annotations, config `ignores` and baselines. Applied by the
// engine when it builds a report, so every front end (CLI, diff, webhook, library) gets the same behaviour.
// Pure: "today" is passed in.
import { Minimatch } from 'minimatch';
import { formatPath } from '../k8s/path.js';
import type { FieldPath } from '../k8s/path.js';
import { rec, str } from '../k8s/values.js';
import type { InlineSuppression } from '../manifest/comments.js';
import { locate } from '../manifest/locate.js';
import { parseManifest } from '../manifest/parse.js';
import type { Region } from '../manifest/positions.js';
import { BASELINE_REASON, BaselineMatcher } from './baseline.js';
import type { Baseline } from './baseline.js';
import type { Finding, ObjectRef, SuppressionInfo, SuppressionKind } from './report.js';
import { defineRule } from './rule.js';
import type { ObjectInfo, Severity } from './rule.js';

export const SUPPRESSION_RULE_ID = 'suppression';

/** The annotation keys: `podlint.io/ignore`, `podlint.io/ignore.<container>`, `podlint.io/ignore-reason`. */
export const IGNORE_ANNOTATION = 'podlint.io/ignore';
export const IGNORE_REASON_ANNOTATION = 'podlint.io/ignore-reason';

/** The engine's rule for problems with suppressions themselves (its findings are never suppressed). */
export const suppressionRule = defineRule({
  id: SUPPRESSION_RULE_ID,
  meta: {
    description: 'Report suppressions that give no reason, name unknown rules, have expired or suppress nothing',
    category: 'pitfall',
    severity: 'warning',
    remediation:
      'Give every suppression a reason, correct misspelt rule ids, and remove suppressions that are expired or no longer match a finding (or fix the findings they hid).',
    messages: {
      missingReason: '{{what}} gives no reason: {{how}}, so that reviewers know why the finding is acceptable.',
      unknownRule: '{{what}} names "{{rule}}", which is not a podlint rule: correct the id (see `podlint rules`).',
      expired: '{{what}} expired on {{expires}} and no longer suppresses anything: fix the findings it hid, or renew it with a new date and reason.',
      unused: '{{what}} suppresses no {{target}}: remove it (unused suppression).',
    },
  },
  create: () => ({}),
});

/** A config `ignores:` entry. Every selector given must match; globs use `*` and `?` (files: gitignore-like globs). */
export interface IgnoreEntry {
  /** Rule id(s); omitted: every rule. */
  rule?: string | string[];
  /** Object kind(s), e.g. `DaemonSet`. */
  kind?: string | string[];
  /** Namespace glob (matches `metadata.namespace` as written; "" when absent). */
  namespace?: string;
  /** Object name glob. */
  name?: string;
  /** Container name glob: only findings inside a matching container. */
  container?: string;
  /** Image glob: only findings inside a container whose image matches. */
  image?: string;
  /** File globs, relative to the configuration file's directory. */
  files?: string[];
  /** Field path glob, e.g. `spec.template.spec.containers[*].securityContext.*`. */
  path?: string;
  /** Why the findings are acceptable (required). */
  reason: string;
  /** Last day (YYYY-MM-DD) the entry applies; after it, it stops suppressing and is reported. */
  expires?: string;
}

export interface SuppressionSettings {
  /** Honour only config `ignores` (and a baseline): not comments, not annotations. */
  strict: boolean;
  /** Report suppressions that matched nothing. */
  reportUnused: boolean;
  /** Today's date (YYYY-MM-DD), for `expires`; undefined: nothing expires. */
  today?: string;
  ignores: readonly IgnoreEntry[];
  baseline?: Baseline;
  /** The configuration file (display path and text), to locate findings about its `ignores`. */
  configSource?: { file: string; text?: string };
}

interface Where {
  file: string;
  region: Region;
  path: string;
  object?: ObjectRef;
}

interface Unit {
  info: SuppressionInfo;
  /** Rule ids, or `*` for every rule. */
  rules: string[];
  used: Set<string>;
  covers(f: Finding, object: ObjectInfo | undefined): boolean;
  what: string;
  at: Where;
  expired: boolean;
  /** Inline units apply to one file, annotation units to one object (an index, so big runs stay fast). */
  file?: string;
  object?: ObjectInfo;
}

const WHOLE_FILE: Region = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** `*` any characters, `?` one character, everything else literal. */
export function simpleGlob(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

function under(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function refOf(o: ObjectInfo): ObjectRef {
  const ref: ObjectRef = { apiVersion: o.apiVersion, kind: o.kind };
  if (o.namespace !== undefined) ref.namespace = o.namespace;
  if (o.name !== undefined) ref.name = o.name;
  return ref;
}

function asList(v: string | string[] | undefined): string[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}

/** The container a finding sits in (by field path), if any. */
function containerOf(f: Finding, object: ObjectInfo | undefined): { name: string | undefined; image: string | undefined } | undefined {
  for (const c of object?.podSpec?.containers ?? []) {
    if (under(f.path, formatPath(c.path))) return { name: c.name, image: str(c.node['image']) };
  }
  return undefined;
}

function splitRules(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function directiveLabel(d: InlineSuppression): string {
  const head = d.text.split(/\s--(?:\s|$)/)[0]!.trim();
  return `Comment ${JSON.stringify(head)}`;
}

function inlineUnits(file: string, directives: readonly InlineSuppression[]): Unit[] {
  return directives.map((d) => ({
    info: { kind: 'inline', reason: d.reason ?? '' },
    rules: [...d.rules],
    used: new Set<string>(),
    covers: (f) => f.file === file && f.line >= d.fromLine && f.line <= d.toLine,
    file,
    what: directiveLabel(d),
    at: { file, region: { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn }, path: '' },
    expired: false,
  }));
}

function annotationUnits(object: ObjectInfo, regionOf: SuppressionInput['regionOf']): Unit[] {
  const units: Unit[] = [];
  const objectMeta = rec(object.value['metadata']);
  const metas: { meta: Record<string, unknown> | undefined; path: FieldPath; scope: string }[] = [{ meta: objectMeta, path: ['metadata'], scope: '' }];
  const pod = object.podSpec;
  if (pod?.isTemplate) metas.push({ meta: pod.metadata, path: pod.metadataPath, scope: formatPath(pod.metadataPath.slice(0, -1)) });
  const objectReason = str(rec(objectMeta?.['annotations'])?.[IGNORE_REASON_ANNOTATION]);
  for (const { meta, path, scope } of metas) {
    const annotations = rec(meta?.['annotations']);
    if (!annotations) continue;
    const reason = str(annotations[IGNORE_REASON_ANNOTATION]) ?? objectReason;
    for (const [key, value] of Object.entries(annotations)) {
      if (typeof value !== 'string') continue;
      let prefixes: string[];
      if (key === IGNORE_ANNOTATION) prefixes = [scope];
      else if (key.startsWith(`${IGNORE_ANNOTATION}.`)) {
        const name = key.slice(IGNORE_ANNOTATION.length + 1);
        prefixes = (pod?.containers ?? []).filter((c) => c.name === name).map((c) => formatPath(c.path));
      } else continue;
      const rules = splitRules(value);
      if (rules.length === 0) continue;
      const keyPath: FieldPath = [...path, 'annotations', key];
      units.push({
        info: { kind: 'annotation', reason: reason ?? '' },
        rules,
        used: new Set<string>(),
        covers: (f, o) => o === object && prefixes.some((p) => under(f.path, p)),
        object,
        what: `Annotation ${key}`,
        at: { file: object.file, region: regionOf(object, keyPath), path: formatPath(keyPath), object: refOf(object) },
        expired: false,
      });
    }
  }
  return units;
}

const regionsOf = new WeakMap<SuppressionSettings, (i: number) => Region>();

/** Where each config `ignores` entry is, from the config text (parsed once per settings: a webhook reports per review). */
function entryRegions(settings: SuppressionSettings): (i: number) => Region {
  let regionOf = regionsOf.get(settings);
  if (!regionOf) {
    regionOf = () => WHOLE_FILE;
    const text = settings.configSource?.text;
    if (text !== undefined) {
      const parsed = parseManifest(text);
      const doc = parsed.documents[0];
      if (doc) regionOf = (i) => parsed.lines.region(locate(doc.pos, ['ignores', i]));
    }
    regionsOf.set(settings, regionOf);
  }
  return regionOf;
}

type ConfigPathOf = SuppressionInput['configPathOf'];

/** A config `ignores` entry made ready to match: its tests compiled (globs and patterns) once per settings. */
interface ConfigEntry {
  info: SuppressionInfo;
  rules: string[];
  covers(f: Finding, object: ObjectInfo | undefined, configPathOf: ConfigPathOf): boolean;
  what: string;
  at: Where;
  expired: boolean;
}

const entriesOf = new WeakMap<SuppressionSettings, ConfigEntry[]>();

/** The config entries of these settings, compiled on first use (a webhook makes a suppressor per review). */
function configEntries(settings: SuppressionSettings): ConfigEntry[] {
  let entries = entriesOf.get(settings);
  if (entries) return entries;
  const source = settings.configSource;
  const file = source?.file ?? '<config>';
  const regionOfEntry = entryRegions(settings);
  entries = settings.ignores.map((e, i) => {
    const kinds = asList(e.kind);
    const tests: ((f: Finding, o: ObjectInfo | undefined, configPathOf: ConfigPathOf) => boolean)[] = [];
    if (kinds) tests.push((_f, o) => o !== undefined && kinds.includes(o.kind));
    if (e.namespace !== undefined) {
      const re = simpleGlob(e.namespace);
      tests.push((_f, o) => o !== undefined && re.test(o.namespace ?? ''));
    }
    if (e.name !== undefined) {
      const re = simpleGlob(e.name);
      tests.push((_f, o) => o !== undefined && re.test(o.name ?? ''));
    }
    if (e.container !== undefined) {
      const re = simpleGlob(e.container);
      tests.push((f, o) => re.test(containerOf(f, o)?.name ?? '\u0000'));
    }
    if (e.image !== undefined) {
      const re = simpleGlob(e.image);
      tests.push((f, o) => re.test(containerOf(f, o)?.image ?? '\u0000'));
    }
    if (e.files !== undefined) {
      const globs = e.files.map((g) => g.replace(/\\/g, '/').replace(/^\.\//, '')).map((g) => new Minimatch(g, { dot: true, matchBase: !g.includes('/') }));
      tests.push((f, _o, configPathOf) => {
        const p = configPathOf(f.file).replace(/\\/g, '/').replace(/^\.\//, '');
        return globs.some((g) => g.match(p));
      });
    }
    if (e.path !== undefined) {
      const re = simpleGlob(e.path);
      tests.push((f) => re.test(f.path));
    }
    const expired = settings.today !== undefined && e.expires !== undefined && settings.today > e.expires;
    const info: SuppressionInfo = { kind: 'config', reason: e.reason };
    if (e.expires !== undefined) info.expires = e.expires;
    return {
      info,
      rules: asList(e.rule) ?? ['*'],
      covers: (f, o, configPathOf) => tests.every((t) => t(f, o, configPathOf)),
      what: `ignores[${i}] of ${file}`,
      at: { file, region: regionOfEntry(i), path: `ignores[${i}]` },
      expired,
    };
  });
  entriesOf.set(settings, entries);
  return entries;
}

/** The config entries as units of one run (each run counts its own uses). */
function configUnits(settings: SuppressionSettings, configPathOf: ConfigPathOf): Unit[] {
  if (settings.ignores.length === 0) return [];
  return configEntries(settings).map((e) => ({
    info: e.info,
    rules: e.rules,
    used: new Set<string>(),
    covers: (f, o) => e.covers(f, o, configPathOf),
    what: e.what,
    at: e.at,
    expired: e.expired,
  }));
}

/** What a group of findings needs to have its in-source suppressions applied (see `Suppressor.applyGroup`). */
export interface SuppressionGroup {
  findings: readonly Finding[];
  /** The objects of the group (for annotations). */
  objects: readonly ObjectInfo[];
  /** The object a finding was reported on (undefined for file-level findings). */
  objectOf(f: Finding): ObjectInfo | undefined;
  /** Inline directives per file (display path). */
  inline: ReadonlyMap<string, readonly InlineSuppression[]>;
  /** Line and column of a field of an object (path relative to the object). */
  regionOf(object: ObjectInfo, path: FieldPath): Region;
}

/** What a whole run needs: the suppression settings and how to look up files and rules. */
export interface SuppressorOptions {
  /** A file's path relative to the configuration's directory (for `files` globs). */
  configPathOf(file: string): string;
  knownRules: ReadonlySet<string>;
  settings: SuppressionSettings;
  /** Severity of the `suppression` rule for a file; undefined when it is off. */
  severityFor(file: string): Severity | undefined;
}

export type SuppressionInput = SuppressionGroup & SuppressorOptions;

/**
 * Applies the suppressions of one run. Findings come in groups (a file, or everything at once): a group is
 * marked with the inline comments and annotations of its own files and objects and with the config `ignores`
 * (`applyGroup`), so a streaming run can forget a file's objects as soon as it is linted. `finish` then takes
 * the baseline (in the order the findings were made) and reports expired and unused config entries.
 * Precedence when several match: inline comment, annotation, config entry, baseline; all of them count as used.
 */
export class Suppressor {
  private readonly config: Unit[];
  private readonly active: Unit[];

  constructor(private readonly options: SuppressorOptions) {
    this.config = configUnits(options.settings, options.configPathOf);
    this.active = this.config.filter((u) => !u.expired);
  }

  private problem(problems: Finding[], at: Where, messageId: keyof typeof suppressionRule.meta.messages, data: Record<string, string>): void {
    const severity = this.options.severityFor(at.file);
    if (severity === undefined) return;
    let message = suppressionRule.meta.messages[messageId] as string;
    for (const [k, v] of Object.entries(data)) message = message.split(`{{${k}}}`).join(v);
    const f: Finding = { ruleId: SUPPRESSION_RULE_ID, category: 'pitfall', severity, message, file: at.file, ...at.region, path: at.path, messageId };
    if (at.object) f.object = at.object;
    problems.push(f);
  }

  /**
   * Mark the findings of one group with in-source suppressions (of the group's files and objects) and config
   * entries; problems of the group's in-source suppressions (no reason, unknown rule, unused) come back too.
   */
  applyGroup(group: SuppressionGroup): { findings: Finding[]; problems: Finding[] } {
    const { settings, knownRules } = this.options;
    const problems: Finding[] = [];
    const inSource: Unit[] = [];
    if (!settings.strict) {
      for (const [file, directives] of group.inline) inSource.push(...inlineUnits(file, directives));
      for (const object of group.objects) inSource.push(...annotationUnits(object, group.regionOf));
      for (const u of inSource) {
        if (u.info.reason === '') {
          this.problem(problems, u.at, 'missingReason', {
            what: u.what,
            how: u.info.kind === 'inline' ? 'add one after " -- " in the comment' : `add a ${IGNORE_REASON_ANNOTATION} annotation`,
          });
        }
        for (const r of u.rules) if (r !== '*' && !knownRules.has(r)) this.problem(problems, u.at, 'unknownRule', { what: u.what, rule: r });
        u.rules = u.rules.filter((r) => r === '*' || knownRules.has(r));
      }
    }
    const byFile = new Map<string, Unit[]>();
    const byObject = new Map<ObjectInfo, Unit[]>();
    for (const u of inSource) {
      if (u.file !== undefined) byFile.set(u.file, [...(byFile.get(u.file) ?? []), u]);
      else if (u.object !== undefined) byObject.set(u.object, [...(byObject.get(u.object) ?? []), u]);
    }
    const findings = group.findings.map((f) => {
      if (f.ruleId === SUPPRESSION_RULE_ID || f.suppressed) return f;
      const object = group.objectOf(f);
      let first: SuppressionInfo | undefined;
      const candidates = [...(byFile.get(f.file) ?? []), ...((object && byObject.get(object)) ?? []), ...this.active];
      for (const u of candidates) {
        const key = u.rules.includes(f.ruleId) ? f.ruleId : u.rules.includes('*') ? '*' : undefined;
        if (key === undefined || !u.covers(f, object)) continue;
        u.used.add(key);
        first ??= u.info;
      }
      return first ? { ...f, suppressed: { ...first } } : f;
    });
    if (settings.reportUnused) this.reportUnused(problems, inSource);
    return { findings, problems };
  }

  private reportUnused(problems: Finding[], units: readonly Unit[]): void {
    for (const u of units) {
      for (const r of u.rules) {
        if (!u.used.has(r)) this.problem(problems, u.at, 'unused', { what: u.what, target: r === '*' ? 'finding' : `"${r}" finding` });
      }
    }
  }

  /** Config entries used so far, as [entry index, rule id or `*`] (to merge the work of several threads). */
  usedConfig(): [number, string][] {
    return this.config.flatMap((u, i) => [...u.used].map((key): [number, string] => [i, key]));
  }

  /** Count config entries as used by another suppressor of the same run (a worker thread's). */
  addUsedConfig(used: readonly (readonly [number, string])[]): void {
    for (const [i, key] of used) this.config[i]?.used.add(key);
  }

  /**
   * The end of the run: findings that nothing else suppressed are matched against the baseline, in the order
   * given (the order they were made); expired config entries, and unused ones when asked, are reported.
   */
  finish(findings: readonly Finding[]): { findings: Finding[]; problems: Finding[] } {
    const { settings } = this.options;
    const problems: Finding[] = [];
    for (const u of this.config) if (u.expired) this.problem(problems, u.at, 'expired', { what: u.what, expires: u.info.expires ?? '' });
    const baseline = settings.baseline ? new BaselineMatcher(settings.baseline) : undefined;
    const marked = baseline
      ? findings.map((f) => (f.ruleId === SUPPRESSION_RULE_ID || f.suppressed || !baseline.take(f) ? f : { ...f, suppressed: { kind: 'baseline' as SuppressionKind, reason: BASELINE_REASON } }))
      : [...findings];
    if (settings.reportUnused) this.reportUnused(problems, this.active);
    return { findings: marked, problems };
  }
}

/**
 * Mark suppressed findings (`suppressed` set; they stay in the list) and produce the `suppression` rule's
 * findings: missing reasons, unknown rule ids, expired entries and (when asked) unused suppressions.
 * The whole run as one group (see `Suppressor`).
 */
export function applySuppressions(input: SuppressionInput): { findings: Finding[]; problems: Finding[] } {
  const suppressor = new Suppressor(input);
  const group = suppressor.applyGroup(input);
  const end = suppressor.finish(group.findings);
  return { findings: end.findings, problems: [...group.problems, ...end.problems] };
}

/** A YYYY-MM-DD date that exists in the calendar. */
export function isValidDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

