// Every name inside a pod spec that the API server validates (ValidatePodSpec and the container checks).
import { defineRule } from '../src/core/rule.js';
import type { RuleContext } from '../src/core/rule.js';
import {
  byteLength,
  checkNameField,
  formatValue,
  goStringSlice,
  isDNS1123Label,
  isDNS1123Subdomain,
  isDNS1123SubdomainWithUnderscore,
  isEnvVarName,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidPortName,
  isValidPortNum,
  isValidSysctlName,
  joinReasons,
  SYSCTL_NAME_ERROR,
} from '../src/k8s/names.js';
import { formatPath } from '../src/k8s/path.js';
import type { FieldPath } from '../src/k8s/path.js';
import type { ContainerInfo, PodSpecInfo } from '../src/k8s/pod-spec.js';
import { arr, isRecord, rec } from '../src/k8s/values.js';
import { atLeast } from '../src/k8s/versions.js';

export type MessageIds =
  | 'invalidContainerName'
  | 'invalidVolumeName'
  | 'invalidPortName'
  | 'invalidHandlerPort'
  | 'invalidHostname'
  | 'invalidObjectReference'
  | 'invalidHostAlias'
  | 'invalidQualifiedName'
  | 'invalidEnvVarName'
  | 'invalidSysctlName'
  | 'invalidDnsSearch'
  | 'invalidResourceClaimName'
  | 'tooManyNameservers'
  | 'tooManySearches'
  | 'searchListTooLong'
  | 'duplicate'
  | 'required';

const MAX_DNS_NAMESERVERS = 3;
const MAX_DNS_SEARCH_PATHS = 32;
const MAX_DNS_SEARCH_LIST_CHARS = 2048;

type Validator = (value: string) => string[];

/** Pod-spec fields that reference other objects by name (DNS-1123 subdomain), and what they reference. */
const REFERENCES: readonly { field: string; target: string; checkEmpty: boolean }[] = [
  { field: 'serviceAccountName', target: 'ServiceAccount', checkEmpty: false },
  { field: 'nodeName', target: 'Node', checkEmpty: false },
  { field: 'priorityClassName', target: 'PriorityClass', checkEmpty: false },
  // A pointer field: `runtimeClassName: ""` is validated (and rejected).
  { field: 'runtimeClassName', target: 'RuntimeClass', checkEmpty: true },
];

const LIST_NOUN: Readonly<Record<string, string>> = { containers: 'container', initContainers: 'init container', ephemeralContainers: 'ephemeral container' };

export default defineRule<MessageIds>({
  id: 'valid-pod-spec-names',
  meta: {
    description: 'Validate the names inside a pod spec: containers, volumes, ports, hostnames, references, gates, env vars, sysctls and DNS search domains',
    category: 'validity',
    severity: 'error',
    remediation:
      'Rename the field value to the format the API server requires: DNS-1123 labels for container, volume and resource-claim names, hostname and subdomain; IANA service names (at most 15 characters, with a letter) for port names; DNS-1123 subdomains for object references; qualified names for scheduling and readiness gates.',
    messages: {
      invalidContainerName:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Rename the {{what}} using lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      invalidVolumeName:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Rename the volume (and the volumeMounts that use it) using lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      invalidPortName:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use at most 15 lower-case letters, digits and single hyphens, with at least one letter, such as "http" or "metrics".',
      invalidHandlerPort:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Give a port number from 1 to 65535 or the name of a container port (at most 15 lower-case letters, digits and hyphens, with a letter).',
      invalidHostname:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      invalidObjectReference:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. It names a {{target}}, whose name is a DNS-1123 subdomain: fix the reference.',
      invalidHostAlias:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a host name of lower-case letters, digits, "-" and "." (at most 253).',
      invalidQualifiedName:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use an optional DNS-subdomain prefix and "/" plus a name of at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit.',
      invalidEnvVarName: '{{path}}: Invalid value: {{value}}: {{reasons}}. {{fix}}',
      invalidSysctlName:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use the sysctl name in lower case, segments separated by "." or "/", e.g. "net.ipv4.ip_local_port_range".',
      invalidDnsSearch:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a domain of lower-case letters, digits, "-" and "."{{underscore}}.',
      invalidResourceClaimName:
        '{{path}}: Invalid value: {{value}}: {{reasons}}. Rename the claim (and the containers\' resources.claims entries) using lower-case letters, digits and "-" (at most 63).',
      tooManyNameservers: '{{path}}: Invalid value: {{value}}: must not have more than 3 nameservers. Keep at most 3 nameservers.',
      tooManySearches: '{{path}}: Invalid value: {{value}}: must not have more than 32 search paths. Keep at most 32 search domains.',
      searchListTooLong:
        '{{path}}: Invalid value: {{value}}: must not have more than 2048 characters (including spaces) in the search list. Shorten or remove search domains.',
      duplicate: '{{path}}: Duplicate value: {{value}}. {{what}} must be unique{{scope}}: rename or remove this one.',
      required: '{{path}}: Required value. Give the {{what}} a name.',
    },
  },
  create(ctx) {
    const version = ctx.settings.kubernetesVersion;
    const relaxedEnv = atLeast(version, '1.32');
    const relaxedDns = atLeast(version, '1.33');
    return {
      podSpec(pod) {
        const spec = pod.spec;
        checkVolumes(ctx, pod);
        check(ctx, 'invalidHostname', () => pod.at('hostname'), spec['hostname'], isDNS1123Label);
        check(ctx, 'invalidHostname', () => pod.at('subdomain'), spec['subdomain'], isDNS1123Label);
        for (const ref of REFERENCES) {
          const value = spec[ref.field];
          if (value === undefined) continue;
          check(ctx, 'invalidObjectReference', () => pod.at(ref.field), value, isDNS1123Subdomain, { target: ref.target }, ref.checkEmpty);
        }
        arr(spec['hostAliases']).forEach((alias, i) => {
          arr(rec(alias)?.['hostnames']).forEach((h, j) => check(ctx, 'invalidHostAlias', pod.at('hostAliases', i, 'hostnames', j), h, isDNS1123Subdomain, {}, true));
        });
        checkSchedulingGates(ctx, pod);
        arr(spec['readinessGates']).forEach((g, i) => {
          check(ctx, 'invalidQualifiedName', pod.at('readinessGates', i, 'conditionType'), rec(g)?.['conditionType'], isQualifiedName, {}, true);
        });
        // Toleration keys are checked by valid-tolerations.
        checkSysctls(ctx, pod);
        checkDnsConfig(ctx, pod, relaxedDns, atLeast(version, '1.34'));
        // DynamicResourceAllocation is on by default from 1.34; before, spec.resourceClaims is dropped on create.
        if (atLeast(version, '1.34')) checkResourceClaims(ctx, pod);
      },
      container(c) {
        checkContainerName(ctx, c);
        checkPorts(ctx, c);
        if (c.role === 'app' || c.role === 'sidecar') checkHandlers(ctx, c);
        checkEnv(ctx, c, relaxedEnv);
      },
    };
  },
});

type Ctx = RuleContext<MessageIds>;

/**
 * Check one field and report one finding with every reason. `data.path` may carry the API server's field
 * path when podlint locates the finding more precisely than the server names it.
 */
function check(
  ctx: Ctx,
  messageId: MessageIds,
  pathOf: FieldPath | (() => FieldPath),
  value: unknown,
  validate: Validator,
  data: Record<string, string> = {},
  checkEmpty = false,
): boolean {
  const result = checkNameField(value, validate, checkEmpty);
  if (!result) return true;
  // Paths may come as a function: most fields are valid, and the path is only needed for a report.
  const path = typeof pathOf === 'function' ? pathOf() : pathOf;
  const pathText = data['path'] ?? formatPath(path);
  // A value of another JSON type (`name: 1_` is a number to kubectl) is reported by valid-field-types.
  if (result.kind === 'invalid') {
    ctx.report({ messageId, path, data: { ...data, path: pathText, value: formatValue(result.value), reasons: joinReasons(pathText, result.value, result.reasons) } });
  }
  return false;
}

/** A required name: missing or "" is `Required value` at `<item>.name` (reported at the item when the key is absent). */
function required(ctx: Ctx, item: FieldPath, node: Record<string, unknown>, what: string, key = 'name'): boolean {
  const v = node[key];
  if (v !== undefined && v !== null && v !== '') return false;
  ctx.report({ messageId: 'required', path: v === undefined ? item : [...item, key], data: { path: formatPath([...item, key]), what } });
  return true;
}

function duplicate(ctx: Ctx, path: FieldPath, value: string, what: string, scope: string, pathText = formatPath(path)): void {
  ctx.report({ messageId: 'duplicate', path, data: { path: pathText, value: formatValue(value), what, scope } });
}

function checkContainerName(ctx: Ctx, c: ContainerInfo): void {
  const what = LIST_NOUN[c.list] ?? 'container';
  if (required(ctx, c.path, c.node, what)) return;
  check(ctx, 'invalidContainerName', () => c.at('name'), c.node['name'], isDNS1123Label, { what });
}

/** Volume names are DNS-1123 labels, unique in the pod; a volume with an error is not remembered for duplicates. */
function checkVolumes(ctx: Ctx, pod: PodSpecInfo): void {
  const seen = new Set<string>();
  arr(pod.spec['volumes']).forEach((v, i) => {
    if (!isRecord(v)) return;
    const item = pod.at('volumes', i);
    if (required(ctx, item, v, 'volume')) return;
    const ok = check(ctx, 'invalidVolumeName', [...item, 'name'], v['name'], isDNS1123Label);
    const name = v['name'];
    if (typeof name !== 'string') return;
    if (seen.has(name)) duplicate(ctx, [...item, 'name'], name, 'Volume names', ' within a pod');
    else if (ok) seen.add(name);
  });
}

/** Container port names: IANA_SVC_NAME, unique within one container (the same name in two containers is fine). */
function checkPorts(ctx: Ctx, c: ContainerInfo): void {
  const ports = arr(c.node['ports']);
  if (ports.length === 0) return;
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const name = rec(p)?.['name'];
    const path = (): FieldPath => c.at('ports', i, 'name');
    if (!check(ctx, 'invalidPortName', path, name, isValidPortName)) return;
    if (typeof name !== 'string' || name === '') return;
    if (seen.has(name)) duplicate(ctx, path(), name, 'Port names', ' within a container');
    else seen.add(name);
  });
}

/** Probe and lifecycle handlers: `port` as a number is 1..65535, as a string an IANA port name. */
const HANDLERS: readonly (readonly string[])[] = [['livenessProbe'], ['readinessProbe'], ['startupProbe'], ['lifecycle', 'postStart'], ['lifecycle', 'preStop']];
const PORT_ACTIONS = ['httpGet', 'tcpSocket', 'grpc'] as const;

function checkHandlers(ctx: Ctx, c: ContainerInfo): void {
  for (const h of HANDLERS) {
    let node: unknown = c.node;
    for (const seg of h) node = rec(node)?.[seg];
    const handler = rec(node);
    if (!handler) continue;
    for (const action of PORT_ACTIONS) {
      const port = rec(handler[action])?.['port'];
      if (port === undefined || port === null) continue;
      const path = c.at(...h, action, 'port');
      if (typeof port === 'number') {
        const reasons = isValidPortNum(port);
        if (reasons.length > 0) {
          ctx.report({ messageId: 'invalidHandlerPort', path, data: { value: formatValue(port), reasons: joinReasons(formatPath(path), port, reasons) } });
        }
      } else if (typeof port === 'string' && action !== 'grpc') {
        // httpGet and tcpSocket ports are int-or-string; grpc.port is a number only (not a name check).
        check(ctx, 'invalidHandlerPort', path, port, isValidPortName, {}, true);
      }
    }
  }
}

const RELAXED_ENV_FIX: Readonly<Record<string, string>> = { fix: 'Use printable ASCII characters other than "=" in the variable name.' };
const STRICT_ENV_FIX: Readonly<Record<string, string>> = {
  fix: 'Use letters, digits, "_", "-" and "." not starting with a digit (Kubernetes 1.32 and later accept any printable ASCII except "=").',
};

function checkEnv(ctx: Ctx, c: ContainerInfo, relaxed: boolean): void {
  const validate = relaxed ? isRelaxedEnvVarName : isEnvVarName;
  const data = relaxed ? RELAXED_ENV_FIX : STRICT_ENV_FIX;
  const env = arr(c.node['env']);
  for (let i = 0; i < env.length; i++) {
    const e = env[i];
    if (!isRecord(e)) continue;
    const name = e['name'];
    if (name === undefined || name === null || name === '') {
      required(ctx, c.at('env', i), e, 'environment variable');
      continue;
    }
    check(ctx, 'invalidEnvVarName', () => c.at('env', i, 'name'), name, validate, data);
  }
  arr(c.node['envFrom']).forEach((e, i) => {
    check(ctx, 'invalidEnvVarName', () => c.at('envFrom', i, 'prefix'), rec(e)?.['prefix'], validate, data);
  });
}

function checkSchedulingGates(ctx: Ctx, pod: PodSpecInfo): void {
  const seen = new Set<string>();
  arr(pod.spec['schedulingGates']).forEach((g, i) => {
    const name = rec(g)?.['name'];
    // The API server names the gate itself (`spec.schedulingGates[0]`), not its `name` field.
    const data = { path: formatPath(pod.at('schedulingGates', i)) };
    check(ctx, 'invalidQualifiedName', pod.at('schedulingGates', i, 'name'), name ?? '', isQualifiedName, data, true);
    if (typeof name !== 'string') return;
    if (seen.has(name)) duplicate(ctx, pod.at('schedulingGates', i, 'name'), name, 'Scheduling gates', ' within a pod', data.path);
    seen.add(name);
  });
}

function checkSysctls(ctx: Ctx, pod: PodSpecInfo): void {
  const seen = new Set<string>();
  arr(rec(pod.spec['securityContext'])?.['sysctls']).forEach((s, i) => {
    if (!isRecord(s)) return;
    const item = pod.at('securityContext', 'sysctls', i);
    if (required(ctx, item, s, 'sysctl')) return;
    const name = s['name'];
    const ok = check(ctx, 'invalidSysctlName', [...item, 'name'], name, (v) => (isValidSysctlName(v) ? [] : [SYSCTL_NAME_ERROR]));
    if (ok && typeof name === 'string') {
      if (seen.has(name)) duplicate(ctx, [...item, 'name'], name, 'Sysctl names', ' within a pod');
      seen.add(name);
    }
  });
}

function checkDnsConfig(ctx: Ctx, pod: PodSpecInfo, relaxed: boolean, underscoreRegexFixed: boolean): void {
  const dns = rec(pod.spec['dnsConfig']);
  if (!dns) return;
  const nameservers = arr(dns['nameservers']);
  if (nameservers.length > MAX_DNS_NAMESERVERS) {
    ctx.report({ messageId: 'tooManyNameservers', path: pod.at('dnsConfig', 'nameservers'), data: { value: goStringSlice(nameservers) } });
  }
  const searches = arr(dns['searches']);
  const searchesPath = pod.at('dnsConfig', 'searches');
  if (searches.length > MAX_DNS_SEARCH_PATHS) {
    ctx.report({ messageId: 'tooManySearches', path: searchesPath, data: { value: goStringSlice(searches) } });
  }
  if (byteLength(searches.map((s) => (typeof s === 'string' ? s : '')).join(' ')) > MAX_DNS_SEARCH_LIST_CHARS) {
    ctx.report({ messageId: 'searchListTooLong', path: searchesPath, data: { value: goStringSlice(searches) } });
  }
  const underscore = relaxed ? ' (and "_")' : '';
  searches.forEach((s, i) => {
    const path = pod.at('dnsConfig', 'searches', i);
    if (typeof s !== 'string') return;
    // A trailing dot is fine; with RelaxedDNSSearchValidation a lone "." is too. The server shows the trimmed value.
    if (relaxed && s === '.') return;
    const trimmed = s.endsWith('.') ? s.slice(0, -1) : s;
    const reasons = relaxed ? isDNS1123SubdomainWithUnderscore(trimmed, !underscoreRegexFixed) : isDNS1123Subdomain(trimmed);
    if (reasons.length > 0) {
      ctx.report({ messageId: 'invalidDnsSearch', path, data: { value: formatValue(trimmed), reasons: joinReasons(formatPath(path), trimmed, reasons), underscore } });
    }
  });
}

function checkResourceClaims(ctx: Ctx, pod: PodSpecInfo): void {
  const seen = new Set<string>();
  arr(pod.spec['resourceClaims']).forEach((rc, i) => {
    if (!isRecord(rc)) return;
    const item = pod.at('resourceClaims', i);
    if (required(ctx, item, rc, 'resource claim')) return;
    const name = rc['name'];
    if (typeof name === 'string' && seen.has(name)) {
      duplicate(ctx, [...item, 'name'], name, 'Resource claim names', ' within a pod');
      return;
    }
    if (check(ctx, 'invalidResourceClaimName', [...item, 'name'], name, isDNS1123Label) && typeof name === 'string') seen.add(name);
  });
}
