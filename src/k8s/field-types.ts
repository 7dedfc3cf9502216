// JSON types of Pod and workload fields as the API server decodes them (k8s.io/api core/v1, apps/v1, batch/v1).
// A value of the wrong JSON type makes the whole object undecodable, before any validation runs.

/** A field's JSON type: a scalar kind, an object with known fields, a list, or a string map. */
export type FieldType =
  | 'string'
  | 'boolean'
  | 'integer'
  /** IntOrString (ports in probes, targetPort): a string or an integer. */
  | 'int-or-string'
  /** resource.Quantity: a string or a number. */
  | 'quantity'
  | { object: Record<string, FieldType> }
  | { list: FieldType }
  | { map: FieldType };

const S = 'string';
const B = 'boolean';
const I = 'integer';
const list = (t: FieldType): FieldType => ({ list: t });
const map = (t: FieldType): FieldType => ({ map: t });
const obj = (fields: Record<string, FieldType>): FieldType => ({ object: fields });

const keyRef = obj({ name: S, key: S, optional: B });
const capabilities = obj({ add: list(S), drop: list(S) });
const seLinux = obj({ user: S, role: S, type: S, level: S });
const profile = obj({ type: S, localhostProfile: S });
const windows = obj({ gmsaCredentialSpecName: S, gmsaCredentialSpec: S, runAsUserName: S, hostProcess: B });
const containerSecurity = obj({
  capabilities,
  privileged: B,
  seLinuxOptions: seLinux,
  windowsOptions: windows,
  runAsUser: I,
  runAsGroup: I,
  runAsNonRoot: B,
  readOnlyRootFilesystem: B,
  allowPrivilegeEscalation: B,
  procMount: S,
  seccompProfile: profile,
  appArmorProfile: profile,
});
const httpHeader = obj({ name: S, value: S });
const handler = {
  exec: obj({ command: list(S) }),
  httpGet: obj({ path: S, port: 'int-or-string', host: S, scheme: S, httpHeaders: list(httpHeader) }),
  tcpSocket: obj({ port: 'int-or-string', host: S }),
  grpc: obj({ port: I, service: S }),
  sleep: obj({ seconds: I }),
} as const;
const probe = obj({
  ...handler,
  initialDelaySeconds: I,
  timeoutSeconds: I,
  periodSeconds: I,
  successThreshold: I,
  failureThreshold: I,
  terminationGracePeriodSeconds: I,
});
const lifecycleHandler = obj({ exec: handler.exec, httpGet: handler.httpGet, tcpSocket: handler.tcpSocket, sleep: handler.sleep });
const resources = obj({ limits: map('quantity'), requests: map('quantity'), claims: list(obj({ name: S, request: S })) });
const container = obj({
  name: S,
  image: S,
  command: list(S),
  args: list(S),
  workingDir: S,
  ports: list(obj({ name: S, hostPort: I, containerPort: I, protocol: S, hostIP: S })),
  envFrom: list(obj({ prefix: S, configMapRef: obj({ name: S, optional: B }), secretRef: obj({ name: S, optional: B }) })),
  env: list(
    obj({
      name: S,
      value: S,
      valueFrom: obj({
        fieldRef: obj({ apiVersion: S, fieldPath: S }),
        resourceFieldRef: obj({ containerName: S, resource: S, divisor: 'quantity' }),
        configMapKeyRef: keyRef,
        secretKeyRef: keyRef,
      }),
    }),
  ),
  resources,
  resizePolicy: list(obj({ resourceName: S, restartPolicy: S })),
  restartPolicy: S,
  volumeMounts: list(obj({ name: S, readOnly: B, recursiveReadOnly: S, mountPath: S, subPath: S, mountPropagation: S, subPathExpr: S })),
  volumeDevices: list(obj({ name: S, devicePath: S })),
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: obj({ postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: S }),
  terminationMessagePath: S,
  terminationMessagePolicy: S,
  imagePullPolicy: S,
  securityContext: containerSecurity,
  stdin: B,
  stdinOnce: B,
  tty: B,
  targetContainerName: S,
});
const keyToPath = list(obj({ key: S, path: S, mode: I }));
const volume = obj({
  name: S,
  hostPath: obj({ path: S, type: S }),
  emptyDir: obj({ medium: S, sizeLimit: 'quantity' }),
  secret: obj({ secretName: S, items: keyToPath, defaultMode: I, optional: B }),
  configMap: obj({ name: S, items: keyToPath, defaultMode: I, optional: B }),
  persistentVolumeClaim: obj({ claimName: S, readOnly: B }),
  downwardAPI: obj({ defaultMode: I }),
  projected: obj({ defaultMode: I }),
  csi: obj({ driver: S, readOnly: B, fsType: S, volumeAttributes: map(S) }),
  nfs: obj({ server: S, path: S, readOnly: B }),
});
const podSecurity = obj({
  seLinuxOptions: seLinux,
  windowsOptions: windows,
  runAsUser: I,
  runAsGroup: I,
  runAsNonRoot: B,
  supplementalGroups: list(I),
  supplementalGroupsPolicy: S,
  fsGroup: I,
  sysctls: list(obj({ name: S, value: S })),
  fsGroupChangePolicy: S,
  seccompProfile: profile,
  appArmorProfile: profile,
  seLinuxChangePolicy: S,
});

/** core/v1 PodSpec (the fields podlint's rules read, and their neighbours). */
export const POD_SPEC: FieldType = obj({
  volumes: list(volume),
  initContainers: list(container),
  containers: list(container),
  ephemeralContainers: list(container),
  restartPolicy: S,
  terminationGracePeriodSeconds: I,
  activeDeadlineSeconds: I,
  dnsPolicy: S,
  nodeSelector: map(S),
  serviceAccountName: S,
  serviceAccount: S,
  automountServiceAccountToken: B,
  nodeName: S,
  hostNetwork: B,
  hostPID: B,
  hostIPC: B,
  shareProcessNamespace: B,
  securityContext: podSecurity,
  imagePullSecrets: list(obj({ name: S })),
  hostname: S,
  subdomain: S,
  schedulerName: S,
  tolerations: list(obj({ key: S, operator: S, value: S, effect: S, tolerationSeconds: I })),
  hostAliases: list(obj({ ip: S, hostnames: list(S) })),
  priorityClassName: S,
  priority: I,
  dnsConfig: obj({ nameservers: list(S), searches: list(S), options: list(obj({ name: S, value: S })) }),
  readinessGates: list(obj({ conditionType: S })),
  runtimeClassName: S,
  enableServiceLinks: B,
  preemptionPolicy: S,
  overhead: map('quantity'),
  setHostnameAsFQDN: B,
  os: obj({ name: S }),
  hostUsers: B,
  schedulingGates: list(obj({ name: S })),
  resourceClaims: list(obj({ name: S, resourceClaimName: S, resourceClaimTemplateName: S })),
  resources,
  hostnameOverride: S,
});

/** ObjectMeta. */
export const OBJECT_META: FieldType = obj({
  name: S,
  generateName: S,
  namespace: S,
  uid: S,
  resourceVersion: S,
  generation: I,
  labels: map(S),
  annotations: map(S),
  finalizers: list(S),
});

/** The JSON type name of a value, as Go's encoding/json names it in decode errors. */
export function jsonTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  return 'object';
}

/** Whether a value fits a scalar field type (null always fits: it decodes to the zero value). */
export function fitsScalar(t: 'string' | 'boolean' | 'integer' | 'int-or-string' | 'quantity', v: unknown): boolean {
  if (v === null) return true;
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'int-or-string':
      return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
    case 'quantity':
      return typeof v === 'string' || typeof v === 'number';
  }
}

export interface TypeMismatch {
  path: (string | number)[];
  expected: string;
  actual: string;
  value: unknown;
}

function expectedName(t: FieldType): string {
  if (typeof t === 'string') {
    return { string: 'a string', boolean: 'a boolean', integer: 'an integer', 'int-or-string': 'an integer or a string', quantity: 'a quantity (string or number)' }[t];
  }
  if ('list' in t) return 'a list';
  return 'an object';
}

/** Every value under `value` whose JSON type does not fit `type`; unknown fields are not checked. */
export function typeMismatches(type: FieldType, value: unknown, path: (string | number)[] = []): TypeMismatch[] {
  const out: TypeMismatch[] = [];
  walk(compile(type), value, [...path], out);
  return out;
}

// This runs on every object (and every webhook review): the FieldType trees are compiled once into nodes of
// one shape, with a Map per object type, and the walk uses one path stack and one result list.

const SCALAR = 0;
const LIST = 1;
const MAP = 2;
const OBJECT = 3;

type Scalar = 'string' | 'boolean' | 'integer' | 'int-or-string' | 'quantity';

class Node {
  kind: number;
  scalar: Scalar;
  expected: string;
  item: Node | undefined;
  fields: Map<string, Node> | undefined;
  constructor(kind: number, scalar: Scalar, expected: string) {
    this.kind = kind;
    this.scalar = scalar;
    this.expected = expected;
    this.item = undefined;
    this.fields = undefined;
  }
}

const compiled = new WeakMap<object, Node>();
const compiledScalars = new Map<string, Node>();

function compile(type: FieldType): Node {
  if (typeof type === 'string') {
    let node = compiledScalars.get(type);
    if (node === undefined) {
      node = new Node(SCALAR, type, expectedName(type));
      compiledScalars.set(type, node);
    }
    return node;
  }
  let node = compiled.get(type);
  if (node !== undefined) return node;
  if ('list' in type) {
    node = new Node(LIST, 'string', 'a list');
    compiled.set(type, node);
    node.item = compile(type.list);
  } else if ('map' in type) {
    node = new Node(MAP, 'string', 'an object');
    compiled.set(type, node);
    node.item = compile(type.map);
  } else {
    node = new Node(OBJECT, 'string', 'an object');
    compiled.set(type, node);
    const fields = new Map<string, Node>();
    for (const k of Object.keys(type.object)) fields.set(k, compile(type.object[k]!));
    node.fields = fields;
  }
  return node;
}

function walk(type: Node, value: unknown, path: (string | number)[], out: TypeMismatch[]): void {
  if (value === null || value === undefined) return;
  const kind = type.kind;
  if (kind === SCALAR) {
    if (!fitsScalar(type.scalar, value)) out.push({ path: [...path], expected: type.expected, actual: jsonTypeName(value), value });
    return;
  }
  if (kind === LIST) {
    if (!Array.isArray(value)) {
      out.push({ path: [...path], expected: 'a list', actual: jsonTypeName(value), value });
      return;
    }
    const item = type.item!;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v === null || v === undefined) continue;
      // Most values are scalars: checked here, the path is copied only for a mismatch.
      if (item.kind === SCALAR) {
        if (!fitsScalar(item.scalar, v)) out.push({ path: [...path, i], expected: item.expected, actual: jsonTypeName(v), value: v });
        continue;
      }
      path.push(i);
      walk(item, v, path, out);
      path.pop();
    }
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    out.push({ path: [...path], expected: 'an object', actual: jsonTypeName(value), value });
    return;
  }
  const rec = value as Record<string, unknown>;
  const fields = type.fields;
  for (const k in rec) {
    // Keys that are not fields of the type (including `constructor`, `__proto__`, …) are not checked.
    const t = fields === undefined ? type.item : fields.get(k);
    if (t === undefined) continue;
    const v = rec[k];
    if (v === null || v === undefined) continue;
    if (t.kind === SCALAR) {
      if (!fitsScalar(t.scalar, v)) out.push({ path: [...path, k], expected: t.expected, actual: jsonTypeName(v), value: v });
      continue;
    }
    path.push(k);
    walk(t, v, path, out);
    path.pop();
  }
}
