// Labels, selectors, nodeSelector, annotation keys and size, and finalizers, as ValidateObjectMeta,
// ValidateLabels, ValidateAnnotations and ValidateFinalizers check them.
import { defineRule } from '../src/core/rule.js';
import type { ObjectInfo, RuleContext } from '../src/core/rule.js';
import { byteLength, formatValue, goStringSlice, isQualifiedName, isValidLabelValue, joinReasons } from '../src/k8s/names.js';
import { formatPath } from '../src/k8s/path.js';
import type { FieldPath } from '../src/k8s/path.js';
import { apiGroup, POD_BEARING_KINDS } from '../src/k8s/pod-spec.js';
import { arr, isRecord, rec } from '../src/k8s/values.js';
import type { JsonObject } from '../src/k8s/values.js';

export type MessageIds =
  | 'invalidLabelKey'
  | 'invalidLabelValue'
  | 'invalidAnnotationKey'
  | 'annotationsTooLong'
  | 'invalidFinalizer'
  | 'nonStandardFinalizer'
  | 'conflictingFinalizers';

/** Total size of all annotation keys and values (bytes). */
const TOTAL_ANNOTATION_SIZE_LIMIT = 262144;
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);
const NON_STANDARD = 'name is neither a standard finalizer name nor is it fully qualified';
/** API groups validated with the core ObjectMeta validation, which also requires qualified or standard finalizer names. */
const CORE_META_GROUPS = new Set(['', 'apps', 'batch', 'extensions']);
/** Kinds with a `spec.selector` LabelSelector (matchLabels / matchExpressions). */
const LABEL_SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']);

export default defineRule<MessageIds>({
  id: 'valid-labels',
  meta: {
    description: 'Validate label keys and values, selectors, nodeSelector, annotation keys and size, and finalizer names',
    category: 'validity',
    severity: 'error',
    remediation:
      'Use label keys of an optional DNS-subdomain prefix and "/" plus a name of at most 63 letters, digits, "-", "_" or "."; label values of at most 63 such characters (or empty), quoted when they look like numbers or booleans; domain-qualified finalizers.',
    messages: {
      invalidLabelKey:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a key of an optional DNS-subdomain prefix and "/" plus a name of at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit.',
      invalidLabelValue:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or an empty value.',
      invalidAnnotationKey:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Annotation keys follow the label-key rules (checked after lower-casing): an optional DNS-subdomain prefix and "/" plus a name of at most 63 characters.',
      annotationsTooLong:
        '{{path}}: Too long: may not be more than 262144 bytes. The annotation keys and values total {{size}} bytes: move large data into a ConfigMap.',
      invalidFinalizer: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a domain-qualified finalizer name such as "example.com/cleanup".',
      nonStandardFinalizer:
        '{{path}}: Invalid value: {{value}}: name is neither a standard finalizer name nor is it fully qualified. Prefix it with a domain you own, e.g. "example.com/{{name}}".',
      conflictingFinalizers:
        '{{path}}: Invalid value: {{value}}: finalizer orphan and foregroundDeletion cannot be both set. Keep only one of them.',
    },
  },
  create(ctx) {
    return {
      object(o) {
        const group = apiGroup(o.apiVersion);
        const meta = rec(o.value['metadata']);
        if (meta) {
          checkLabels(ctx, meta['labels'], ['metadata', 'labels']);
          checkAnnotations(ctx, meta['annotations'], ['metadata', 'annotations']);
          checkFinalizers(ctx, meta['finalizers'], ['metadata', 'finalizers'], CORE_META_GROUPS.has(group));
        }
        for (const t of templateMetadata(o)) {
          checkLabels(ctx, t.meta['labels'], [...t.path, 'labels']);
          checkAnnotations(ctx, t.meta['annotations'], [...t.path, 'annotations']);
        }
        const spec = rec(o.value['spec']);
        if (!spec) return;
        if (LABEL_SELECTOR_KINDS.has(o.kind) && (POD_BEARING_KINDS[o.kind]?.groups ?? []).includes(group)) {
          const selector = rec(spec['selector']);
          if (selector) {
            checkLabels(ctx, selector['matchLabels'], ['spec', 'selector', 'matchLabels']);
            arr(selector['matchExpressions']).forEach((e, i) => {
              const key = rec(e)?.['key'];
              const path: FieldPath = ['spec', 'selector', 'matchExpressions', i, 'key'];
              if (key === undefined || key === null) return;
              if (typeof key === 'string') reportReasons(ctx, 'invalidLabelKey', path, formatPath(path), key, isQualifiedName(key));
            });
          }
        }
        if (o.kind === 'Service' && group === '') checkLabels(ctx, spec['selector'], ['spec', 'selector']);
      },
      podSpec(pod) {
        checkLabels(ctx, pod.spec['nodeSelector'], pod.at('nodeSelector'));
      },
    };
  },
});

/** Pod-template (and CronJob job-template) metadata of an object: labels and annotations are validated there too. */
function templateMetadata(o: ObjectInfo): { meta: JsonObject; path: FieldPath }[] {
  const out: { meta: JsonObject; path: FieldPath }[] = [];
  const pod = o.podSpec;
  if (pod?.isTemplate) {
    const meta = rec(metadataAt(o.value, pod.metadataPath));
    if (meta) out.push({ meta, path: pod.metadataPath });
  }
  if (o.kind === 'CronJob' && pod) {
    const meta = rec(metadataAt(o.value, ['spec', 'jobTemplate', 'metadata']));
    if (meta) out.push({ meta, path: ['spec', 'jobTemplate', 'metadata'] });
  }
  return out;
}

function metadataAt(value: JsonObject, path: FieldPath): unknown {
  let cur: unknown = value;
  for (const seg of path) cur = isRecord(cur) ? cur[seg as string] : undefined;
  return cur;
}

function reportReasons(ctx: RuleContext<MessageIds>, messageId: MessageIds, path: FieldPath, pathText: string, value: string, reasons: string[]): void {
  if (reasons.length === 0) return;
  ctx.report({ messageId, path, data: { path: pathText, value: formatValue(value), reasons: joinReasons(pathText, value, reasons) } });
}

/**
 * `ValidateLabels`: every key is a qualified name and every value a label value. The API server reports both
 * at the map's path (`metadata.labels: Invalid value: "Web_1": …`); podlint points at the key's line.
 */
function checkLabels(ctx: RuleContext<MessageIds>, labels: unknown, path: FieldPath): void {
  if (!isRecord(labels)) return;
  // Paths are built only for a report: this runs on every label of every object.
  let mapPath: string | undefined;
  for (const key in labels) {
    const value = labels[key];
    const keyReasons = isQualifiedName(key);
    // A value of another JSON type (`version: 1.0`) is reported by valid-field-types.
    const valueReasons = typeof value === 'string' ? isValidLabelValue(value) : NONE;
    if (keyReasons.length === 0 && valueReasons.length === 0) continue;
    mapPath ??= formatPath(path);
    const at: FieldPath = [...path, key];
    reportReasons(ctx, 'invalidLabelKey', at, mapPath, key, keyReasons);
    if (typeof value === 'string') reportReasons(ctx, 'invalidLabelValue', at, mapPath, value, valueReasons);
  }
}

const NONE: string[] = [];

/** `ValidateAnnotations`: keys are qualified names after lower-casing; keys and values total at most 256 KiB. */
function checkAnnotations(ctx: RuleContext<MessageIds>, annotations: unknown, path: FieldPath): void {
  if (!isRecord(annotations)) return;
  let mapPath: string | undefined;
  let size = 0;
  for (const key in annotations) {
    const value = annotations[key];
    const reasons = isQualifiedName(key.toLowerCase());
    if (reasons.length > 0) {
      mapPath ??= formatPath(path);
      reportReasons(ctx, 'invalidAnnotationKey', [...path, key], mapPath, key, reasons);
    }
    size += byteLength(key);
    if (typeof value === 'string') size += byteLength(value);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) ctx.report({ messageId: 'annotationsTooLong', path, data: { size } });
}

/** `ValidateFinalizers` (+ the core API's standard-name rule for built-in kinds). */
function checkFinalizers(ctx: RuleContext<MessageIds>, finalizers: unknown, path: FieldPath, coreMeta: boolean): void {
  if (!Array.isArray(finalizers)) return;
  const listPath = formatPath(path);
  let orphan = false;
  let foreground = false;
  finalizers.forEach((f, i) => {
    const at: FieldPath = [...path, i];
    if (typeof f !== 'string') return;
    if (f === 'orphan') orphan = true;
    if (f === 'foregroundDeletion') foreground = true;
    const reasons = isQualifiedName(f);
    const nonStandard = coreMeta && !f.includes('/') && !STANDARD_FINALIZERS.has(f);
    if (reasons.length > 0) {
      reportReasons(ctx, 'invalidFinalizer', at, listPath, f, nonStandard ? [...reasons, NON_STANDARD] : reasons);
    } else if (nonStandard) {
      ctx.report({ messageId: 'nonStandardFinalizer', path: at, data: { path: listPath, value: formatValue(f), name: f } });
    }
  });
  if (orphan && foreground) {
    ctx.report({ messageId: 'conflictingFinalizers', path, data: { value: goStringSlice(finalizers) } });
  }
}
