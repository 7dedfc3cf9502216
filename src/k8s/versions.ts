// Kubernetes minor versions podlint knows: parsing, comparison and the supported range.

/** A Kubernetes minor version, e.g. `{ major: 1, minor: 37 }`. */
export interface KubeVersion {
  readonly major: number;
  readonly minor: number;
}

/** The oldest and newest versions whose semantics podlint models. The newest is the default target. */
export const OLDEST_VERSION = '1.27';
export const NEWEST_VERSION = '1.37';

const VERSION_RE = /^v?(\d+)\.(\d+)(?:\.\d+)?$/;

/** Parse `1.30`, `v1.30` or `1.30.2`; undefined when it is not a version. */
export function parseVersion(text: string): KubeVersion | undefined {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export function compareVersions(a: KubeVersion, b: KubeVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

export function formatVersion(v: KubeVersion): string {
  return `${v.major}.${v.minor}`;
}

// Version literals in rules (`atLeast(v, '1.29')`, `meta.kubernetes`) are parsed once: this runs per rule
// per object.
const LITERALS = new Map<string, KubeVersion>();

function must(text: string): KubeVersion {
  const cached = LITERALS.get(text);
  if (cached !== undefined) return cached;
  const v = parseVersion(text);
  if (!v) throw new Error(`not a Kubernetes version: ${text}`);
  const frozen = Object.freeze(v);
  // The literals are a small fixed set; a bound keeps arbitrary input from growing the map.
  if (LITERALS.size < 1024) LITERALS.set(text, frozen);
  return frozen;
}

/** True when `v` is within the supported range. */
export function isSupportedVersion(v: KubeVersion): boolean {
  return compareVersions(v, must(OLDEST_VERSION)) >= 0 && compareVersions(v, must(NEWEST_VERSION)) <= 0;
}

/** `v >= other` (other as text, e.g. `atLeast(v, '1.29')`). */
export function atLeast(v: KubeVersion, other: string): boolean {
  return compareVersions(v, must(other)) >= 0;
}

/** Whether `v` lies in the inclusive range `[since, until]` (either bound optional). */
export function inRange(v: KubeVersion, range: { since?: string; until?: string } | undefined): boolean {
  if (!range) return true;
  if (range.since && compareVersions(v, must(range.since)) < 0) return false;
  if (range.until && compareVersions(v, must(range.until)) > 0) return false;
  return true;
}
