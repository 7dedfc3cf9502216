// Pairs the objects of an old and a new set of manifests: which new object is an update of which old one,
// which are created, which are deleted. Pure: works on already-loaded objects.
import { apiGroup } from '../k8s/pod-spec.js';
import { dig, str } from '../k8s/values.js';
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
export function groupKind(o: PairableObject): string {
  return `${apiGroup(o.apiVersion)}/${o.kind}`;
}

/** The identity an object is paired by: API group, kind, namespace (or the default) and name. */
export function objectKey(o: PairableObject, defaultNamespace = 'default'): string | undefined {
  if (o.name === undefined || o.name === '') return undefined;
  return JSON.stringify([apiGroup(o.apiVersion), o.kind, o.namespace ?? defaultNamespace, o.name]);
}

function uidOf(o: PairableObject): string | undefined {
  const uid = str(dig(o.value, 'metadata', 'uid'));
  return uid === undefined || uid === '' ? undefined : uid;
}

/**
 * Pair old and new objects: first by the same non-empty `metadata.uid` (same group and kind, whatever the
 * names), then by group, kind, namespace and name. With `pairSingle`, one old and one new object of the
 * same group and kind are paired whatever their names. Everything else is created or deleted.
 */
export function pairObjects<T extends PairableObject>(oldObjects: readonly T[], newObjects: readonly T[], options: PairingOptions = {}): Pairing<T> {
  const ns = options.defaultNamespace ?? 'default';
  const usedOld = new Set<number>();
  const match = new Map<number, number>(); // new index -> old index

  if (options.pairSingle && oldObjects.length === 1 && newObjects.length === 1 && groupKind(oldObjects[0]!) === groupKind(newObjects[0]!)) {
    match.set(0, 0);
    usedOld.add(0);
  }

  const byUid = new Map<string, number[]>();
  oldObjects.forEach((o, i) => {
    const uid = uidOf(o);
    if (uid !== undefined) byUid.set(`${groupKind(o)} ${uid}`, [...(byUid.get(`${groupKind(o)} ${uid}`) ?? []), i]);
  });
  newObjects.forEach((n, j) => {
    if (match.has(j)) return;
    const uid = uidOf(n);
    if (uid === undefined) return;
    const i = byUid.get(`${groupKind(n)} ${uid}`)?.find((k) => !usedOld.has(k));
    if (i === undefined) return;
    match.set(j, i);
    usedOld.add(i);
  });

  const byKey = new Map<string, number[]>();
  oldObjects.forEach((o, i) => {
    if (usedOld.has(i)) return;
    const key = objectKey(o, ns);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  newObjects.forEach((n, j) => {
    if (match.has(j)) return;
    const key = objectKey(n, ns);
    if (key === undefined) return;
    const i = byKey.get(key)?.find((k) => !usedOld.has(k));
    if (i === undefined) return;
    match.set(j, i);
    usedOld.add(i);
  });

  const pairs: ObjectPair<T>[] = [];
  const created: T[] = [];
  newObjects.forEach((n, j) => {
    const i = match.get(j);
    if (i === undefined) created.push(n);
    else pairs.push({ previous: oldObjects[i]!, current: n });
  });
  const deleted = oldObjects.filter((_, i) => !usedOld.has(i));
  return { pairs, created, deleted };
}
