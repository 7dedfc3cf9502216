import type { PosNode } from '../manifest/parse.js';
import { LineIndex } from '../manifest/positions.js';
import type { JsonValue } from '../k8s/values.js';
import type { ConfigResolver } from './config.js';
import type { EnabledRule, ResolvedFileConfig } from './config.js';
import type { Finding, LintReport, Summary } from './report.js';
import type { AnyRule, ObjectInfo, ReportDescriptor, RunInfo, UpdateInfo } from './rule.js';
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
export declare function textMayHold(text: string, kind: string): boolean;
/** A run over objects in memory: `objectsOf` filters them (once per kind). */
export declare function runOf(objects: readonly ObjectInfo[]): RunInfo;
/** A RunSource over a text already in memory. */
export declare function textSource(file: SourceFile): RunSource;
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
/** Whether new sessions use the fast path unless told otherwise. */
export declare function fastPathDefault(): boolean;
/**
 * @internal Switch the fast path on or off for sessions created afterwards (tests compare whole reports with
 * it on and off). Returns the previous setting.
 */
export declare function setFastPathDefault(enabled: boolean): boolean;
/** A session's counts and the config suppressions it used (see `LintSession.tally`). */
export interface SessionTally {
    stats: Pick<Summary, 'files' | 'documents' | 'objects' | 'skipped'>;
    usedConfig: [number, string][];
}
/** Which rules run on an object: a created object, or the new side of an update (no create-only checks). */
export type Phase = 'create' | 'update';
/**
 * One lint run. Add files, then lint their objects (and, in diff mode, old/new pairs); `report()` gives
 * the sorted findings and the summary. Rules are passed in: built-ins and plugins alike.
 */
export declare class LintSession {
    private readonly options;
    readonly rules: readonly AnyRule[];
    private readonly ruleIds;
    readonly resolver: ConfigResolver;
    private readonly findings;
    private readonly fileOrder;
    private readonly stats;
    /** Suppression bookkeeping: inline directives per file, linted objects, the object of each rule finding. */
    private readonly inline;
    private readonly linted;
    private readonly objectOfFinding;
    private readonly fileConfigs;
    /** Findings before this index already had their in-source and config suppressions applied (`settle`). */
    private settled;
    /** Findings of the `suppression` rule made while settling. */
    private readonly problems;
    private suppressorOf;
    /** `freeze`: deep-freeze every object before rules see it (the RuleTester uses it to catch mutation). */
    constructor(rules: readonly AnyRule[], resolver: ConfigResolver, options?: LintSessionOptions);
    private enabled;
    private pushSyntax;
    /** Parse a file and return its objects; syntax problems become findings. Never throws on bad input. */
    addFile(file: SourceFile): LoadedObject[];
    /** The objects of one (non-null) document; a document holding none counts as skipped. */
    private loadDocument;
    /**
     * Add an already-parsed object (the webhook's AdmissionReview `object`): no text is re-serialised or
     * re-parsed. Findings on it carry the field path; their line and column are 1:1 (there is no source).
     */
    addValue(value: JsonValue, name: string): LoadedObject[];
    private objectsOf;
    private loadObject;
    /** Build a located finding for a report made by a rule on `object`. */
    private locateFinding;
    private context;
    /** @internal A rule's report (through its Context): locate it and keep it. */
    addReport(enabled: EnabledRule, object: LoadedObject, d: ReportDescriptor<string>, previous: LoadedObject | undefined): void;
    private activeRules;
    private static computeActiveRules;
    private static visit;
    /** Run the object rules on each object. `phase: 'update'` skips checks that apply only on create. */
    lintObjects(objects: readonly LoadedObject[], run?: RunInfo, phase?: Phase): void;
    private runRules;
    /** Give a file its place in the report's order before it is read (files are reported in this order). */
    registerFile(path: string): void;
    /**
     * Lint a run of files, streaming: each file is read, linted and settled (positions and in-source
     * suppressions applied) and its objects are dropped. Rules that look across the run read other files on
     * demand (`run.objectsOf(kind)` reads only files that may hold the kind). The report is the same as
     * `addFile` for every file, then `lintObjects` on all their objects, then `report()`.
     */
    lintRun(sources: readonly RunSource[]): LintReport;
    /**
     * The RunInfo of a streaming run over these sources (see `lintRun`). `candidates`: for some kinds, the
     * indexes of the only sources that may hold them (a worker thread gets them from the main thread).
     */
    streamRun(sources: readonly RunSource[], candidates?: ReadonlyMap<string, ReadonlySet<number>>): RunInfo;
    /** The kinds this session's rules say they read across the run (`meta.runObjects`). */
    runObjectKinds(): string[];
    /** Read, lint and settle one source of a streaming run (a file that cannot be read is settled alone). */
    lintSource(source: RunSource, run: RunInfo): void;
    /**
     * Hand over the settled findings and suppression problems made so far (a worker thread sends them to the
     * session that reports, which takes them with `addSettled` in file order).
     */
    takeSettled(): {
        findings: Finding[];
        problems: Finding[];
    };
    /** Take findings settled by another session of the same run (in the order they were made). */
    addSettled(part: {
        findings: readonly Finding[];
        problems: readonly Finding[];
    }): void;
    /** What this session has counted and which config suppressions it used (to merge into another session). */
    tally(): SessionTally;
    /** Merge another session's tally (see `tally`). */
    addTally(t: SessionTally): void;
    /** Read, lint and settle one file against the given run (see `lintRun`); its objects are not kept. */
    lintFile(file: SourceFile, run: RunInfo): void;
    private get suppressor();
    /**
     * Apply the in-source suppressions of these files and objects, and the config entries, to the findings made
     * since the last settle; the files' directives are then forgotten.
     */
    private settle;
    /** Run the update rules on an old/new pair; findings sit in the new object, with the old position. */
    lintUpdate(previous: LoadedObject, current: LoadedObject, run: RunInfo, subresource?: UpdateInfo['subresource']): void;
    /** Add an already-made finding (e.g. an internal error on one file). */
    addFinding(finding: Finding): void;
    /**
     * The sorted findings and the summary. Suppressions (inline comments, annotations, config `ignores`, a
     * baseline) are applied here: suppressed findings stay in the list with `suppressed` set and count in
     * `summary.suppressed`, not in errors/warnings/infos; problems with suppressions are `suppression` findings.
     */
    report(): LintReport;
}
/** Lint a set of files in one run (cross-object rules see every object of the run). */
export declare function lintSources(files: readonly SourceFile[], rules: readonly AnyRule[], resolver: ConfigResolver): LintReport;
