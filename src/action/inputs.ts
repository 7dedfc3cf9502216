// The Action's inputs, read from `INPUT_<NAME>` as the runner sets them, and validated (the runner
// enforces neither `required` nor allowed values).
import type { PodSecurityLevel } from '../core/rule.js';
import { isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION, parseVersion } from '../k8s/versions.js';

export class ActionInputError extends Error {}

export type Mode = 'auto' | 'lint' | 'diff';
export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  /** Files, directories or globs, one per line (default `.`). */
  paths: string[];
  mode: Mode;
  /** Git ref or commit to diff against; empty: the pull request's base from the event payload. */
  baseRef: string | undefined;
  config: string | undefined;
  kubernetesVersion: string | undefined;
  podSecurityLevel: PodSecurityLevel | undefined;
  sarifFile: string;
  failOn: FailOn;
  maxAnnotations: number;
}

export const DEFAULT_MAX_ANNOTATIONS = 10;

/** `core.getInput`: `INPUT_` + the name upper-cased with spaces as `_` (dashes are kept), trimmed. */
export function getInput(env: Record<string, string | undefined>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ActionInputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
}

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const paths = getInput(env, 'paths')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'));
  const version = getInput(env, 'kubernetes-version');
  if (version !== '') {
    const parsed = parseVersion(version);
    if (!parsed || !isSupportedVersion(parsed)) {
      throw new ActionInputError(`Input "kubernetes-version" must be ${OLDEST_VERSION} to ${NEWEST_VERSION}; got "${version}".`);
    }
  }
  const level = getInput(env, 'pod-security-level');
  const maxText = getInput(env, 'max-annotations');
  const maxAnnotations = maxText === '' ? DEFAULT_MAX_ANNOTATIONS : Number(maxText);
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0) {
    throw new ActionInputError(`Input "max-annotations" must be a non-negative integer; got "${maxText}".`);
  }
  const optional = (name: string): string | undefined => {
    const v = getInput(env, name);
    return v === '' ? undefined : v;
  };
  return {
    paths: paths.length > 0 ? paths : ['.'],
    mode: oneOf('mode', getInput(env, 'mode'), ['auto', 'lint', 'diff'] as const, 'auto'),
    baseRef: optional('base-ref'),
    config: optional('config'),
    kubernetesVersion: version === '' ? undefined : version,
    podSecurityLevel: level === '' ? undefined : oneOf('pod-security-level', level, ['privileged', 'baseline', 'restricted'] as const, 'baseline'),
    sarifFile: optional('sarif-file') ?? 'podlint.sarif',
    failOn: oneOf('fail-on', getInput(env, 'fail-on'), ['error', 'warning', 'never'] as const, 'error'),
    maxAnnotations,
  };
}
