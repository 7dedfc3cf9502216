/** A Kubernetes minor version, e.g. `{ major: 1, minor: 37 }`. */
export interface KubeVersion {
    readonly major: number;
    readonly minor: number;
}
/** The oldest and newest versions whose semantics podlint models. The newest is the default target. */
export declare const OLDEST_VERSION = "1.27";
export declare const NEWEST_VERSION = "1.37";
/** Parse `1.30`, `v1.30` or `1.30.2`; undefined when it is not a version. */
export declare function parseVersion(text: string): KubeVersion | undefined;
export declare function compareVersions(a: KubeVersion, b: KubeVersion): number;
export declare function formatVersion(v: KubeVersion): string;
/** True when `v` is within the supported range. */
export declare function isSupportedVersion(v: KubeVersion): boolean;
/** `v >= other` (other as text, e.g. `atLeast(v, '1.29')`). */
export declare function atLeast(v: KubeVersion, other: string): boolean;
/** Whether `v` lies in the inclusive range `[since, until]` (either bound optional). */
export declare function inRange(v: KubeVersion, range: {
    since?: string;
    until?: string;
} | undefined): boolean;
