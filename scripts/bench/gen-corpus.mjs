// Deterministic benchmark corpora of realistic manifests: `lint` files, `pairs` (old/new) and
// `admission` (AdmissionReview bodies). File i depends only on (seed, mode, i), so a smaller corpus is a
// prefix of a larger one. Usage: node scripts/bench/gen-corpus.mjs --out DIR --files N [--seed S] [--mode M]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: a small, fast, deterministic PRNG. */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

function fileSeed(seed, mode, i) {
  let h = 2166136261 ^ seed;
  for (const c of `${mode}:${i}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

const TEAMS = ['payments', 'search', 'identity', 'platform', 'data', 'growth', 'infra', 'ml'];
const APPS = ['api', 'worker', 'gateway', 'indexer', 'scheduler', 'frontend', 'ingest', 'reporter', 'cache', 'auth'];
const IMAGES = ['nginx:1.27.2', 'ghcr.io/example/api:2.14.1', 'postgres:16.4', 'redis:7.4.1', 'python:3.12-slim', 'envoyproxy/envoy:v1.31.2', 'fluent/fluent-bit:3.1.9', 'busybox:1.36.1'];
const SIDECARS = [
  { name: 'envoy', image: 'envoyproxy/envoy:v1.31.2', port: 15001 },
  { name: 'log-shipper', image: 'fluent/fluent-bit:3.1.9', port: 2020 },
  { name: 'metrics', image: 'quay.io/prometheus/statsd-exporter:v0.27.1', port: 9102 },
];

function container(rng, name, port) {
  const c = {
    name,
    image: rng.pick(IMAGES),
    ports: [{ name: 'http', containerPort: port }],
    env: Array.from({ length: rng.int(1, 6) }, (_, k) =>
      rng.chance(0.3) ? { name: `SECRET_${k}`, valueFrom: { secretKeyRef: { name: `${name}-secrets`, key: `key${k}` } } } : { name: `SETTING_${k}`, value: `value-${rng.int(1, 999)}` },
    ),
    resources: { requests: { cpu: `${rng.int(1, 8) * 50}m`, memory: `${rng.int(1, 16) * 64}Mi` }, limits: { memory: `${rng.int(2, 32) * 64}Mi` } },
    securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
  };
  if (rng.chance(0.7)) c.readinessProbe = { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 10 };
  if (rng.chance(0.5)) c.livenessProbe = { tcpSocket: { port }, initialDelaySeconds: 5 };
  return c;
}

function podSpec(rng, app, problems) {
  const spec = { serviceAccountName: app, containers: [container(rng, app, 8080)], volumes: [{ name: 'config', configMap: { name: `${app}-config` } }] };
  spec.containers[0].volumeMounts = [{ name: 'config', mountPath: '/etc/app', readOnly: true }];
  for (let k = 0; k < rng.int(0, 2); k++) {
    const s = SIDECARS[k];
    spec.containers.push(container(rng, s.name, s.port));
  }
  if (rng.chance(0.3)) spec.initContainers = [{ name: 'migrate', image: rng.pick(IMAGES), command: ['sh', '-c', 'migrate up'] }];
  if (rng.chance(0.2)) (spec.initContainers ??= []).push({ ...container(rng, 'native-proxy', 15090), restartPolicy: 'Always' });
  if (problems.has('privileged')) spec.containers[0].securityContext = { privileged: true };
  if (problems.has('duplicate-name')) spec.containers.push({ name: app, image: 'busybox:1.36.1' });
  if (problems.has('missing-volume')) spec.containers[0].volumeMounts.push({ name: 'data', mountPath: '/data' });
  return spec;
}

function workload(rng, kind, app, ns, problems) {
  const labels = { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': ns };
  const template = { metadata: { labels }, spec: podSpec(rng, app, problems) };
  const metadata = { name: app, namespace: ns, labels };
  switch (kind) {
    case 'Deployment':
      return { apiVersion: 'apps/v1', kind, metadata, spec: { replicas: rng.int(1, 5), selector: { matchLabels: labels }, template } };
    case 'StatefulSet':
      return { apiVersion: 'apps/v1', kind, metadata, spec: { serviceName: app, replicas: 3, selector: { matchLabels: labels }, template } };
    case 'DaemonSet':
      return { apiVersion: 'apps/v1', kind, metadata, spec: { selector: { matchLabels: labels }, template } };
    case 'Job':
      template.spec.restartPolicy = 'Never';
      return { apiVersion: 'batch/v1', kind, metadata, spec: { backoffLimit: 3, template } };
    case 'CronJob':
      template.spec.restartPolicy = 'OnFailure';
      return { apiVersion: 'batch/v1', kind, metadata, spec: { schedule: `${rng.int(0, 59)} ${rng.int(0, 23)} * * *`, jobTemplate: { spec: { template } } } };
    default:
      return { apiVersion: 'v1', kind: 'Pod', metadata: { ...metadata, name: `${app}-pod` }, spec: template.spec };
  }
}

function problemsFor(rng) {
  const problems = new Set();
  if (rng.chance(0.1)) problems.add(rng.pick(['privileged', 'duplicate-name', 'missing-volume']));
  return problems;
}

/** The documents of lint file i. */
export function lintDocs(seed, i) {
  const rng = makeRng(fileSeed(seed, 'lint', i));
  const ns = rng.pick(TEAMS);
  const app = `${rng.pick(APPS)}-${i}`;
  const kind = rng.pick(['Deployment', 'Deployment', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod']);
  const main = workload(rng, kind, app, ns, problemsFor(rng));
  if (rng.chance(0.5)) return { dir: `${ns}/${app}`, name: `${kind.toLowerCase()}.yaml`, docs: [main] };
  return {
    dir: `${ns}/${app}`,
    name: 'bundle.yaml',
    docs: [
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: app, namespace: ns } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${app}-config`, namespace: ns }, data: { LOG_LEVEL: 'info', FEATURES: 'a,b,c' } },
      main,
      { apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: ns }, spec: { selector: { 'app.kubernetes.io/name': app }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } },
    ],
  };
}

/** Old and new documents of pair i: an image bump, and in a quarter of the pairs a forbidden change. */
export function pairDocs(seed, i) {
  const { dir, name, docs } = lintDocs(seed, i);
  const rng = makeRng(fileSeed(seed, 'pairs', i));
  const next = structuredClone(docs);
  for (const d of next) {
    const spec = d.kind === 'Pod' ? d.spec : d.kind === 'CronJob' ? d.spec?.jobTemplate?.spec?.template?.spec : d.spec?.template?.spec;
    if (spec?.containers?.[0]) spec.containers[0].image = spec.containers[0].image.replace(/:.*$/, ':9.9.9');
    if (rng.chance(0.25)) {
      if (d.kind === 'Pod' && spec) spec.containers[0].env = [{ name: 'CHANGED', value: 'yes' }];
      else if (d.kind === 'Deployment') d.spec.selector.matchLabels = { ...d.spec.selector.matchLabels, track: 'canary' };
      else if (d.kind === 'StatefulSet') d.spec.serviceName = `${d.spec.serviceName}-headless`;
    }
  }
  return { dir, name, old: docs, next };
}

/** An AdmissionReview request body for review i. */
export function admissionReview(seed, i) {
  const { docs } = lintDocs(seed, i);
  const rng = makeRng(fileSeed(seed, 'admission', i));
  const object = docs.find((d) => d.spec) ?? docs[0];
  const update = rng.chance(0.4);
  return {
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: {
      uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: { group: object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '', version: 'v1', kind: object.kind },
      resource: { group: '', version: 'v1', resource: `${object.kind.toLowerCase()}s` },
      namespace: object.metadata.namespace,
      name: object.metadata.name,
      operation: update ? 'UPDATE' : 'CREATE',
      userInfo: { username: 'system:serviceaccount:ci:deployer', groups: ['system:serviceaccounts'] },
      object,
      oldObject: update ? object : null,
      dryRun: false,
    },
  };
}

/** Container i of the webhook benchmark's Pod (shared by bench-webhook.mjs and bench/rules.mjs). */
export function benchContainer(i) {
  return {
    name: `app-${i}`,
    image: `registry.example.com/team/app-${i}:1.${i}.0`,
    ports: [{ name: `http-${i}`, containerPort: 8080 + i, protocol: 'TCP' }],
    env: [
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
    ],
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
    readinessProbe: { httpGet: { path: '/ready', port: 8080 + i }, periodSeconds: 5 },
    livenessProbe: { httpGet: { path: '/healthz', port: 8080 + i }, periodSeconds: 10 },
    securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
    volumeMounts: [{ name: 'tmp', mountPath: `/tmp/${i}` }],
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    imagePullPolicy: 'IfNotPresent',
  };
}

/** The webhook benchmark's Pod, as a ReplicaSet creates it, with `containers` containers. */
export function benchPod(containers) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-7d9c8b6f5-x2k4p', generateName: 'web-7d9c8b6f5-', namespace: 'team-a', labels: { app: 'web', 'pod-template-hash': '7d9c8b6f5' } },
    spec: {
      containers: Array.from({ length: containers }, (_, i) => benchContainer(i)),
      volumes: [{ name: 'tmp', emptyDir: {} }],
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      serviceAccountName: 'default',
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      schedulerName: 'default-scheduler',
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    },
  };
}

function render(docs) {
  return docs.map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? dflt : args[i + 1];
  };
  const out = opt('out');
  const files = Number(opt('files', '2000'));
  const seed = Number(opt('seed', '1'));
  const mode = opt('mode', 'lint');
  if (!out || !Number.isInteger(files) || files < 1) {
    console.error('usage: gen-corpus.mjs --out DIR --files N [--seed S] [--mode lint|pairs|admission]');
    process.exit(2);
  }
  for (let i = 0; i < files; i++) {
    if (mode === 'lint') {
      const { dir, name, docs } = lintDocs(seed, i);
      mkdirSync(path.join(out, dir), { recursive: true });
      writeFileSync(path.join(out, dir, name), render(docs));
    } else if (mode === 'pairs') {
      const { dir, name, old, next } = pairDocs(seed, i);
      for (const [side, docs] of [['old', old], ['new', next]]) {
        mkdirSync(path.join(out, side, dir), { recursive: true });
        writeFileSync(path.join(out, side, dir, name), render(docs));
      }
    } else if (mode === 'admission') {
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, `review-${String(i).padStart(6, '0')}.json`), JSON.stringify(admissionReview(seed, i)));
    } else {
      console.error(`unknown mode ${mode}`);
      process.exit(2);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
