// The JSON Schema of `.podlint.yaml` (also written to `schemas/podlint-config.schema.json`). Kept apart from the
// validation code so that scripts/gen-validators.ts can compile it into src/core/_generated-validators.ts.
import { NEWEST_VERSION, OLDEST_VERSION } from '../k8s/versions.js';
import { PRESETS } from './presets.js';

const severitySchema = { enum: ['off', 'info', 'warning', 'error'] };
const ruleSettingSchema = {
  oneOf: [
    severitySchema,
    {
      type: 'object',
      additionalProperties: false,
      properties: { severity: severitySchema, options: { type: 'object' } },
    },
  ],
};
const versionSchema = { type: 'string', pattern: '^v?\\d+\\.\\d+(\\.\\d+)?$' };
const levelSchema = { enum: ['privileged', 'baseline', 'restricted'] };
const rulesSchema = { type: 'object', additionalProperties: ruleSettingSchema };
const stringOrListSchema = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] };

/** JSON Schema of the configuration file (also written to `schemas/podlint-config.schema.json`). */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/podlint/podlint/blob/main/schemas/podlint-config.schema.json',
  title: 'podlint configuration (.podlint.yaml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    kubernetesVersion: { ...versionSchema, description: `Target Kubernetes version, ${OLDEST_VERSION} to ${NEWEST_VERSION} (quote it: "1.30").` },
    podSecurityLevel: { ...levelSchema, description: 'Pod Security Standards level to check against.' },
    rules: { ...rulesSchema, description: 'Per-rule severity (off, info, warning, error) and options.' },
    ignorePatterns: { type: 'array', items: { type: 'string' }, description: 'Gitignore-style patterns of files not to lint.' },
    overrides: {
      type: 'array',
      description: 'Settings for files matching path globs; later entries win.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { type: 'array', items: { type: 'string' }, minItems: 1 },
          kubernetesVersion: versionSchema,
          podSecurityLevel: levelSchema,
          rules: rulesSchema,
        },
      },
    },
    maxFileSize: { type: 'integer', minimum: 1, description: 'Files larger than this many bytes are reported, not parsed.' },
    cluster: {
      type: 'object',
      additionalProperties: false,
      description: 'How the target cluster is configured.',
      properties: { allowPrivileged: { type: 'boolean', description: 'kube-apiserver --allow-privileged (kubeadm and kind: true).' } },
    },
    staticPodPaths: { type: 'array', items: { type: 'string' }, description: 'Globs of static pod manifests.' },
    extends: { enum: [...PRESETS], description: 'Preset that `rules:` apply over: recommended (default), all, validity-only. Validity rules stay on in every preset.' },
    plugins: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Local ES modules exporting custom rules made with defineRule (paths relative to this file).',
    },
    strict: { type: 'boolean', description: 'Honour only `ignores` (not inline comments, not annotations), as --strict does.' },
    ignores: {
      type: 'array',
      description: 'Findings to suppress. Every selector given must match; each entry needs a reason and may expire.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        properties: {
          rule: { ...stringOrListSchema, description: 'Rule id or ids (default: every rule).' },
          kind: { ...stringOrListSchema, description: 'Object kind or kinds, e.g. DaemonSet.' },
          namespace: { type: 'string', description: 'Namespace glob (* and ?).' },
          name: { type: 'string', description: 'Object name glob (* and ?).' },
          container: { type: 'string', description: 'Container name glob: only findings inside a matching container.' },
          image: { type: 'string', description: 'Image glob: only findings inside a container whose image matches.' },
          files: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'File globs, relative to this file.' },
          path: { type: 'string', description: 'Field path glob, e.g. spec.template.spec.containers[*].securityContext.*' },
          reason: { type: 'string', minLength: 1, pattern: '\\S', description: 'Why these findings are acceptable (required).' },
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day (YYYY-MM-DD) the entry applies; afterwards it is reported.' },
        },
      },
    },
    webhook: {
      type: 'object',
      additionalProperties: false,
      description: 'Admission webhook (`podlint serve`) settings; the CLI ignores them.',
      properties: {
        mode: { enum: ['enforce', 'warn', 'audit'], description: 'enforce (default): error findings deny; warn: nothing denies, findings are warnings; audit: allow, log and count.' },
        namespaces: { type: 'object', additionalProperties: { enum: ['enforce', 'warn', 'audit'] }, description: 'Mode per namespace name, over `mode`.' },
        exemptions: {
          type: 'object',
          additionalProperties: false,
          description: 'Requests allowed without evaluation.',
          properties: {
            namespaces: { type: 'array', items: { type: 'string' }, description: 'Namespace names.' },
            usernames: { type: 'array', items: { type: 'string' }, description: 'Requesting user names (e.g. system:serviceaccount:ns:name).' },
            groups: { type: 'array', items: { type: 'string' }, description: 'Groups of the requesting user.' },
          },
        },
        failureMode: { enum: ['allow', 'deny'], description: 'Answer when podlint fails internally on a request (default allow).' },
      },
    },
  },
} as const;

/** The options schema of a rule that declares none: only `{}` is valid. */
export const NO_OPTIONS_SCHEMA = { type: 'object', additionalProperties: false, properties: {} };

/**
 * A copy of a JSON Schema without its `description` annotations (which do not affect validation), as the build
 * compiles it: editing a description, or the version range quoted in one, leaves the compiled validators valid.
 */
export function withoutDescriptions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDescriptions);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' && typeof value === 'string') continue;
    if ((key === 'properties' || key === 'patternProperties' || key === 'definitions' || key === '$defs') && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // Keys here are names (a property may be called "description"), values are schemas.
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutDescriptions(sub)]));
    } else {
      out[key] = withoutDescriptions(value);
    }
  }
  return out;
}
