// metadata.name / generateName / namespace as ValidateObjectMeta checks them on create, per kind.
import { defineRule } from '../src/core/rule.js';
import type { ObjectInfo, RuleContext } from '../src/core/rule.js';
import {
  byteLength,
  checkNameField,
  formatValue,
  exampleGeneratedName,
  isDNS1123Label,
  joinReasons,
  NAME_FORMAT_HINT,
  validateObjectName,
} from '../src/k8s/names.js';
import type { NameCheck, NameFormat } from '../src/k8s/names.js';
import { formatPath } from '../src/k8s/path.js';
import type { FieldPath } from '../src/k8s/path.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { atLeast } from '../src/k8s/versions.js';
import type { KubeVersion } from '../src/k8s/versions.js';
import { bool, isRecord, num, rec, str } from '../src/k8s/values.js';

export type MessageIds =
  | 'invalidName'
  | 'invalidGenerateName'
  | 'invalidNamespace'
  | 'required'
  | 'cronJobNameTooLong'
  | 'invalidGeneratedName'
  | 'jobNameLabelTooLong'
  | 'indexedJobHostname';

const SUBDOMAIN = (): NameFormat => 'dns1123Subdomain';
const LABEL = (): NameFormat => 'dns1123Label';

/**
 * Kinds whose name function was read in the API server's validation, by API group. Any other kind gets no
 * format check: RBAC objects, for one, accept path-segment names such as `system:aggregated-metrics-reader`.
 */
const NAME_FORMATS: Readonly<Record<string, { groups: readonly string[]; format: (v: KubeVersion) => NameFormat }>> = {
  Pod: { groups: [''], format: SUBDOMAIN },
  PodTemplate: { groups: [''], format: SUBDOMAIN },
  ReplicationController: { groups: [''], format: SUBDOMAIN },
  ConfigMap: { groups: [''], format: SUBDOMAIN },
  Secret: { groups: [''], format: SUBDOMAIN },
  ServiceAccount: { groups: [''], format: SUBDOMAIN },
  Namespace: { groups: [''], format: LABEL },
  // RelaxedServiceNameValidation (beta, on by default, in 1.36; GA in 1.37) switches Service names to DNS-1123 labels.
  Service: { groups: [''], format: (v) => (atLeast(v, '1.36') ? 'dns1123Label' : 'dns1035Label') },
  Deployment: { groups: ['apps', 'extensions'], format: SUBDOMAIN },
  ReplicaSet: { groups: ['apps', 'extensions'], format: SUBDOMAIN },
  DaemonSet: { groups: ['apps', 'extensions'], format: SUBDOMAIN },
  StatefulSet: { groups: ['apps'], format: LABEL },
  Job: { groups: ['batch'], format: SUBDOMAIN },
  CronJob: { groups: ['batch'], format: SUBDOMAIN },
};

/** Built-in namespaced kinds: their `metadata.namespace` is validated (cluster-scoped kinds have it cleared). */
const NAMESPACED: Readonly<Record<string, readonly string[]>> = {
  Pod: [''], PodTemplate: [''], ReplicationController: [''], ConfigMap: [''], Secret: [''], ServiceAccount: [''],
  Service: [''], Endpoints: [''], PersistentVolumeClaim: [''], LimitRange: [''], ResourceQuota: [''], Event: [''],
  Deployment: ['apps', 'extensions'], ReplicaSet: ['apps', 'extensions'], DaemonSet: ['apps', 'extensions'],
  StatefulSet: ['apps'], ControllerRevision: ['apps'], Job: ['batch'], CronJob: ['batch'],
  Role: ['rbac.authorization.k8s.io'], RoleBinding: ['rbac.authorization.k8s.io'],
  Ingress: ['networking.k8s.io', 'extensions'], NetworkPolicy: ['networking.k8s.io'],
  PodDisruptionBudget: ['policy'], HorizontalPodAutoscaler: ['autoscaling'], Lease: ['coordination.k8s.io'],
  EndpointSlice: ['discovery.k8s.io'],
};

/** Built-in cluster-scoped kinds: `metadata.name` (or generateName) is required, the format is not checked here. */
const CLUSTER_SCOPED: Readonly<Record<string, readonly string[]>> = {
  Namespace: [''], Node: [''], PersistentVolume: [''],
  ClusterRole: ['rbac.authorization.k8s.io'], ClusterRoleBinding: ['rbac.authorization.k8s.io'],
  StorageClass: ['storage.k8s.io'], CSIDriver: ['storage.k8s.io'], PriorityClass: ['scheduling.k8s.io'],
  RuntimeClass: ['node.k8s.io'], IngressClass: ['networking.k8s.io'],
  CustomResourceDefinition: ['apiextensions.k8s.io'],
  ValidatingWebhookConfiguration: ['admissionregistration.k8s.io'], MutatingWebhookConfiguration: ['admissionregistration.k8s.io'],
};

function inTable(table: Readonly<Record<string, readonly string[]>>, kind: string, group: string): boolean {
  return Object.hasOwn(table, kind) && table[kind]!.includes(group);
}

/** A CronJob's Jobs are named `<name>-<scheduled time in minutes>`: the name leaves 11 characters for it. */
const CRONJOB_NAME_MAX = 52;
/** The Job controller copies the Job name into the `batch.kubernetes.io/job-name` label of its pod template. */
const LABEL_VALUE_MAX = 63;

export default defineRule<MessageIds>({
  id: 'valid-object-name',
  meta: {
    description: 'Validate metadata.name, metadata.generateName and metadata.namespace the way the API server does for each kind',
    category: 'validity',
    severity: 'error',
    remediation:
      'Rename the object: Pods, workloads, ConfigMaps, Secrets and ServiceAccounts take DNS-1123 subdomains, StatefulSets and Namespaces DNS-1123 labels, Services DNS-1035 labels (DNS-1123 labels from Kubernetes 1.36), CronJobs at most 52 characters.',
    phase: 'create',
    messages: {
      invalidName: '{{path}}: Invalid value: {{value}}: {{reasons}}. Rename the {{kind}} using {{hint}}.',
      invalidGenerateName:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a generateName prefix of {{hint}}; one trailing "-" is allowed.',
      invalidNamespace:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a namespace name of lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      required: '{{path}}: Required value: name or generateName is required. Set metadata.name.',
      cronJobNameTooLong:
        '{{path}}: Invalid value: {{value}}: must be no more than 52 bytes. Shorten the CronJob name to at most 52 characters: its Jobs are named "<name>-<timestamp>" and must stay within 63.',
      invalidGeneratedName:
        '{{path}}: Invalid value: {{value}}: the API server generates the name from it (first 58 characters plus 5 random ones) and rejects the result: metadata.name: Invalid value: {{example}}: {{reasons}}. Shorten or fix generateName.',
      jobNameLabelTooLong:
        '{{path}}: Invalid value: {{value}}: must be no more than 63 bytes. The Job controller copies the Job name into the batch.kubernetes.io/job-name label of its pod template: shorten the name to at most 63 characters.',
      indexedJobHostname:
        '{{path}}: Invalid value: {{value}}: will not able to create pod with invalid DNS label: {{hostname}}. Shorten the Job name (and avoid dots) so that "<name>-<completions - 1>" is a DNS-1123 label of at most 63 characters.',
    },
  },
  create(ctx) {
    return {
      object(o) {
        const group = apiGroup(o.apiVersion);
        const metaValue = o.value['metadata'];
        const meta = rec(metaValue) ?? {};
        const metaPath: FieldPath = isRecord(metaValue) ? ['metadata'] : [];
        const version = ctx.settings.kubernetesVersion;

        if (inTable(NAMESPACED, o.kind, group)) {
          reportCheck(ctx, 'invalidNamespace', ['metadata', 'namespace'], checkNameField(meta['namespace'], (v) => isDNS1123Label(v)));
        }

        const table = Object.hasOwn(NAME_FORMATS, o.kind) ? NAME_FORMATS[o.kind] : undefined;
        const formatted = table !== undefined && table.groups.includes(group);
        if (!formatted && !inTable(NAMESPACED, o.kind, group) && !inTable(CLUSTER_SCOPED, o.kind, group)) return;

        const name = meta['name'];
        const generateName = meta['generateName'];
        const format = formatted ? table.format(version) : undefined;

        if (format) {
          const hint = NAME_FORMAT_HINT[format];
          reportCheck(ctx, 'invalidGenerateName', ['metadata', 'generateName'], checkNameField(generateName, (v) => validateObjectName(format, v, true)), { hint });
        }

        if (name === undefined || name === null || name === '') {
          const gen = str(generateName);
          if (gen === undefined || gen === '') {
            ctx.report({ messageId: 'required', path: metaPath, data: { path: 'metadata.name' } });
            return;
          }
          // The server generates the name first and validates it as metadata.name.
          if (!format || validateObjectName(format, gen, true).length > 0) return;
          const example = exampleGeneratedName(gen);
          const problems = nameProblems(o, format, example);
          const reasons = [...problems.format, ...problems.extra.map((e) => e.reason)];
          if (reasons.length > 0) {
            ctx.report({
              messageId: 'invalidGeneratedName',
              path: ['metadata', 'generateName'],
              data: { value: formatValue(gen), example: formatValue(example), reasons: joinReasons('metadata.name', example, reasons) },
            });
          }
          // A generated name has at most 63 characters: the Job label limit cannot be reached here.
          return;
        }
        // A name that is not a string (`name: 1_` is a number to kubectl) is reported by valid-field-types.
        if (typeof name !== 'string') return;
        if (!format) return;
        const namePath: FieldPath = ['metadata', 'name'];
        const problems = nameProblems(o, format, name);
        if (problems.format.length > 0) {
          // Kind-specific create checks on the same field follow the format reasons, as the API server lists them.
          const all = [...problems.format, ...problems.extra.map((e) => e.reason)];
          ctx.report({
            messageId: 'invalidName',
            path: namePath,
            data: { kind: o.kind, hint: NAME_FORMAT_HINT[format], value: formatValue(name), reasons: joinReasons(formatPath(namePath), name, all) },
          });
        } else if (problems.extra[0]) {
          // CronJob and Indexed Job checks never apply together: at most one here.
          ctx.report({ messageId: problems.extra[0].messageId, path: namePath, data: { ...problems.extra[0].data, value: formatValue(name) } });
        }
        if (problems.jobLabel) {
          ctx.report({ messageId: 'jobNameLabelTooLong', path: namePath, data: { path: 'spec.template.labels', value: formatValue(name) } });
        }
      },
    };
  },
});

interface NameProblems {
  /** Reasons from the kind's name format. */
  format: string[];
  /** Kind-specific create checks on metadata.name (CronJob length, Indexed Job hostname). */
  extra: { messageId: MessageIds; reason: string; data: Record<string, string> }[];
  /** The Job controller's job-name label would be longer than a label value may be. */
  jobLabel: boolean;
}

/** Everything the API server checks about a (given or generated) metadata.name on create. */
function nameProblems(o: ObjectInfo, format: NameFormat, name: string): NameProblems {
  const out: NameProblems = { format: validateObjectName(format, name), extra: [], jobLabel: false };
  if (o.kind === 'CronJob' && byteLength(name) > CRONJOB_NAME_MAX) {
    out.extra.push({ messageId: 'cronJobNameTooLong', reason: `must be no more than ${CRONJOB_NAME_MAX} bytes`, data: {} });
  }
  if (o.kind !== 'Job') return out;
  const spec = rec(o.value['spec']) ?? {};
  const completions = num(spec['completions']);
  if (spec['completionMode'] === 'Indexed' && completions !== undefined && Number.isInteger(completions) && completions > 0) {
    const hostname = `${name}-${completions - 1}`;
    if (isDNS1123Label(hostname).length > 0) {
      out.extra.push({ messageId: 'indexedJobHostname', reason: `will not able to create pod with invalid DNS label: ${hostname}`, data: { hostname } });
    }
  }
  out.jobLabel = bool(spec['manualSelector']) !== true && byteLength(name) > LABEL_VALUE_MAX;
  return out;
}

/** Report one name check: one finding with every reason the API server lists. */
function reportCheck(
  ctx: RuleContext<MessageIds>,
  messageId: MessageIds,
  path: FieldPath,
  check: NameCheck | undefined,
  extra: Record<string, string> = {},
): void {
  if (!check) return;
  const pathText = formatPath(path);
  // Values of another JSON type are reported by valid-field-types.
  if (check.kind === 'notString') return;
  ctx.report({ messageId, path, data: { ...extra, value: formatValue(check.value), reasons: joinReasons(pathText, check.value, check.reasons) } });
}
