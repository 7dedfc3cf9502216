// A small HTTPS/HTTP client for the webhook tests (127.0.0.1 only).
import http from 'node:http';
import https from 'node:https';
import type { PeerCertificate, TLSSocket } from 'node:tls';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => unknown;
  peer?: PeerCertificate;
}

export interface RequestOptions {
  method?: string;
  ca?: string;
  agent?: http.Agent | false;
  headers?: Record<string, string>;
}

/** One request; `body` may be a string, a Buffer or a value to JSON-encode. */
export function request(url: string, body?: unknown, options: RequestOptions = {}): Promise<Reply> {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  const mod = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
        headers: { ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...(options.headers ?? {}) },
        ...(options.agent !== undefined ? { agent: options.agent } : {}),
        ...(secure ? { ca: options.ca, servername: 'localhost' } : {}),
      },
      (res) => {
        const peer = secure ? (res.socket as TLSSocket).getPeerCertificate?.() : undefined;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text), ...(peer ? { peer } : {}) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Poll until `check` returns true (or throw after `timeoutMs`). */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
