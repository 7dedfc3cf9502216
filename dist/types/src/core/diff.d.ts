import type { JsonObject } from '../k8s/values.js';
/** What pairing needs of an object (an `ObjectInfo` has all of it). */
export interface PairableObject {
    readonly value: JsonObject;
    readonly apiVersion: string;
    readonly kind: string;
    readonly name: string | undefined;
    readonly namespace: string | undefined;
}
export interface PairingOptions {
    /** Namespace of objects that name none (`--namespace`; default `default`). */
    defaultNamespace?: string;
    /**
     * The user named one old and one new object (two files holding one object each): pair them when they
     * have the same API group and kind, even if the name or namespace changed.
     */
    pairSingle?: boolean;
}
export interface ObjectPair<T> {
    previous: T;
    current: T;
}
export interface Pairing<T> {
    /** Updates: old and new versions of the same object, in the order of the new objects. */
    pairs: ObjectPair<T>[];
    /** New objects with no old version. */
    created: T[];
    /** Old objects with no new version. */
    deleted: T[];
}
/** `group/kind`: the part of an object's identity that never changes across an update. */
export declare function groupKind(o: PairableObject): string;
/** The identity an object is paired by: API group, kind, namespace (or the default) and name. */
export declare function objectKey(o: PairableObject, defaultNamespace?: string): string | undefined;
/**
 * Pair old and new objects: first by the same non-empty `metadata.uid` (same group and kind, whatever the
 * names), then by group, kind, namespace and name. With `pairSingle`, one old and one new object of the
 * same group and kind are paired whatever their names. Everything else is created or deleted.
 */
export declare function pairObjects<T extends PairableObject>(oldObjects: readonly T[], newObjects: readonly T[], options?: PairingOptions): Pairing<T>;
