import type { PosNode } from '../manifest/parse.js';
import { LineIndex } from '../manifest/positions.js';
import type { JsonValue } from '../k8s/values.js';
import type { ConfigResolver } from './config.js';
import type { ResolvedFileConfig } from './config.js';
import type { Finding, LintReport } from './report.js';
import type { AnyRule, ObjectInfo, RunInfo, UpdateInfo } from './rule.js';
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
    private activeRules;
    private static visit;
    /** Run the object rules on each object. `phase: 'update'` skips checks that apply only on create. */
    lintObjects(objects: readonly LoadedObject[], run?: RunInfo, phase?: Phase): void;
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
