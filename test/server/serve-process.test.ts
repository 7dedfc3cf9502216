// `podlint serve` as a real process: usage errors, and SIGTERM during load with no failed request.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import https from 'node:https';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';
import { request, sleep } from './client.js';
import { hasOpenssl, makeCert, pod, review, sample } from './helpers.js';

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd: ROOT, isTTY: false };
}

describe('podlint serve usage', () => {
  it('requires --tls-cert and --tls-key unless --insecure-http', async () => {
    const x = io();
    expect(await main(['serve'], x)).toBe(2);
    expect(x.err.join('')).toMatch(/--tls-cert and --tls-key are required/);
  });
  it('rejects a bad port and --insecure-http on a non-loopback address', async () => {
    const a = io();
    expect(await main(['serve', '--insecure-http', '--port', 'http'], a)).toBe(2);
    expect(a.err.join('')).toMatch(/--port expects a port number/);
    const b = io();
    expect(await main(['serve', '--insecure-http', '--host', '0.0.0.0', '--port', '0'], b)).toBe(2);
    expect(b.err.join('')).toMatch(/loopback only/);
  });
  it('is listed in the help', async () => {
    const x = io();
    await main(['--help'], x);
    expect(x.out.join('')).toMatch(/serve \[options\]\s+run the validating admission webhook/);
  });
});

interface Started {
  child: ChildProcess;
  port: number;
  lines: string[];
  exit: Promise<number | null>;
}

function startProcess(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/bin.ts'), 'serve', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp' },
  });
  const lines: string[] = [];
  let buffered = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 30_000);
    child.stdout!.on('data', (d) => {
      buffered += String(d);
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        const entry = JSON.parse(line) as { msg: string; port?: number };
        if (entry.msg === 'listening') {
          clearTimeout(timer);
          resolve({ child, port: entry.port!, lines, exit });
        }
      }
    });
    void exit.then((code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}

describe('podlint serve with a config that loads plugins', () => {
  it('runs the custom rules of `plugins:` in the config', async () => {
    const server = await startProcess(['--insecure-http', '--port', '0', '--config', path.join(ROOT, 'fixtures/plugins/example/.podlint.yaml')]);
    try {
      const body = review({ object: pod('web', [{ name: 'app', image: 'docker.io/library/nginx:1.27' }]) });
      const r = await request(`http://127.0.0.1:${server.port}/validate`, body);
      const res = (r.json() as { response: { allowed: boolean; status: { message: string } } }).response;
      expect(res.allowed).toBe(false);
      expect(res.status.message).toMatch(/\(allowed-image-registries\)$/);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);
    }
  });
});

describe.skipIf(!hasOpenssl())('SIGTERM during load', () => {
  it('finishes every request (including one in flight when the listener closes) and exits 0', async () => {
    const certs = makeCert();
    const ca = readFileSync(certs.cert, 'utf8');
    const server = await startProcess(['--tls-cert', certs.cert, '--tls-key', certs.key, '--port', '0', '--host', '127.0.0.1', '--shutdown-delay', '1']);
    const body = JSON.stringify(sample('pod-create-request.json'));
    const agent = new https.Agent({ keepAlive: true, maxSockets: 8, ca });
    const results: (number | string)[] = [];
    const one = (): Promise<void> =>
      new Promise((resolve) => {
        const req = https.request({ host: '127.0.0.1', port: server.port, path: '/validate', method: 'POST', agent, servername: 'localhost', headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (c) => (text += String(c)));
          res.on('end', () => {
            const ok = res.statusCode === 200 && (JSON.parse(text) as { response: { uid: string } }).response.uid === '0f6b7c2e-5d1a-4f0e-9a7b-2c3d4e5f6a71';
            results.push(ok ? 200 : `bad ${res.statusCode} ${text}`);
            resolve();
          });
        });
        req.on('error', (e) => {
          results.push(`error ${e.message}`);
          resolve();
        });
        req.end(body);
      });
    let stop = false;
    const workers = Array.from({ length: 8 }, async () => {
      while (!stop) await one();
    });
    await sleep(500);
    // A slow review: headers and half of the body now, the rest after the listener has closed.
    const slow = new Promise<number | string>((resolve) => {
      const req = https.request({ host: '127.0.0.1', port: server.port, path: '/validate', method: 'POST', agent: false, ca, servername: 'localhost', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', (e) => resolve(`error ${e.message}`));
      req.write(body.slice(0, 200));
      setTimeout(() => req.end(body.slice(200)), 1800);
    });
    await sleep(100);
    server.child.kill('SIGTERM');
    // The shutdown delay stands for the time endpoints take to drop the pod: clients stop within it.
    await sleep(500);
    stop = true;
    await Promise.all(workers);
    expect(await slow).toBe(200);
    const code = await server.exit;
    agent.destroy();
    rmSync(certs.dir, { recursive: true, force: true });
    expect(results.filter((r) => r !== 200)).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
    expect(code).toBe(0);
    const msgs = server.lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(msgs).toContain('shutting down');
    expect(msgs.at(-1)).toBe('stopped');
  });
});
