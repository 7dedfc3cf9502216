import type { PodSecurityLevel, RuleContext, RuleVisitors } from '../core/rule.js';
import type { FieldPath } from './path.js';
import type { ContainerInfo, PodSpecInfo } from './pod-spec.js';
import type { JsonObject } from './values.js';
import type { KubeVersion } from './versions.js';
export type PssLevel = 'baseline' | 'restricted';
export type PssCheckId = 'privileged' | 'capabilities_baseline' | 'hostNamespaces' | 'hostPathVolumes' | 'hostPorts' | 'hostProbesAndHostLifecycle' | 'procMount' | 'seLinuxOptions' | 'seccompProfile_baseline' | 'sysctls' | 'windowsHostProcess' | 'appArmorProfile' | 'allowPrivilegeEscalation' | 'capabilities_restricted' | 'runAsNonRoot' | 'runAsUser' | 'seccompProfile_restricted' | 'restrictedVolumes' | 'procMount_restricted';
export interface PssCheckDef {
    readonly id: PssCheckId;
    readonly level: PssLevel;
    /** The first policy version that has the check. */
    readonly since: string;
    /** At the restricted level, from `since`, this check replaces a baseline check (PSA's OverrideCheckIDs). */
    readonly overrides?: {
        readonly check: PssCheckId;
        readonly since: string;
    };
}
/** Every check, in pod-security-admission's order (baseline first). */
export declare const PSS_CHECKS: readonly PssCheckDef[];
export declare function pssCheck(id: PssCheckId): PssCheckDef;
/** The Pod Security policy an object is evaluated against. */
export interface PodSecurityPolicy {
    readonly level: PodSecurityLevel;
    readonly version: KubeVersion;
    /** `settings` (config / --pod-security-level and the target version) or `namespace` (enforce labels). */
    readonly source: 'settings' | 'namespace';
}
export declare const ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
export declare const ENFORCE_VERSION_LABEL = "pod-security.kubernetes.io/enforce-version";
/** Parse an enforce-version label: `latest` or `v1.N` (as PSA reads it); undefined when invalid. */
export declare function parsePolicyVersion(label: string, latest: KubeVersion): KubeVersion | undefined;
interface PolicyInputs {
    readonly settings: {
        readonly kubernetesVersion: KubeVersion;
        readonly podSecurityLevel: PodSecurityLevel;
    };
    readonly object: {
        readonly namespace: string | undefined;
    };
    readonly run: {
        readonly objects: readonly RunObject[];
        objectsOf?(kind: string): readonly RunObject[];
    };
}
interface RunObject {
    readonly apiVersion: string;
    readonly kind: string;
    readonly name: string | undefined;
    readonly value: JsonObject;
}
/**
 * The policy for an object: the configured level at the target version, unless a Namespace of the same
 * run, named like the object's `metadata.namespace`, carries the enforce labels. As Pod Security admission
 * reads them: a missing enforce-version means `latest` (the target version); an enforce level that does not
 * parse fails closed to `restricted`, an enforce-version that does not parse to `latest`.
 */
export declare function resolvePodSecurityPolicy({ settings, object, run }: PolicyInputs): PodSecurityPolicy;
/**
 * The policy for the object a rule is looking at (as resolvePodSecurityPolicy). Every Pod Security rule asks
 * for every pod: for a pod-bearing object it is computed once per run and settings, and kept on its pod.
 */
export declare function podSecurityPolicyFor(inputs: PolicyInputs & {
    readonly object: {
        readonly podSpec?: PodSpecInfo | undefined;
    };
}): PodSecurityPolicy;
/** `baseline:v1.30`, as PSA names a policy. */
export declare function formatPolicy(policy: PodSecurityPolicy): string;
/** Whether `check` is evaluated under `policy`: its level is enforced, it exists at the version, and no restricted check replaces it. */
export declare function isCheckActive(id: PssCheckId, policy: Pick<PodSecurityPolicy, 'level' | 'version'>): boolean;
/** One failed check item. */
export interface PssFailure {
    readonly check: PssCheckId;
    readonly level: PssLevel;
    /** The field that decides, or the container when a required field is missing everywhere. */
    readonly path: FieldPath;
    /** PSA's reason text (`host namespaces`, `runAsNonRoot != true`, …). */
    readonly reason: string;
    /** What is wrong with this item, in PSA's wording (`container "web" uses hostPort 8080`). */
    readonly detail: string;
    readonly container?: ContainerInfo;
}
/** Volume sources the restricted policy allows. */
export declare const RESTRICTED_VOLUME_TYPES: ReadonlySet<string>;
/** Evaluate one check at a policy version (whether or not the level enforces it). */
export declare function evaluateCheck(id: PssCheckId, pod: PodSpecInfo, version: KubeVersion): PssFailure[];
/** Every failure of the checks `policy` enforces, in PSA's check order. */
export declare function evaluatePodSecurity(pod: PodSpecInfo, policy: Pick<PodSecurityPolicy, 'level' | 'version'>): PssFailure[];
/** The highest level a pod satisfies at `version` (what PSA would allow it under). */
export declare function podSecurityLevelOf(pod: PodSpecInfo, version: KubeVersion): PodSecurityLevel;
/** Message data every Pod Security rule's message uses: `{{policy}}`, `{{reason}}`, `{{detail}}`, `{{check}}`. */
export type PodSecurityMessageIds = 'violation';
/**
 * The visitors of a rule for one Pod Security check: it resolves the policy for the object (settings or
 * Namespace labels), skips when the policy does not enforce the check, and reports each failure at its path.
 */
export declare function podSecurityVisitors(ctx: RuleContext<PodSecurityMessageIds, unknown>, id: PssCheckId): RuleVisitors;
export {};
