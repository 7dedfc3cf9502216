// Helpers for the webhook tests: AdmissionReview builders, sample bodies, certificates made with openssl.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JsonObject } from '../../src/k8s/values.js';
import { FIXTURES } from '../helpers.js';

export const ADMISSION_FIXTURES = path.join(FIXTURES, 'admission');

export function sample(name: string): JsonObject {
  return JSON.parse(readFileSync(path.join(ADMISSION_FIXTURES, name), 'utf8')) as JsonObject;
}

export interface ReviewInput {
  operation?: string;
  object?: unknown;
  oldObject?: unknown;
  namespace?: string;
  subResource?: string;
  username?: string;
  groups?: string[];
  uid?: string;
  apiVersion?: string;
}

let counter = 0;
/** An AdmissionReview request as the API server sends it. */
export function review(input: ReviewInput): JsonObject {
  const object = (input.object ?? null) as JsonObject | null;
  const kind = typeof object?.['kind'] === 'string' ? object['kind'] : 'Pod';
  const apiVersion = typeof object?.['apiVersion'] === 'string' ? object['apiVersion'] : 'v1';
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  const version = apiVersion.split('/').pop()!;
  const resource = `${kind.toLowerCase()}s`;
  const request: JsonObject = {
    uid: input.uid ?? `uid-${++counter}`,
    kind: { group, version, kind },
    resource: { group, version, resource },
    requestKind: { group, version, kind },
    requestResource: { group, version, resource },
    name: String((object?.['metadata'] as JsonObject | undefined)?.['name'] ?? ''),
    namespace: input.namespace ?? 'team-a',
    operation: input.operation ?? 'CREATE',
    userInfo: { username: input.username ?? 'alice@example.com', groups: input.groups ?? ['developers', 'system:authenticated'] },
    object: object as JsonObject | null,
    oldObject: (input.oldObject ?? null) as JsonObject | null,
    dryRun: false,
  };
  if (input.subResource) {
    request['subResource'] = input.subResource;
    request['requestSubResource'] = input.subResource;
  }
  return { apiVersion: input.apiVersion ?? 'admission.k8s.io/v1', kind: 'AdmissionReview', request };
}

export interface ContainerOptions {
  privileged?: boolean;
  name?: string;
}

export function container(name: string, options: ContainerOptions = {}): JsonObject {
  const c: JsonObject = { name, image: `registry.example.com/${name}:1.0.0` };
  if (options.privileged) c['securityContext'] = { privileged: true };
  return c;
}

export function pod(name: string, containers: JsonObject[], extra: { labels?: Record<string, string>; ephemeral?: JsonObject[]; deletionTimestamp?: string } = {}): JsonObject {
  const metadata: JsonObject = { name, namespace: 'team-a', labels: extra.labels ?? { app: name } };
  if (extra.deletionTimestamp) metadata['deletionTimestamp'] = extra.deletionTimestamp;
  const spec: JsonObject = { containers };
  if (extra.ephemeral) spec['ephemeralContainers'] = extra.ephemeral;
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}

export function deployment(name: string, containers: JsonObject[], replicas = 2): JsonObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'team-a' },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers } },
    },
  };
}

export function cronJob(name: string, containers: JsonObject[]): JsonObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name, namespace: 'team-a' },
    spec: { schedule: '0 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers } } } } },
  };
}

export function hasOpenssl(): boolean {
  return spawnSync('sh', ['-c', 'command -v openssl'], { stdio: 'ignore' }).status === 0;
}

/** A self-signed EC certificate for 127.0.0.1 and localhost in a new temp dir; returns the file paths. */
export function makeCert(dir = mkdtempSync(path.join(os.tmpdir(), 'podlint-tls-')), cn = 'podlint-webhook.podlint.svc'): { dir: string; cert: string; key: string } {
  const cert = path.join(dir, 'tls.crt');
  const key = path.join(dir, 'tls.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', `/CN=${cn}`,
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { dir, cert, key };
}
