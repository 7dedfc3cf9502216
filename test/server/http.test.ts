// End-to-end over real TLS (a certificate made by openssl, verified by the client): reviews, bad input,
// probes and metrics, timeouts, certificate rotation and config reload without restart.
import { X509Certificate } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PodlintError } from '../../src/core/errors.js';
import { defineRule } from '../../src/core/rule.js';
import { withSyntaxRules } from '../../src/core/syntax-rules.js';
import type { JsonObject } from '../../src/k8s/values.js';
import { startServer } from '../../src/server/http.js';
import type { LogEntry, RunningServer } from '../../src/server/http.js';
import { builtinRules } from '../../rules/index.js';
import { eventually, request, sleep } from './client.js';
import { container, deployment, hasOpenssl, makeCert, pod, review, sample } from './helpers.js';

const RULES = withSyntaxRules(builtinRules);
const haveOpenssl = hasOpenssl();
if (!haveOpenssl) console.warn('skipping webhook TLS tests: openssl is not installed (apt-get install openssl)');

function fingerprint(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}

describe.skipIf(!haveOpenssl)('podlint serve over TLS', () => {
  let tmp: string;
  let certs: { cert: string; key: string };
  let ca: string;
  let server: RunningServer;
  const logs: LogEntry[] = [];
  let url: string;
  let configFile: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'podlint-serve-'));
    certs = makeCert(mkdtempSync(path.join(tmp, 'tls-')));
    ca = readFileSync(certs.cert, 'utf8');
    configFile = path.join(tmp, 'podlint.yaml');
    writeFileSync(configFile, 'webhook:\n  mode: enforce\n  namespaces:\n    relaxed: warn\n');
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      tls: { certFile: certs.cert, keyFile: certs.key },
      configFile,
      probePort: 0,
      probeHost: '127.0.0.1',
      rules: RULES,
      log: (e) => logs.push(e),
      reloadIntervalMs: 100,
      headersTimeoutMs: 500,
      requestTimeoutMs: 800,
      timeoutCheckMs: 100,
      handshakeTimeoutMs: 500,
    });
    url = `https://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.shutdown();
    rmSync(tmp, { recursive: true, force: true });
  });

  const post = (body: unknown, headers?: Record<string, string>) => request(`${url}/validate`, body, { ca, agent: false, ...(headers ? { headers } : {}) });

  describe('reviews', () => {
    it('CREATE of the sample pod: 200, denied 403, uid echoed', async () => {
      const r = await post(sample('pod-create-request.json'));
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('application/json');
      const res = (r.json() as JsonObject)['response'] as JsonObject;
      expect(res).toMatchObject({ uid: '0f6b7c2e-5d1a-4f0e-9a7b-2c3d4e5f6a71', allowed: false, status: { code: 403, reason: 'Forbidden' } });
    });
    it('UPDATE of the sample pod (image bump): allowed', async () => {
      const r = await post(sample('pod-update-request.json'));
      expect((r.json() as JsonObject)['response']).toEqual({ uid: '9a3e1b7d-4c2f-4e8a-b1d0-7f6e5d4c3b21', allowed: true });
    });
    it('pods/ephemeralcontainers UPDATE with a privileged debugger: denied', async () => {
      const r = await post(sample('pod-ephemeralcontainers-update-request.json'));
      const res = (r.json() as JsonObject)['response'] as JsonObject;
      expect(res['allowed']).toBe(false);
      expect((res['status'] as JsonObject)['message']).toMatch(/^spec\.ephemeralContainers\[0\]\.securityContext\.privileged: /);
    });
    it('pods/resize UPDATE: a CPU change is allowed, a QoS class change is denied by the resize rules', async () => {
      const withResources = (resources: JsonObject): JsonObject => pod('web', [{ ...container('app'), resources }]);
      const old = withResources({ requests: { cpu: '100m', memory: '64Mi' } });
      const ok = await post(review({ operation: 'UPDATE', object: withResources({ requests: { cpu: '200m', memory: '64Mi' } }), oldObject: old, subResource: 'resize' }));
      expect(((ok.json() as JsonObject)['response'] as JsonObject)['allowed']).toBe(true);
      const bestEffort = pod('web', [container('app')]);
      const qos = await post(review({ operation: 'UPDATE', object: withResources({ requests: { cpu: '200m' } }), oldObject: bestEffort, subResource: 'resize' }));
      const res = (qos.json() as JsonObject)['response'] as JsonObject;
      expect(res['allowed']).toBe(false);
      expect((res['status'] as JsonObject)['message']).toMatch(/\(valid-pod-resize\)/);
    });
    it('Deployment CREATE and UPDATE; warn mode per namespace gives warnings', async () => {
      const bad = deployment('web', [container('app', { privileged: true })]);
      const created = ((await post(review({ object: bad }))).json() as JsonObject)['response'] as JsonObject;
      expect(created['allowed']).toBe(false);
      const scaled = ((await post(review({ operation: 'UPDATE', object: deployment('web', [container('app', { privileged: true })], 5), oldObject: bad }))).json() as JsonObject)['response'] as JsonObject;
      expect(scaled['allowed']).toBe(true);
      const relaxed = ((await post(review({ object: bad, namespace: 'relaxed' }))).json() as JsonObject)['response'] as JsonObject;
      expect(relaxed['allowed']).toBe(true);
      expect(relaxed['warnings']).toEqual([expect.stringMatching(/\(no-privileged-container\)$/)]);
    });
    it('DELETE and unknown kinds: allowed', async () => {
      const del = ((await post(review({ operation: 'DELETE', oldObject: pod('web', [container('a', { privileged: true })]) }))).json() as JsonObject)['response'];
      expect(del).toMatchObject({ allowed: true });
      const svc = ((await post(review({ object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } } }))).json() as JsonObject)['response'];
      expect(svc).toMatchObject({ allowed: true });
    });
    it('concurrent reviews (decided together when they arrive in one turn) each get their own answer', async () => {
      const agent = new https.Agent({ keepAlive: true, maxSockets: 16, ca });
      const kinds = ['denied', 'allowed', 'malformed', 'not-a-review', 'delete'] as const;
      const cases = Array.from({ length: 40 }, (_, i) => ({ i, kind: kinds[i % kinds.length]!, uid: `concurrent-${i}` }));
      const bodyOf = (c: (typeof cases)[number]): unknown => {
        if (c.kind === 'malformed') return '{"apiVersion": "admission.k8s.io/v1", "kind": ';
        if (c.kind === 'not-a-review') return { apiVersion: 'v1', kind: 'Pod' };
        if (c.kind === 'delete') return review({ uid: c.uid, operation: 'DELETE', oldObject: pod(`p${c.i}`, [container('a', { privileged: true })]) });
        return review({ uid: c.uid, object: pod(`p${c.i}`, [container('a', c.kind === 'denied' ? { privileged: true } : {})]) });
      };
      try {
        const replies = await Promise.all(cases.map((c) => request(`${url}/validate`, bodyOf(c), { ca, agent })));
        replies.forEach((r, n) => {
          const c = cases[n]!;
          if (c.kind === 'malformed' || c.kind === 'not-a-review') {
            expect(r.status).toBe(400);
            expect((r.json() as JsonObject)['error']).toMatch(c.kind === 'malformed' ? /^malformed JSON/ : /^not an AdmissionReview request/);
            return;
          }
          expect(r.status).toBe(200);
          const res = (r.json() as JsonObject)['response'] as JsonObject;
          expect(res['uid']).toBe(c.uid);
          expect(res['allowed']).toBe(c.kind !== 'denied');
          if (c.kind === 'denied') expect((res['status'] as JsonObject)['message']).toMatch(/\(no-privileged-container\)/);
        });
      } finally {
        agent.destroy();
      }
    });
    it('logs one JSON entry per review with uid, kind, verdict and duration, never the object', () => {
      const reviews = logs.filter((l) => l.msg === 'review');
      expect(reviews.length).toBeGreaterThanOrEqual(5);
      const created = reviews.find((l) => l['uid'] === '0f6b7c2e-5d1a-4f0e-9a7b-2c3d4e5f6a71')!;
      expect(created).toMatchObject({ level: 'info', operation: 'CREATE', kind: 'Pod', namespace: 'team-a', name: 'web', verdict: 'denied', mode: 'enforce' });
      expect(typeof created['durationMs']).toBe('number');
      const text = JSON.stringify(logs);
      expect(text).not.toContain('registry.example.com');
      expect(text).not.toContain('"containers"');
      expect(text).not.toContain('"image"');
    });
  });

  describe('bad input', () => {
    it('malformed JSON: 400 with a JSON error', async () => {
      const r = await post('{"apiVersion": ');
      expect(r.status).toBe(400);
      expect(r.json()).toMatchObject({ code: 400, error: expect.stringMatching(/^malformed JSON/) });
    });
    it('JSON that is not an AdmissionReview: 400', async () => {
      for (const body of ['[]', '"x"', '{"kind":"AdmissionReview","apiVersion":"admission.k8s.io/v1","request":{"operation":"CREATE"}}']) {
        const r = await post(body);
        expect(r.status).toBe(400);
        expect((r.json() as JsonObject)['error']).toMatch(/^not an AdmissionReview request/);
      }
    });
    it('a body over 8 MiB: 413 (declared length and streamed)', async () => {
      const big = Buffer.alloc(8 * 1024 * 1024 + 10, 0x20);
      const r = await post(big);
      expect(r.status).toBe(413);
      expect((r.json() as JsonObject)['code']).toBe(413);
      // Chunked, without content-length: the server counts.
      const chunked = await post(big, { 'transfer-encoding': 'chunked' });
      expect(chunked.status).toBe(413);
      // A 3 MiB object plus old object (about 6 MiB) is fine.
      const filler = 'x'.repeat(3 * 1024 * 1024);
      const large = pod('web', [container('app')]);
      (large['metadata'] as JsonObject)['annotations'] = { filler };
      const ok = await post(review({ operation: 'UPDATE', object: large, oldObject: large }));
      expect(ok.status).toBe(200);
    });
    it('wrong method and unknown path', async () => {
      expect((await request(`${url}/validate`, undefined, { ca, agent: false })).status).toBe(405);
      expect((await request(`${url}/nope`, undefined, { ca, agent: false })).status).toBe(404);
    });
    it('an internal error answers per the failure mode, not 500', async () => {
      const crashing = defineRule<'m'>({
        id: 'crashing',
        meta: { description: 'Crash', category: 'pitfall', severity: 'error', remediation: 'Fix it.', messages: { m: '{{path}}: m' } },
        create: () => ({
          podSpec() {
            throw new Error('boom');
          },
        }),
      });
      const s = await startServer({ port: 0, host: '127.0.0.1', tls: { certFile: certs.cert, keyFile: certs.key }, rules: withSyntaxRules([crashing]), log: () => undefined });
      try {
        const r = await request(`https://127.0.0.1:${s.port}/validate`, review({ uid: 'u-crash', object: pod('web', [container('app')]) }), { ca, agent: false });
        expect(r.status).toBe(200);
        expect((r.json() as JsonObject)['response']).toMatchObject({ uid: 'u-crash', allowed: true });
      } finally {
        await s.shutdown();
      }
    });
    it('keeps an idle keep-alive connection open past the header and request timeouts', async () => {
      const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ca });
      try {
        const once = (): Promise<{ status: number; reused: boolean }> =>
          new Promise((resolve, reject) => {
            const req = https.request({ host: '127.0.0.1', port: server.port, path: '/healthz', agent, servername: 'localhost' }, (res) => {
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
            });
            req.on('error', reject);
            req.end();
          });
        expect(await once()).toEqual({ status: 200, reused: false });
        await sleep(1200); // over headersTimeoutMs (500) and requestTimeoutMs (800)
        expect(await once()).toEqual({ status: 200, reused: true });
      } finally {
        agent.destroy();
      }
    });
    it('a client that stalls in the headers or the body is cut off', async () => {
      const stall = (payload: string): Promise<{ ms: number; data: string }> =>
        new Promise((resolve, reject) => {
          const started = Date.now();
          let data = '';
          const socket = connect({ host: '127.0.0.1', port: server.port, ca, servername: 'localhost' }, () => socket.write(payload));
          socket.on('data', (d) => (data += String(d)));
          socket.on('error', () => undefined);
          socket.on('close', () => resolve({ ms: Date.now() - started, data }));
          setTimeout(() => reject(new Error('server did not close the stalled connection')), 5000).unref();
        });
      const headers = await stall('POST /validate HTTP/1.1\r\nHost: x\r\n');
      expect(headers.ms).toBeLessThan(3000);
      const body = await stall('POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"apiVersion"');
      expect(body.ms).toBeLessThan(3000);
      expect(body.data).toMatch(/^HTTP\/1\.1 408/);
    });
  });

  describe('TLS', () => {
    it('refuses TLS 1.1 and accepts TLS 1.2', async () => {
      const tryVersion = (maxVersion: 'TLSv1.1' | 'TLSv1.2'): Promise<string> =>
        new Promise((resolve) => {
          const s = connect({ host: '127.0.0.1', port: server.port, ca, servername: 'localhost', minVersion: 'TLSv1', maxVersion }, () => {
            resolve(s.getProtocol() ?? 'none');
            s.end();
          });
          s.on('error', () => resolve('refused'));
        });
      expect(await tryVersion('TLSv1.1')).toBe('refused');
      expect(await tryVersion('TLSv1.2')).toBe('TLSv1.2');
    });

    it('reloads a rotated certificate without restart, and keeps the old one while the pair does not match', async () => {
      const before = await request(`${url}/healthz`, undefined, { ca, agent: false });
      expect(before.peer?.fingerprint256).toBe(fingerprint(ca));
      const next = makeCert(mkdtempSync(path.join(tmp, 'next-')), 'rotated.podlint.svc');
      const nextPem = readFileSync(next.cert, 'utf8');
      // Mid-rotation: new certificate, old key. The server keeps serving the old pair.
      copyFileSync(next.cert, certs.cert);
      await server.reload();
      const mid = await request(`${url}/healthz`, undefined, { ca, agent: false });
      expect(mid.status).toBe(200);
      expect(mid.peer?.fingerprint256).toBe(fingerprint(ca));
      expect(logs.some((l) => l.msg.startsWith('new TLS certificate or key rejected'))).toBe(true);
      // The key arrives; the file watch / poll picks it up with no explicit reload.
      copyFileSync(next.key, certs.key);
      await eventually(async () => {
        const r = await request(`${url}/healthz`, undefined, { ca: nextPem, agent: false }).catch(() => undefined);
        return r?.peer?.fingerprint256 === fingerprint(nextPem);
      }, 10_000, 'the rotated certificate');
      ca = nextPem;
      const r = await post(sample('pod-create-request.json'));
      expect(r.status).toBe(200);
      expect(server.metrics.reloads.get({ what: 'tls', result: 'success' })).toBeGreaterThanOrEqual(1);
    });

    it('follows a Secret-style symlink swap (..data)', async () => {
      const dir = mkdtempSync(path.join(tmp, 'secret-'));
      const first = makeCert(mkdtempSync(path.join(dir, '..2026_01_01')), 'first');
      symlinkSync(path.basename(first.dir), path.join(dir, '..data'));
      symlinkSync('..data/tls.crt', path.join(dir, 'tls.crt'));
      symlinkSync('..data/tls.key', path.join(dir, 'tls.key'));
      const s = await startServer({ port: 0, host: '127.0.0.1', tls: { certFile: path.join(dir, 'tls.crt'), keyFile: path.join(dir, 'tls.key') }, rules: RULES, log: () => undefined, reloadIntervalMs: 100 });
      try {
        const second = makeCert(mkdtempSync(path.join(dir, '..2026_01_02')), 'second');
        symlinkSync(path.basename(second.dir), path.join(dir, '..data_tmp'));
        renameSync(path.join(dir, '..data_tmp'), path.join(dir, '..data'));
        const pem = readFileSync(second.cert, 'utf8');
        await eventually(async () => {
          const r = await request(`https://127.0.0.1:${s.port}/healthz`, undefined, { ca: pem, agent: false }).catch(() => undefined);
          return r?.status === 200;
        }, 10_000, 'the swapped certificate');
      } finally {
        await s.shutdown();
      }
    });
  });

  describe('config reload', () => {
    const privileged = (): JsonObject => review({ object: pod('web', [container('app', { privileged: true })]) });
    it('applies a changed config and keeps the old one when the new one is invalid', async () => {
      expect((((await post(privileged())).json() as JsonObject)['response'] as JsonObject)['allowed']).toBe(false);
      writeFileSync(configFile, 'webhook:\n  mode: warn\n');
      await eventually(async () => (((await post(privileged())).json() as JsonObject)['response'] as JsonObject)['allowed'] === true, 10_000, 'warn mode');
      writeFileSync(configFile, 'webhook:\n  mode: sometimes\n');
      await eventually(() => logs.some((l) => l.msg === 'invalid config; keeping the previous one'), 10_000, 'the invalid-config log');
      const entry = logs.find((l) => l.msg === 'invalid config; keeping the previous one')!;
      expect(entry['error']).toMatch(/webhook\.mode/);
      const r = ((await post(privileged())).json() as JsonObject)['response'] as JsonObject;
      expect(r['allowed']).toBe(true);
      expect(r['warnings']).toHaveLength(1);
      expect(server.metrics.reloads.get({ what: 'config', result: 'failure' })).toBeGreaterThanOrEqual(1);
      writeFileSync(configFile, 'webhook:\n  mode: enforce\n');
      await eventually(async () => (((await post(privileged())).json() as JsonObject)['response'] as JsonObject)['allowed'] === false, 10_000, 'enforce mode');
    });
  });

  describe('probes and metrics', () => {
    it('serves /healthz, /readyz and /metrics on the HTTPS port and the plain probe port', async () => {
      for (const base of [url, `http://127.0.0.1:${server.probePort}`]) {
        expect((await request(`${base}/healthz`, undefined, { ca, agent: false })).status).toBe(200);
        expect((await request(`${base}/readyz`, undefined, { ca, agent: false })).text).toBe('ok\n');
        const m = await request(`${base}/metrics`, undefined, { ca, agent: false });
        expect(m.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
        expect(m.text).toMatch(/^podlint_admission_requests_total\{operation="CREATE",kind="Pod",verdict="denied"\} [1-9]\d*$/m);
        expect(m.text).toMatch(/^podlint_admission_requests_total\{operation="UPDATE",kind="Deployment",verdict="allowed"\} [1-9]\d*$/m);
        expect(m.text).toMatch(/^podlint_admission_findings_total\{rule="no-privileged-container",severity="error"\} [1-9]\d*$/m);
        expect(m.text).toMatch(/^podlint_admission_review_duration_seconds_bucket\{le="\+Inf"\} [1-9]\d*$/m);
        expect(m.text).toMatch(/^podlint_http_errors_total\{code="413"\} [1-9]\d*$/m);
        expect(m.text).toMatch(/^podlint_ready 1$/m);
      }
      expect((await request(`http://127.0.0.1:${server.probePort}/validate`, sample('pod-create-request.json'))).status).toBe(404);
    });
    it('bounds the kind label', async () => {
      await post(review({ object: { apiVersion: 'v1', kind: 'Weird"Kind\n', metadata: { name: 'x' } } }));
      const m = await request(`${url}/metrics`, undefined, { ca, agent: false });
      expect(m.text).not.toContain('Weird');
      expect(m.text).toMatch(/kind="other"/);
    });
  });
});

describe.skipIf(!haveOpenssl)('start-up', () => {
  it('refuses to start without certificates, with a bad pair, or with an invalid config', async () => {
    await expect(startServer({ port: 0, host: '127.0.0.1', rules: RULES, log: () => undefined })).rejects.toThrow(/--tls-cert and --tls-key are required/);
    const a = makeCert();
    const b = makeCert();
    await expect(startServer({ port: 0, host: '127.0.0.1', tls: { certFile: a.cert, keyFile: b.key }, rules: RULES, log: () => undefined })).rejects.toThrow(PodlintError);
    const cfg = path.join(a.dir, 'bad.yaml');
    writeFileSync(cfg, 'webhook:\n  exemptions:\n    users: [x]\n');
    await expect(startServer({ port: 0, host: '127.0.0.1', tls: { certFile: a.cert, keyFile: a.key }, configFile: cfg, rules: RULES, log: () => undefined })).rejects.toThrow(/unknown key "users"/);
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
  });
  it('--insecure-http serves plain HTTP on loopback only', async () => {
    await expect(startServer({ port: 0, host: '0.0.0.0', insecureHttp: true, rules: RULES, log: () => undefined })).rejects.toThrow(/loopback only/);
    const s = await startServer({ port: 0, insecureHttp: true, rules: RULES, log: () => undefined });
    try {
      const r = await request(`http://127.0.0.1:${s.port}/validate`, sample('pod-create-request.json'));
      expect(((r.json() as JsonObject)['response'] as JsonObject)['allowed']).toBe(false);
    } finally {
      await s.shutdown();
    }
  });
  it('shutdown finishes an in-flight review, then closes; readyz fails while draining', async () => {
    const s = await startServer({ port: 0, insecureHttp: true, rules: RULES, log: () => undefined, shutdownDelayMs: 300 });
    const base = `http://127.0.0.1:${s.port}`;
    const body = JSON.stringify(sample('pod-create-request.json'));
    const http = await import('node:http');
    const inflight = new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}/validate`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.write(body.slice(0, 100));
      setTimeout(() => req.end(body.slice(100)), 600);
    });
    await sleep(50);
    const stopping = s.shutdown();
    expect((await request(`${base}/readyz`, undefined, { agent: false })).status).toBe(503);
    expect(await inflight).toBe(200);
    await stopping;
    await expect(request(`${base}/healthz`, undefined, { agent: false })).rejects.toThrow();
  });
});
