// The engine: text -> documents -> objects -> rule visitors -> located findings. Pure: no I/O.
import { locate } from '../manifest/locate.js';
import { parseFast } from '../manifest/fast.js';
import { fastPositions } from '../manifest/fast-positions.js';
import { readSimple } from '../manifest/simple.js';
import { parseManifest, stripBom } from '../manifest/parse.js';
import type { ParseResult, PosNode } from '../manifest/parse.js';
import { LineIndex } from '../manifest/positions.js';
import type { Span } from '../manifest/positions.js';
import { formatPath } from '../k8s/path.js';
import type { FieldPath } from '../k8s/path.js';
import { getPodSpec } from '../k8s/pod-spec.js';
import type { PodSpecInfo } from '../k8s/pod-spec.js';
import { deepFreeze, dig, isRecord, str } from '../k8s/values.js';
import type { JsonObject, JsonValue } from '../k8s/values.js';
import { formatVersion, inRange } from '../k8s/versions.js';
import type { ConfigResolver } from './config.js';
import type { EnabledRule, ResolvedFileConfig } from './config.js';
import { compareFindings, countSeverities, interpolate } from './report.js';
import type { Finding, LintReport, ObjectRef, PreviousLocation, Summary } from './report.js';
import type { AnyRule, ObjectInfo, ReportDescriptor, RuleContext, RuleSettings, RuleVisitors, RunInfo, UpdateInfo } from './rule.js';
import { duplicateKeyRule, parseErrorRule, withSyntaxRules } from './syntax-rules.js';
import { scanSuppressions } from '../manifest/comments.js';
import type { InlineSuppression } from '../manifest/comments.js';
import { Suppressor, SUPPRESSION_RULE_ID } from './suppressions.js';

/** A file to lint: its display path, its text, and its path relative to the config's base (for globs). */
export interface SourceFile {
  path: string;
  text: string;
  /** Path relative to the configuration's directory, for `overrides` and `staticPodPaths`; defaults to `path`. */
  configPath?: string;
  /** Size in bytes when known without reading (a file over the limit is not read). */
  size?: number;
}

/**
 * A file of a streaming run (`LintSession.lintRun`), read when the run needs it: `read` once, when the file is
 * linted (a file that cannot be read is reported then, by the source), `peek` whenever a rule needs the
 * objects of other files (undefined when the file cannot be read). Sources need not keep the text between calls.
 */
export interface RunSource {
  readonly path: string;
  /** Whether the text could hold an object of this kind: a cheap test, true when unsure. */
  mayHold(kind: string): boolean;
  peek(): SourceFile | undefined;
  read(): SourceFile | undefined;
}

/**
 * Whether a YAML text could hold an object of this kind: it names the kind as a word, or has a backslash (an
 * escape could spell it) or the word `binary` (a `!!binary` tag could encode it).
 */
export function textMayHold(text: string, kind: string): boolean {
  const re = new RegExp(`\\b(?:${kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|binary)\\b|\\\\`);
  return re.test(text);
}

/** A run over objects in memory: `objectsOf` filters them (once per kind). */
export function runOf(objects: readonly ObjectInfo[]): RunInfo {
  const byKind = new Map<string, readonly ObjectInfo[]>();
  return {
    objects,
    objectsOf(kind) {
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, (list = objects.filter((o) => o.kind === kind)));
      return list;
    },
  };
}

/**
 * The run of a streaming lint: other files are read only when a rule asks for their objects, by a scratch
 * session (no findings, no counts); objects of a kind are kept once read, without positions.
 */
class StreamRun implements RunInfo {
  private readonly byKind = new Map<string, readonly ObjectInfo[]>();
  private all: readonly ObjectInfo[] | undefined;

  /** `candidates`: for some kinds, the indexes of the only sources that may hold them (found beforehand). */
  constructor(
    private readonly sources: readonly RunSource[],
    private readonly scratch: () => LintSession,
    private readonly candidates?: ReadonlyMap<string, ReadonlySet<number>>,
  ) {}

  private read(accept: (source: RunSource, index: number) => boolean, keep: (o: ObjectInfo) => boolean): ObjectInfo[] {
    const session = this.scratch();
    const out: ObjectInfo[] = [];
    for (const [index, source] of this.sources.entries()) {
      if (!accept(source, index)) continue;
      const file = source.peek();
      if (!file) continue;
      // Rules read these objects, never report on them: keep no positions (nor the file's text).
      for (const o of session.addFile(file)) if (keep(o)) out.push(objectInfo(o));
    }
    return out;
  }

  objectsOf(kind: string): readonly ObjectInfo[] {
    let list = this.byKind.get(kind);
    if (!list) {
      const known = this.candidates?.get(kind);
      const accept = known ? (_s: RunSource, i: number): boolean => known.has(i) : (s: RunSource): boolean => s.mayHold(kind);
      list = this.all ? this.all.filter((o) => o.kind === kind) : this.read(accept, (o) => o.kind === kind);
      this.byKind.set(kind, list);
    }
    return list;
  }

  get objects(): readonly ObjectInfo[] {
    return (this.all ??= this.read(() => true, () => true));
  }
}

/** A RunSource over a text already in memory. */
export function textSource(file: SourceFile): RunSource {
  return { path: file.path, mayHold: (kind) => textMayHold(file.text, kind), peek: () => file, read: () => file };
}

/**
 * An object read from a file, with what is needed to locate its fields. `pos` (the position tree of its
 * document) and `lines` may be computed on first access: on the fast path a file is re-read with
 * `parseManifest` only when one of its objects needs a position.
 */
export interface LoadedObject extends ObjectInfo {
  readonly pos: PosNode;
  readonly lines: LineIndex;
  readonly config: ResolvedFileConfig;
}

export interface LintSessionOptions {
  /** Deep-freeze every object before rules see it (the RuleTester uses it to catch mutation). */
  freeze?: boolean;
  /**
   * Read files on the fast path (js-yaml, positions computed on demand) where it gives the same values and
   * problems as the positional path; `false` reads every file with `parseManifest`. Default: `fastPathDefault()`.
   */
  fastPath?: boolean;
}

let fastPathEnabled = true;

/** Whether new sessions use the fast path unless told otherwise. */
export function fastPathDefault(): boolean {
  return fastPathEnabled;
}

/**
 * @internal Switch the fast path on or off for sessions created afterwards (tests compare whole reports with
 * it on and off). Returns the previous setting.
 */
export function setFastPathDefault(enabled: boolean): boolean {
  const previous = fastPathEnabled;
  fastPathEnabled = enabled;
  return previous;
}

const NO_POSITION: PosNode = { value: { start: 0, end: 0 } };

/** The ObjectInfo fields of a loaded object (without its positions). */
function objectInfo(o: ObjectInfo): ObjectInfo {
  return { value: o.value, apiVersion: o.apiVersion, kind: o.kind, name: o.name, namespace: o.namespace, file: o.file, document: o.document, basePath: o.basePath, podSpec: o.podSpec };
}

/**
 * Positions of one file read on the fast path, computed on first use for every object of the file: by the
 * plain-block reader again (for files it read), by js-yaml again with a listener (`fastPositions`), or by
 * `parseManifest` where neither can be sure.
 */
class LazyPositions {
  private text: string | undefined;
  private lineIndex: LineIndex | undefined;
  private byDocument: Map<number, PosNode> | undefined;

  /** `simple`: the text was read by readSimple, which gives its positions too. */
  constructor(
    text: string,
    private readonly simple = false,
  ) {
    this.text = text;
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(stripBom(this.text ?? '')));
  }

  pos(document: number): PosNode {
    if (!this.byDocument) {
      const text = this.text ?? '';
      const simple = this.simple ? readSimple(text, true) : undefined;
      this.byDocument = simple ? new Map(simple.map((d) => [d.index, d.pos ?? NO_POSITION])) : fastPositions(text);
      if (!this.byDocument) {
        const parsed: ParseResult = parseManifest(text);
        this.lineIndex ??= parsed.lines;
        this.byDocument = new Map(parsed.documents.map((d) => [d.index, d.pos]));
      }
      this.lineIndex ??= new LineIndex(stripBom(text));
      this.text = undefined;
    }
    return this.byDocument.get(document) ?? NO_POSITION;
  }
}

/**
 * The context of one rule on one object. Made for every rule and object, so it is one small allocation:
 * `report` is made only when a rule reports (it is a bound function, so `const { report } = context` works).
 */
class Context implements RuleContext<string, unknown> {
  readonly #session: LintSession;
  readonly #enabled: EnabledRule;
  readonly #previous: LoadedObject | undefined;
  readonly object: LoadedObject;
  readonly run: RunInfo;

  constructor(session: LintSession, enabled: EnabledRule, object: LoadedObject, run: RunInfo, previous: LoadedObject | undefined) {
    this.#session = session;
    this.#enabled = enabled;
    this.#previous = previous;
    this.object = object;
    this.run = run;
  }

  get id(): string {
    return this.#enabled.rule.id;
  }

  get options(): unknown {
    return this.#enabled.options;
  }

  get settings(): RuleSettings {
    return this.object.config.settings;
  }

  get report(): (d: ReportDescriptor<string>) => void {
    return (d) => this.#session.addReport(this.#enabled, this.object, d, this.#previous);
  }
}

/** A document as the engine reads it: its index in the file, its value, and where its positions come from. */
interface DocumentSource {
  index: number;
  value: JsonValue;
  pos: () => PosNode;
  lines: () => LineIndex;
}

/**
 * An object as rules see it. A class, so that every object shares one hidden class and its positions are
 * prototype getters: an object literal with getters gets a hidden class (and accessor pair) of its own, in
 * the old generation, and makes every property read of the rules megamorphic.
 */
class Loaded implements LoadedObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string | undefined;
  readonly namespace: string | undefined;
  readonly document: number;
  readonly podSpec: PodSpecInfo | undefined;
  readonly #doc: DocumentSource;

  constructor(
    readonly value: JsonObject,
    readonly file: string,
    doc: DocumentSource,
    readonly basePath: FieldPath,
    readonly config: ResolvedFileConfig,
  ) {
    this.apiVersion = value['apiVersion'] as string;
    this.kind = value['kind'] as string;
    this.name = str(dig(value, 'metadata', 'name'));
    this.namespace = str(dig(value, 'metadata', 'namespace'));
    this.document = doc.index;
    this.podSpec = getPodSpec(value);
    this.#doc = doc;
  }

  get pos(): PosNode {
    return this.#doc.pos();
  }

  get lines(): LineIndex {
    return this.#doc.lines();
  }
}

/** A session's counts and the config suppressions it used (see `LintSession.tally`). */
export interface SessionTally {
  stats: Pick<Summary, 'files' | 'documents' | 'objects' | 'skipped'>;
  usedConfig: [number, string][];
}

/** Which rules run on an object: a created object, or the new side of an update (no create-only checks). */
export type Phase = 'create' | 'update';

function objectRef(o: ObjectInfo): ObjectRef {
  const ref: ObjectRef = { apiVersion: o.apiVersion, kind: o.kind };
  if (o.namespace !== undefined) ref.namespace = o.namespace;
  if (o.name !== undefined) ref.name = o.name;
  return ref;
}

/** A rule that throws is a bug: say which rule and which object, keep the cause. */
function ruleCrash(ruleId: string, object: ObjectInfo, cause: unknown): Error {
  const what = `${object.kind}${object.name ? ` "${object.name}"` : ''} in ${object.file}`;
  return new Error(`rule "${ruleId}" crashed on ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
}

function isObjectDoc(v: JsonValue): v is JsonObject {
  return isRecord(v) && typeof v['apiVersion'] === 'string' && typeof v['kind'] === 'string' && v['apiVersion'] !== '' && v['kind'] !== '';
}

/** Rule lists with the engine's own rules and their ids, per list given (a webhook makes a session per review). */
const preparedRules = new WeakMap<readonly AnyRule[], { rules: readonly AnyRule[]; ids: ReadonlySet<string> }>();

/**
 * The rules that run on an object, per file configuration and phase, computed once for each: resolved
 * configurations are immutable and cached by their resolver, so every session (a webhook makes one per
 * review) shares the lists.
 */
const activeByConfig = new WeakMap<ResolvedFileConfig, Map<Phase | 'pair', readonly EnabledRule[]>>();

/** Positions of objects added as values (`addValue`): there is no text. */
const VALUE_POS: PosNode = { value: { start: 0, end: 0 } };
const VALUE_LINES = new LineIndex('');
const valuePos = (): PosNode => VALUE_POS;
const valueLines = (): LineIndex => VALUE_LINES;

/**
 * One lint run. Add files, then lint their objects (and, in diff mode, old/new pairs); `report()` gives
 * the sorted findings and the summary. Rules are passed in: built-ins and plugins alike.
 */
export class LintSession {
  readonly rules: readonly AnyRule[];
  private readonly ruleIds: ReadonlySet<string>;
  readonly resolver: ConfigResolver;
  private readonly findings: Finding[] = [];
  private readonly fileOrder = new Map<string, number>();
  private readonly stats = { files: 0, documents: 0, objects: 0, skipped: 0 };
  /** Suppression bookkeeping: inline directives per file, linted objects, the object of each rule finding. */
  private readonly inline = new Map<string, InlineSuppression[]>();
  private readonly linted = new Set<LoadedObject>();
  private readonly objectOfFinding = new Map<Finding, LoadedObject>();
  private readonly fileConfigs = new Map<string, { config: ResolvedFileConfig; configPath: string }>();
  /** Findings before this index already had their in-source and config suppressions applied (`settle`). */
  private settled = 0;
  /** Findings of the `suppression` rule made while settling. */
  private readonly problems: Finding[] = [];
  private suppressorOf: Suppressor | undefined;

  /** `freeze`: deep-freeze every object before rules see it (the RuleTester uses it to catch mutation). */
  constructor(rules: readonly AnyRule[], resolver: ConfigResolver, private readonly options: LintSessionOptions = {}) {
    let prepared = preparedRules.get(rules);
    if (!prepared) {
      const all = withSyntaxRules(rules);
      preparedRules.set(rules, (prepared = { rules: all, ids: new Set(all.map((r) => r.id)) }));
    }
    this.rules = prepared.rules;
    this.ruleIds = prepared.ids;
    this.resolver = resolver;
  }

  private enabled(config: ResolvedFileConfig, id: string): EnabledRule | undefined {
    return config.rules.find((r) => r.rule.id === id);
  }

  private pushSyntax(file: SourceFile, config: ResolvedFileConfig, ruleId: string, messageId: string, data: Record<string, unknown>, lines: LineIndex | undefined, span: Span): void {
    const enabled = this.enabled(config, ruleId);
    if (!enabled) return;
    const rule = enabled.rule;
    const template = (rule.meta.messages as Record<string, string>)[messageId] ?? '{{message}}';
    const region = lines ? lines.region(span) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    this.findings.push({
      ruleId,
      category: rule.meta.category,
      severity: enabled.severity,
      message: interpolate(template, data),
      file: file.path,
      ...region,
      path: typeof data['path'] === 'string' ? data['path'] : '',
      messageId,
    });
  }

  /** Parse a file and return its objects; syntax problems become findings. Never throws on bad input. */
  addFile(file: SourceFile): LoadedObject[] {
    if (!this.fileOrder.has(file.path)) this.fileOrder.set(file.path, this.fileOrder.size);
    this.stats.files++;
    const config = this.resolver.resolve(file.configPath ?? file.path);
    this.fileConfigs.set(file.path, { config, configPath: file.configPath ?? file.path });
    const size = file.size ?? file.text.length;
    if (size > this.resolver.maxFileSize) {
      this.pushSyntax(file, config, parseErrorRule.id, 'tooLarge', { size, limit: this.resolver.maxFileSize }, undefined, { start: 0, end: 0 });
      return [];
    }
    const directives = scanSuppressions(file.text);
    if (directives.length > 0) this.inline.set(file.path, [...(this.inline.get(file.path) ?? []), ...directives]);
    const useFast = this.options.fastPath ?? fastPathEnabled;
    // Plain block YAML first (readSimple), then js-yaml (parseFast), then the positional path.
    const simple = useFast ? readSimple(file.text) : undefined;
    const fast = simple ? { ok: true as const, documents: simple } : useFast ? parseFast(file.text) : undefined;
    if (fast?.ok) {
      // Same values and no problems: positions are computed only if an object of this file needs one.
      const positions = new LazyPositions(file.text, simple !== undefined);
      const lines = (): LineIndex => positions.lines;
      const objects: LoadedObject[] = [];
      for (const doc of fast.documents) {
        this.stats.documents++;
        objects.push(...this.loadDocument(file, config, { index: doc.index, value: doc.value, pos: () => positions.pos(doc.index), lines }));
      }
      this.stats.objects += objects.length;
      return objects;
    }
    const parsed = parseManifest(file.text);
    for (const err of parsed.errors) {
      const aliasing = /aliasing|contains itself/.test(err.message);
      this.pushSyntax(file, config, parseErrorRule.id, aliasing ? 'aliasing' : 'syntax', { message: err.message.replace(/\.$/, '') }, parsed.lines, err.span);
    }
    const objects: LoadedObject[] = [];
    for (const doc of parsed.documents) {
      if (doc.value === null) continue;
      this.stats.documents++;
      for (const p of doc.problems) {
        const key = String(p.path[p.path.length - 1]);
        this.pushSyntax(file, config, duplicateKeyRule.id, 'duplicate', { message: p.message, key, path: formatPath(p.path) }, parsed.lines, p.span);
      }
      objects.push(...this.loadDocument(file, config, { index: doc.index, value: doc.value, pos: () => doc.pos, lines: () => parsed.lines }));
    }
    this.stats.objects += objects.length;
    return objects;
  }

  /** The objects of one (non-null) document; a document holding none counts as skipped. */
  private loadDocument(file: SourceFile, config: ResolvedFileConfig, doc: DocumentSource): LoadedObject[] {
    const found = this.objectsOf(doc.value);
    if (found.length === 0) {
      this.stats.skipped++;
      return [];
    }
    return found.map(({ value, basePath }) => {
      if (this.options.freeze) deepFreeze(value);
      return this.loadObject(file, config, doc, value, basePath);
    });
  }

  /**
   * Add an already-parsed object (the webhook's AdmissionReview `object`): no text is re-serialised or
   * re-parsed. Findings on it carry the field path; their line and column are 1:1 (there is no source).
   */
  addValue(value: JsonValue, name: string): LoadedObject[] {
    if (!this.fileOrder.has(name)) this.fileOrder.set(name, this.fileOrder.size);
    this.stats.files++;
    const config = this.resolver.resolve(name);
    this.fileConfigs.set(name, { config, configPath: name });
    if (value === null) return [];
    this.stats.documents++;
    const objects = this.loadDocument({ path: name, text: '' }, config, { index: 0, value, pos: valuePos, lines: valueLines });
    this.stats.objects += objects.length;
    return objects;
  }

  private objectsOf(doc: JsonValue): { value: JsonObject; basePath: FieldPath }[] {
    if (!isObjectDoc(doc)) return [];
    const kind = doc['kind'] as string;
    const items = doc['items'];
    // `kind: List` (and typed lists such as PodList): each item is an object.
    if (kind.endsWith('List') && Array.isArray(items)) {
      const out: { value: JsonObject; basePath: FieldPath }[] = [];
      items.forEach((item, i) => {
        if (isObjectDoc(item)) out.push({ value: item, basePath: ['items', i] });
      });
      return out;
    }
    return [{ value: doc, basePath: [] }];
  }

  private loadObject(file: SourceFile, config: ResolvedFileConfig, doc: DocumentSource, value: JsonObject, basePath: FieldPath): LoadedObject {
    return new Loaded(value, file.path, doc, basePath, config);
  }

  /** Build a located finding for a report made by a rule on `object`. */
  private locateFinding(enabled: EnabledRule, object: LoadedObject, d: ReportDescriptor<string>, previous?: LoadedObject): Finding {
    const rule = enabled.rule;
    const pathText = formatPath(d.path);
    const template = (rule.meta.messages as Record<string, string>)[d.messageId];
    if (template === undefined) throw new Error(`rule "${rule.id}" reported unknown messageId "${d.messageId}"`);
    const span = locate(object.pos, [...object.basePath, ...d.path]);
    const finding: Finding = {
      ruleId: rule.id,
      category: rule.meta.category,
      severity: d.severity ?? enabled.severity,
      message: interpolate(template, { path: pathText, ...d.data }),
      file: object.file,
      ...object.lines.region(span),
      path: pathText,
      object: objectRef(object),
      messageId: d.messageId,
    };
    if (rule.meta.podSecurity) finding.podSecurity = { level: rule.meta.podSecurity.level, check: rule.meta.podSecurity.check };
    if (previous && d.previousPath) {
      const at = previous.lines.position(locate(previous.pos, [...previous.basePath, ...d.previousPath]).start);
      const prev: PreviousLocation = { file: previous.file, line: at.line, column: at.column, value: dig(previous.value, ...d.previousPath) ?? null };
      finding.previous = prev;
    }
    return finding;
  }

  private context(enabled: EnabledRule, object: LoadedObject, run: RunInfo, previous?: LoadedObject): RuleContext<string, unknown> {
    return new Context(this, enabled, object, run, previous);
  }

  /** @internal A rule's report (through its Context): locate it and keep it. */
  addReport(enabled: EnabledRule, object: LoadedObject, d: ReportDescriptor<string>, previous: LoadedObject | undefined): void {
    const finding = this.locateFinding(enabled, object, d, previous);
    this.objectOfFinding.set(finding, object);
    this.findings.push(finding);
  }

  private activeRules(object: LoadedObject, phase: Phase | 'pair'): readonly EnabledRule[] {
    let byPhase = activeByConfig.get(object.config);
    if (!byPhase) activeByConfig.set(object.config, (byPhase = new Map()));
    let rules = byPhase.get(phase);
    if (!rules) byPhase.set(phase, (rules = LintSession.computeActiveRules(object.config, phase)));
    return rules;
  }

  private static computeActiveRules(config: ResolvedFileConfig, phase: Phase | 'pair'): EnabledRule[] {
    const version = config.settings.kubernetesVersion;
    return config.rules.filter((e) => {
      const m = e.rule.meta;
      if (m.category === 'syntax' && (e.rule.id === parseErrorRule.id || e.rule.id === duplicateKeyRule.id)) return false;
      if (e.rule.id === SUPPRESSION_RULE_ID) return false;
      if (!inRange(version, m.kubernetes)) return false;
      const rulePhase = m.phase ?? 'always';
      if (phase === 'pair') return rulePhase !== 'create';
      if (rulePhase === 'update') return false;
      if (phase === 'update' && rulePhase === 'create') return false;
      return true;
    });
  }

  private static visit(visitors: RuleVisitors, object: LoadedObject): void {
    visitors.object?.(object);
    const pod = object.podSpec;
    if (pod && (visitors.podSpec || visitors.container)) {
      visitors.podSpec?.(pod);
      if (visitors.container) for (const c of pod.containers) visitors.container(c, pod);
    }
  }

  /** Run the object rules on each object. `phase: 'update'` skips checks that apply only on create. */
  lintObjects(objects: readonly LoadedObject[], run: RunInfo = runOf(objects), phase: Phase = 'create'): void {
    for (const object of objects) this.linted.add(object);
    this.runRules(objects, run, phase);
  }

  private runRules(objects: readonly LoadedObject[], run: RunInfo, phase: Phase): void {
    for (const object of objects) {
      for (const enabled of this.activeRules(object, phase)) {
        try {
          const visitors = enabled.rule.create(this.context(enabled, object, run));
          LintSession.visit(visitors, object);
        } catch (e) {
          throw ruleCrash(enabled.rule.id, object, e);
        }
      }
    }
  }

  /** Give a file its place in the report's order before it is read (files are reported in this order). */
  registerFile(path: string): void {
    if (!this.fileOrder.has(path)) this.fileOrder.set(path, this.fileOrder.size);
  }

  /**
   * Lint a run of files, streaming: each file is read, linted and settled (positions and in-source
   * suppressions applied) and its objects are dropped. Rules that look across the run read other files on
   * demand (`run.objectsOf(kind)` reads only files that may hold the kind). The report is the same as
   * `addFile` for every file, then `lintObjects` on all their objects, then `report()`.
   */
  lintRun(sources: readonly RunSource[]): LintReport {
    for (const s of sources) this.registerFile(s.path);
    const run = this.streamRun(sources);
    for (const source of sources) this.lintSource(source, run);
    return this.report();
  }

  /**
   * The RunInfo of a streaming run over these sources (see `lintRun`). `candidates`: for some kinds, the
   * indexes of the only sources that may hold them (a worker thread gets them from the main thread).
   */
  streamRun(sources: readonly RunSource[], candidates?: ReadonlyMap<string, ReadonlySet<number>>): RunInfo {
    return new StreamRun(sources, () => new LintSession(this.rules, this.resolver, this.options), candidates);
  }

  /** The kinds this session's rules say they read across the run (`meta.runObjects`). */
  runObjectKinds(): string[] {
    return [...new Set(this.rules.flatMap((r) => r.meta.runObjects ?? []))];
  }

  /** Read, lint and settle one source of a streaming run (a file that cannot be read is settled alone). */
  lintSource(source: RunSource, run: RunInfo): void {
    const file = source.read();
    if (file) this.lintFile(file, run);
    else this.settle(new Set([source.path]), []);
  }

  /**
   * Hand over the settled findings and suppression problems made so far (a worker thread sends them to the
   * session that reports, which takes them with `addSettled` in file order).
   */
  takeSettled(): { findings: Finding[]; problems: Finding[] } {
    const findings = this.findings.splice(0, this.settled);
    this.settled = 0;
    return { findings, problems: this.problems.splice(0) };
  }

  /** Take findings settled by another session of the same run (in the order they were made). */
  addSettled(part: { findings: readonly Finding[]; problems: readonly Finding[] }): void {
    if (this.settled < this.findings.length) throw new Error('addSettled: this session has unsettled findings');
    for (const f of part.findings) this.findings.push(f);
    this.settled = this.findings.length;
    for (const p of part.problems) this.problems.push(p);
  }

  /** What this session has counted and which config suppressions it used (to merge into another session). */
  tally(): SessionTally {
    return { stats: { ...this.stats }, usedConfig: this.suppressor.usedConfig() };
  }

  /** Merge another session's tally (see `tally`). */
  addTally(t: SessionTally): void {
    this.stats.files += t.stats.files;
    this.stats.documents += t.stats.documents;
    this.stats.objects += t.stats.objects;
    this.stats.skipped += t.stats.skipped;
    this.suppressor.addUsedConfig(t.usedConfig);
  }

  /** Read, lint and settle one file against the given run (see `lintRun`); its objects are not kept. */
  lintFile(file: SourceFile, run: RunInfo): void {
    const from = this.findings.length;
    const objects = this.addFile(file);
    this.runRules(objects, run, 'create');
    if (this.findings.length > from || this.inline.has(file.path) || objects.length > 0) this.settle(new Set([file.path]), objects);
  }

  private get suppressor(): Suppressor {
    return (this.suppressorOf ??= new Suppressor({
      configPathOf: (file) => this.fileConfigs.get(file)?.configPath ?? file,
      knownRules: this.ruleIds,
      settings: this.resolver.suppressionSettings,
      severityFor: (file) => this.enabled(this.fileConfigs.get(file)?.config ?? this.resolver.resolve(file), SUPPRESSION_RULE_ID)?.severity,
    }));
  }

  /**
   * Apply the in-source suppressions of these files and objects, and the config entries, to the findings made
   * since the last settle; the files' directives are then forgotten.
   */
  private settle(files: ReadonlySet<string>, objects: readonly LoadedObject[]): void {
    const inline = new Map<string, InlineSuppression[]>();
    for (const file of files) {
      const directives = this.inline.get(file);
      if (directives) inline.set(file, directives);
      this.inline.delete(file);
    }
    const { findings, problems } = this.suppressor.applyGroup({
      findings: this.findings.slice(this.settled),
      objects,
      objectOf: (f) => this.objectOfFinding.get(f),
      inline,
      regionOf: (object, path) => {
        const o = object as LoadedObject;
        return o.lines.region(locate(o.pos, [...o.basePath, ...path]));
      },
    });
    for (let i = 0; i < findings.length; i++) {
      // Settled findings no longer need their object: let it (and its positions) be collected.
      this.objectOfFinding.delete(this.findings[this.settled + i]!);
      this.findings[this.settled + i] = findings[i]!;
    }
    this.settled = this.findings.length;
    this.problems.push(...problems);
  }

  /** Run the update rules on an old/new pair; findings sit in the new object, with the old position. */
  lintUpdate(previous: LoadedObject, current: LoadedObject, run: RunInfo, subresource?: UpdateInfo['subresource']): void {
    const update: UpdateInfo = subresource ? { previous, current, subresource } : { previous, current };
    this.linted.add(current);
    for (const enabled of this.activeRules(current, 'pair')) {
      try {
        const visitors = enabled.rule.create(this.context(enabled, current, run, previous));
        visitors.update?.(update);
      } catch (e) {
        throw ruleCrash(enabled.rule.id, current, e);
      }
    }
  }

  /** Add an already-made finding (e.g. an internal error on one file). */
  addFinding(finding: Finding): void {
    if (!this.fileOrder.has(finding.file)) this.fileOrder.set(finding.file, this.fileOrder.size);
    this.findings.push(finding);
  }

  /**
   * The sorted findings and the summary. Suppressions (inline comments, annotations, config `ignores`, a
   * baseline) are applied here: suppressed findings stay in the list with `suppressed` set and count in
   * `summary.suppressed`, not in errors/warnings/infos; problems with suppressions are `suppression` findings.
   */
  report(): LintReport {
    if (this.settled < this.findings.length || this.linted.size > 0) {
      const linted = [...this.linted];
      // Directives of files that were only read (the old side of a diff) are not this run's suppressions.
      const relevant = new Set<string>();
      for (const o of linted) relevant.add(o.file);
      for (let i = this.settled; i < this.findings.length; i++) relevant.add(this.findings[i]!.file);
      this.settle(relevant, linted);
      this.linted.clear();
    }
    const end = this.suppressor.finish(this.findings);
    const problems = [...this.problems, ...end.problems];
    for (const p of problems) if (!this.fileOrder.has(p.file)) this.fileOrder.set(p.file, this.fileOrder.size);
    const findings = [...end.findings, ...problems].sort((a, b) => compareFindings(a, b, this.fileOrder));
    const { errors, warnings, infos } = countSeverities(findings);
    return {
      kubernetesVersion: formatVersion(this.resolver.kubernetesVersion),
      findings,
      // Written out: spreading objects here cost more than the rest of a webhook review's report.
      summary: {
        files: this.stats.files,
        documents: this.stats.documents,
        objects: this.stats.objects,
        skipped: this.stats.skipped,
        errors,
        warnings,
        infos,
        suppressed: findings.filter((f) => f.suppressed).length,
      },
    };
  }
}

/** Lint a set of files in one run (cross-object rules see every object of the run). */
export function lintSources(files: readonly SourceFile[], rules: readonly AnyRule[], resolver: ConfigResolver): LintReport {
  return new LintSession(rules, resolver).lintRun(files.map(textSource));
}
