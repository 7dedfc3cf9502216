import type { FieldPath } from '../k8s/path.js';
import type { ContainerInfo, PodSpecInfo } from '../k8s/pod-spec.js';
import type { KubeVersion } from '../k8s/versions.js';
import type { JsonObject, JsonValue } from '../k8s/values.js';
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
/**
 * `syntax`: the file cannot be read as kubectl reads it. `validity`: the API server of the target version
 * rejects the object. `security`: privileged misuse and Pod Security Standards. `pitfall`: accepted, but
 * misbehaves at run time.
 */
export type Category = 'syntax' | 'validity' | 'security' | 'pitfall';
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';
/** A JSON Schema (draft-07) for a rule's options object. */
export type OptionsSchema = {
    [key: string]: unknown;
};
export interface RuleMeta<MessageIds extends string = string> {
    /** Imperative phrase without a period: "Disallow privileged containers". */
    description: string;
    category: Category;
    /** Default severity. Rules in the `validity` category default to `error`. */
    severity: Severity;
    /** What to do about a finding: imperative sentence(s) ending with a period. */
    remediation: string;
    /** messageId -> template with `{{placeholder}}`s; `{{path}}` is the reported field path. */
    messages: Record<MessageIds, string>;
    /** Kubernetes versions the rule applies to (inclusive); the engine skips it outside them. */
    kubernetes?: {
        since?: string;
        until?: string;
    };
    /** For Pod Security Standards checks: the level whose policy the check belongs to, and its check id. */
    podSecurity?: {
        level: 'baseline' | 'restricted';
        check: string;
    };
    /** JSON Schema of the options object. */
    schema?: OptionsSchema;
    /** False keeps the rule out of the `recommended` preset (default true). */
    recommended?: boolean;
    /** Documentation URL, for plugin rules (built-in rules leave it unset: it derives from the id). */
    url?: string;
    /**
     * When the rule's checks apply: `create` (objects as they are created; not on the new side of an update),
     * `update` (only to old/new pairs), `always` (default).
     */
    phase?: 'create' | 'update' | 'always';
    /**
     * Kinds the rule reads with `context.run.objectsOf` (a hint: a run on worker threads looks for objects of
     * these kinds once, on the main thread, instead of once per thread; other kinds work too).
     */
    runObjects?: readonly string[];
}
/** Where the object being linted came from. */
export interface ObjectInfo {
    readonly value: JsonObject;
    readonly apiVersion: string;
    readonly kind: string;
    readonly name: string | undefined;
    readonly namespace: string | undefined;
    readonly file: string;
    /** 0-based document index within the file. */
    readonly document: number;
    /** Path of the object within its document: [] or `['items', i]` in a `kind: List`. */
    readonly basePath: FieldPath;
    /** The pod of a pod-bearing object. */
    readonly podSpec: PodSpecInfo | undefined;
}
/** Settings that apply to the file being linted (after config overrides). */
export interface RuleSettings {
    readonly kubernetesVersion: KubeVersion;
    readonly podSecurityLevel: PodSecurityLevel;
    readonly cluster: {
        readonly allowPrivileged: boolean;
    };
    /** True when the file matches the config's `staticPodPaths`. */
    readonly staticPod: boolean;
}
/** The other objects of the current run, for rules that look across objects (Services, Namespaces, …). */
export interface RunInfo {
    /**
     * Every object of the run, in file order. A streaming lint run (the CLI's) reads it only when a rule asks,
     * and then holds every object in memory: prefer `objectsOf`.
     */
    readonly objects: readonly ObjectInfo[];
    /** The objects of one kind, in file order (a streaming run reads only files that may hold that kind). */
    objectsOf?(kind: string): readonly ObjectInfo[];
}
/** The run's objects of one kind, in file order (`run.objectsOf` when the run has it). */
export declare function runObjectsOf(run: RunInfo, kind: string): readonly ObjectInfo[];
export interface UpdateInfo {
    readonly previous: ObjectInfo;
    readonly current: ObjectInfo;
    /** Set when the update is sent to a subresource rather than the object itself. */
    readonly subresource?: 'resize' | 'ephemeralcontainers';
}
export interface ReportDescriptor<MessageIds extends string> {
    messageId: MessageIds;
    data?: Record<string, string | number | boolean>;
    /** Field path relative to the object (never a line number). */
    path: FieldPath;
    /** For update rules: the field in the previous object, reported with its position and value. */
    previousPath?: FieldPath;
    /** Override the configured severity for this finding (rare: rules whose level depends on the case). */
    severity?: Severity;
}
export interface RuleContext<MessageIds extends string = string, Options = Record<string, unknown>> {
    readonly id: string;
    /** Options merged over the rule's defaults. */
    readonly options: Options;
    readonly settings: RuleSettings;
    readonly object: ObjectInfo;
    readonly run: RunInfo;
    report(descriptor: ReportDescriptor<MessageIds>): void;
}
export interface RuleVisitors {
    /** Every object (any kind). */
    object?(object: ObjectInfo): void;
    /** The pod (or pod template) of every pod-bearing object. */
    podSpec?(pod: PodSpecInfo): void;
    /** Every container of every role, in API-server order. */
    container?(container: ContainerInfo, pod: PodSpecInfo): void;
    /** An old/new pair of the same object (diff mode and the webhook's UPDATE). */
    update?(update: UpdateInfo): void;
}
export interface RuleModule<MessageIds extends string = string, Options = Record<string, unknown>> {
    readonly id: string;
    readonly meta: RuleMeta<MessageIds>;
    readonly defaultOptions?: Options;
    create(context: RuleContext<MessageIds, Options>): RuleVisitors;
}
/** A rule of any message ids and options, as the engine holds them. */
export type AnyRule = RuleModule<string, unknown>;
/** Identity helper that gives rules full type inference (like typescript-eslint's createRule). */
export declare function defineRule<MessageIds extends string, Options = Record<string, unknown>>(rule: RuleModule<MessageIds, Options>): RuleModule<MessageIds, Options>;
export type { JsonObject, JsonValue };
