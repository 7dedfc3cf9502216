// `podlint serve`: the HTTPS server the API server calls. The only module with sockets. It reads bodies
// (with a size limit and timeouts), hands them to the pure admission decision, and owns TLS and config
// reloads, health endpoints, metrics, structured logs and graceful shutdown.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { isIPv4, isIPv6 } from 'node:net';
import { createSecureContext } from 'node:tls';
import { PodlintError } from '../core/errors.js';
import type { Config, ConfigSource } from '../core/config.js';
import type { AnyRule } from '../core/rule.js';
import { BadReviewError, failureReview, reviewAdmission } from './admission.js';
import type { AdmissionSettings, ReviewResult } from './admission.js';
import { Metrics } from './metrics.js';
import { configFromText, dayOf, settingsFromConfig } from './settings.js';
import { watchFiles } from './watch.js';
import type { WatchedFiles } from './watch.js';

/** The API server sends up to 3 MiB of object plus the old object; allow 8 MiB. */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

export type LogEntry = Record<string, unknown> & { level: 'info' | 'warn' | 'error'; msg: string };
export type Logger = (entry: LogEntry) => void;

export interface ServeOptions {
  /** Port of the HTTPS (or loopback HTTP) server; 0 picks a free one. */
  port: number;
  /** Address to listen on (default: all interfaces; 127.0.0.1 with `insecureHttp`). */
  host?: string;
  /** Certificate and key files (PEM). Required unless `insecureHttp`. */
  tls?: { certFile: string; keyFile: string };
  /** Plain HTTP on loopback only, for local testing. */
  insecureHttp?: boolean;
  /** Config file (YAML/JSON, the `.podlint.yaml` format with its `webhook:` section); reloaded on change. */
  configFile?: string;
  /** Plain-HTTP port for /healthz, /readyz and /metrics (kubelet probes, Prometheus). */
  probePort?: number;
  probeHost?: string;
  rules: readonly AnyRule[];
  log?: Logger;
  bodyLimit?: number;
  /** Whole request (headers and body) must arrive within this (default 10 s). */
  requestTimeoutMs?: number;
  /** Headers must arrive within this (default 5 s). */
  headersTimeoutMs?: number;
  /** TLS handshake must finish within this (default 5 s). */
  handshakeTimeoutMs?: number;
  /** Idle keep-alive connections are closed after this (default 120 s: longer than the 90 s idle timeout of Go clients such as the API server, so the server never closes a connection the client is about to reuse). */
  keepAliveTimeoutMs?: number;
  /** How often timeouts are enforced (default 1 s). */
  timeoutCheckMs?: number;
  /** How often the certificate and config files are re-read besides file-change events (default 10 s). */
  reloadIntervalMs?: number;
  /** After SIGTERM, keep serving (not ready) this long so endpoints drop the pod (default 0). */
  shutdownDelayMs?: number;
  /** In-flight requests get this long to finish after the listener closes (default 20 s). */
  shutdownTimeoutMs?: number;
}

export interface RunningServer {
  readonly port: number;
  readonly probePort: number | undefined;
  readonly url: string;
  readonly metrics: Metrics;
  /** Stop accepting, finish in-flight reviews, close. Idempotent. */
  shutdown(): Promise<void>;
  /** Re-read the certificate and config files now (they are also watched and polled). */
  reload(): Promise<void>;
  /** Resolves once the server has shut down. */
  readonly closed: Promise<void>;
}

/**
 * JSON lines through `write`. Lines logged in one turn of the event loop are written together, right after
 * it (a write per review costs as much as the review under load); nothing is held longer than that.
 */
export function jsonLogger(write: (text: string) => void): Logger {
  let pending = '';
  const flush = (): void => {
    const text = pending;
    pending = '';
    if (text !== '') write(text);
  };
  return (entry) => {
    if (pending === '') setImmediate(flush);
    // The line of `{ time, ...entry }`, without copying the entry into a new object (a line per review).
    const time = new Date().toISOString();
    pending += Object.hasOwn(entry, 'time') ? `${JSON.stringify({ time, ...entry })}\n` : `{"time":"${time}",${JSON.stringify(entry).slice(1)}\n`;
    if (pending.length > 65536) flush();
  };
}

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIPv4(host)) return host.startsWith('127.');
  if (isIPv6(host)) return host === '::1';
  return false;
}

function readTls(files: { certFile: string; keyFile: string }): { cert: string; key: string } {
  let cert: string;
  let key: string;
  try {
    cert = readFileSync(files.certFile, 'utf8');
    key = readFileSync(files.keyFile, 'utf8');
  } catch (e) {
    throw new PodlintError('E_USAGE', `cannot read the TLS certificate or key: ${(e as Error).message}`);
  }
  checkTls(cert, key);
  return { cert, key };
}

/** Throws when the pair does not make a TLS context (bad PEM, key does not match the certificate). */
function checkTls(cert: string, key: string): void {
  try {
    createSecureContext({ cert, key, minVersion: 'TLSv1.2' });
  } catch (e) {
    throw new PodlintError('E_USAGE', `invalid TLS certificate or key: ${(e as Error).message}`);
  }
}

function readConfig(file: string, rules: readonly AnyRule[]): { text: string; config: Config } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PodlintError('E_CONFIG_NOT_FOUND', `Cannot read config file "${file}": ${(e as Error).message}`);
  }
  return { text, config: configFromText(text, rules, file) };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Start the webhook. Resolves once it listens; throws PodlintError on bad options, certificates or config. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? jsonLogger((l) => process.stdout.write(l));
  const metrics = new Metrics();
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const host = options.host ?? (options.insecureHttp ? '127.0.0.1' : undefined);
  if (options.insecureHttp) {
    if (options.tls) throw new PodlintError('E_USAGE', '--insecure-http cannot be combined with --tls-cert/--tls-key');
    if (host === undefined || !isLoopback(host)) throw new PodlintError('E_USAGE', `--insecure-http listens on loopback only, not "${host ?? '*'}"`);
  } else if (!options.tls) {
    throw new PodlintError('E_USAGE', '--tls-cert and --tls-key are required (or --insecure-http for local testing on loopback)');
  }

  // Load everything before listening: the server is ready as soon as it listens.
  const tlsFiles = options.tls;
  const tlsPair = tlsFiles ? readTls(tlsFiles) : undefined;
  const loaded = options.configFile ? readConfig(options.configFile, options.rules) : undefined;
  let config: Config = loaded?.config ?? {};
  let source: ConfigSource | undefined = loaded && options.configFile ? { file: options.configFile, text: loaded.text } : undefined;
  const build = (today: string): AdmissionSettings => settingsFromConfig(config, options.rules, { today, ...(source ? { source } : {}) });
  let settings = build(dayOf(new Date()));
  // Config `ignores` expire by date: rebuild the resolver when the (local) day changes; check once a minute.
  let checkDayAt = Date.now() + 60_000;
  const currentSettings = (): AdmissionSettings => {
    const now = Date.now();
    if (now >= checkDayAt) {
      checkDayAt = now + 60_000;
      const today = dayOf(new Date(now));
      if (settings.today !== today) settings = build(today);
    }
    return settings;
  };

  let shuttingDown = false;
  let ready = false;

  const send = (res: ServerResponse, code: number, body: string, headers: Record<string, string> = JSON_HEADERS): void => {
    if (res.headersSent) return;
    if (code >= 400) metrics.httpErrors.inc({ code: String(code) });
    const h: Record<string, string | number> = { ...headers, 'content-length': Buffer.byteLength(body) };
    if (shuttingDown) h['connection'] = 'close';
    res.writeHead(code, h);
    res.end(body);
  };
  const sendError = (res: ServerResponse, code: number, message: string, close = false): void => {
    send(res, code, JSON.stringify({ error: message, code }), close ? { ...JSON_HEADERS, connection: 'close' } : JSON_HEADERS);
  };

  const logReview = (r: ReviewResult, seconds: number): void => {
    const entry: LogEntry = {
      level: r.verdict === 'error' ? 'error' : 'info',
      msg: 'review',
      uid: r.request.uid,
      operation: r.request.operation,
      kind: r.request.kind,
      namespace: r.request.namespace,
      name: r.request.name,
      verdict: r.verdict,
      durationMs: Math.round(seconds * 1e6) / 1e3,
    };
    if (r.request.subResource !== '') entry['subResource'] = r.request.subResource;
    if (r.request.dryRun) entry['dryRun'] = true;
    if (r.mode) entry['mode'] = r.mode;
    if (r.reason !== undefined) entry['reason'] = r.reason;
    if (r.suppressed !== undefined) entry['suppressed'] = r.suppressed;
    if (r.introduced.length > 0) entry['findings'] = r.introduced.slice(0, 20).map((f) => ({ rule: f.ruleId, severity: f.severity, path: f.path }));
    log(entry);
  };

  const validate = (req: IncomingMessage, res: ServerResponse, started: bigint): void => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > bodyLimit) {
      sendError(res, 413, `request body is ${declared} bytes, over the ${bodyLimit}-byte limit`, true);
      log({ level: 'warn', msg: 'body too large', bytes: declared });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > bodyLimit) {
        failed = true;
        chunks.length = 0;
        sendError(res, 413, `request body is over the ${bodyLimit}-byte limit`, true);
        log({ level: 'warn', msg: 'body too large', bytes: size });
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      failed = true;
    });
    req.on('end', () => {
      if (failed) return;
      queue.push({ res, started, body: Buffer.concat(chunks, size) });
      if (queue.length === 1) setImmediate(drain);
    });
  };

  // Reviews whose bodies arrived in the same turn of the event loop are decided together, right after it,
  // and then answered together: under load the rules run back to back on several reviews (8–9 of 10
  // connections at a time in `npm run bench:webhook`) instead of between the TLS and HTTP work of each
  // request, and the client is woken once for several answers. There, the small Pod's maximum rate went
  // from 0.39× the trivial server's (one review per request) to 0.49× (decided together) and 0.54×
  // (answered together). An idle server answers one turn of the loop later; a batch's first answer waits
  // for the batch's last decision (a few hundred µs for ten small Pods).
  const queue: { res: ServerResponse; started: bigint; body: Buffer }[] = [];
  const drain = (): void => {
    const batch = queue.splice(0);
    // Decide every review of the batch, then answer them all: the rules run back to back, the TLS writes too.
    const answers = batch.map((item) => {
      try {
        return decide(item.res, item.started, item.body);
      } catch (e) {
        return internalError(item.res, e);
      }
    });
    for (let i = 0; i < answers.length; i++) {
      try {
        answers[i]!();
      } catch (e) {
        internalError(batch[i]!.res, e)();
      }
    }
  };
  // Never leave the rest of the batch unanswered (as the request handler's own catch).
  const internalError = (res: ServerResponse, e: unknown) => (): void => {
    log({ level: 'error', msg: 'request handler failed', error: e instanceof Error ? e.message : String(e) });
    sendError(res, 500, 'internal error');
  };
  /** Decide one review; returns what sends the answer (and records its metrics and log line). */
  const decide = (res: ServerResponse, started: bigint, raw: Buffer): (() => void) => {
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (e) {
      return () => sendError(res, 400, `malformed JSON: ${(e as Error).message}`);
    }
    const current = currentSettings();
    let result: ReviewResult;
    try {
      result = reviewAdmission(body, current);
    } catch (e) {
      if (e instanceof BadReviewError) return () => sendError(res, 400, `not an AdmissionReview request: ${e.message}`);
      // Unexpected: answer per the failure mode; the envelope was valid, so there is a uid.
      const b = body as { apiVersion: string; request: { uid: string } };
      const message = e instanceof Error ? e.message : String(e);
      return () => {
        log({ level: 'error', msg: 'internal error', uid: b.request.uid, error: message });
        send(res, 200, JSON.stringify(failureReview(b.apiVersion, b.request.uid, current.webhook.failureMode, message)));
      };
    }
    return () => {
      send(res, 200, JSON.stringify(result.review));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observeReview(result.request.operation, result.request.kind, result.verdict, seconds, result.introduced);
      logReview(result, seconds);
    };
  };

  const probes = (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    if (path === '/healthz') send(res, 200, 'ok\n', { 'content-type': 'text/plain' });
    else if (path === '/readyz') send(res, ready ? 200 : 503, ready ? 'ok\n' : 'not ready\n', { 'content-type': 'text/plain' });
    else if (path === '/metrics') {
      metrics.ready = ready;
      send(res, 200, metrics.render(), { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
    } else return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') req.resume();
    return true;
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const started = process.hrtime.bigint();
    try {
      const path = (req.url ?? '/').split('?', 1)[0]!;
      if (path === '/validate') {
        if (req.method !== 'POST') {
          req.resume();
          sendError(res, 405, 'use POST');
          return;
        }
        validate(req, res, started);
        return;
      }
      if (probes(req, res, path)) return;
      req.resume();
      sendError(res, 404, `no such path: ${path}`);
    } catch (e) {
      log({ level: 'error', msg: 'request handler failed', error: e instanceof Error ? e.message : String(e) });
      sendError(res, 500, 'internal error');
    }
  };
  const probeHandler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?', 1)[0]!;
    if (probes(req, res, path)) return;
    req.resume();
    sendError(res, 404, `no such path: ${path}`);
  };

  const timeouts = {
    requestTimeout: options.requestTimeoutMs ?? 10_000,
    headersTimeout: options.headersTimeoutMs ?? 5_000,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 120_000,
    connectionsCheckingInterval: options.timeoutCheckMs ?? 1_000,
  };
  const server = tlsPair
    ? https.createServer({ ...timeouts, ...tlsPair, minVersion: 'TLSv1.2', handshakeTimeout: options.handshakeTimeoutMs ?? 5_000 }, handler)
    : http.createServer(timeouts, handler);
  server.keepAliveTimeout = timeouts.keepAliveTimeout;
  // Sockets that stall mid-request are closed by requestTimeout; idle ones by keepAliveTimeout.
  server.on('clientError', (err, socket) => {
    if (!socket.writable || (err as NodeJS.ErrnoException).code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const code = (err as NodeJS.ErrnoException).code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    metrics.httpErrors.inc({ code: String(code) });
    const body = JSON.stringify({ error: code === 408 ? 'request timeout' : 'bad request', code });
    socket.end(`HTTP/1.1 ${code} ${code === 408 ? 'Request Timeout' : 'Bad Request'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  if (tlsPair) {
    server.on('tlsClientError', () => {
      metrics.httpErrors.inc({ code: 'tls' });
    });
  }

  const probeServer = options.probePort !== undefined ? http.createServer({ requestTimeout: 5_000, headersTimeout: 5_000 }, probeHandler) : undefined;

  const listen = (s: http.Server, port: number, h: string | undefined): Promise<number> =>
    new Promise((resolve, reject) => {
      const onError = (e: Error): void => reject(new PodlintError('E_USAGE', `cannot listen on ${h ?? '*'}:${port}: ${e.message}`));
      s.once('error', onError);
      s.listen(port, h, () => {
        s.off('error', onError);
        resolve((s.address() as AddressInfo).port);
      });
    });
  const port = await listen(server, options.port, host);
  let probePort: number | undefined;
  if (probeServer) {
    try {
      probePort = await listen(probeServer, options.probePort!, options.probeHost);
    } catch (e) {
      server.close();
      throw e;
    }
  }

  // Reloads.
  const watchers: WatchedFiles[] = [];
  const pollMs = options.reloadIntervalMs ?? 10_000;
  if (tlsFiles && tlsPair) {
    watchers.push(
      watchFiles([tlsFiles.certFile, tlsFiles.keyFile], [tlsPair.cert, tlsPair.key], (contents) => {
        if (contents instanceof Error) {
          metrics.reloads.inc({ what: 'tls', result: 'failure' });
          log({ level: 'warn', msg: 'cannot read the TLS certificate or key; keeping the current ones', error: contents.message });
          return;
        }
        const [cert, key] = contents as [string, string];
        try {
          checkTls(cert, key);
          (server as https.Server).setSecureContext({ cert, key, minVersion: 'TLSv1.2' });
          metrics.reloads.inc({ what: 'tls', result: 'success' });
          log({ level: 'info', msg: 'TLS certificate reloaded' });
        } catch (e) {
          // Usually mid-rotation (certificate written, key not yet): the next change or poll retries.
          metrics.reloads.inc({ what: 'tls', result: 'failure' });
          log({ level: 'warn', msg: 'new TLS certificate or key rejected; keeping the current ones', error: (e as Error).message });
        }
      }, { pollMs }),
    );
  }
  const configFile = options.configFile;
  if (configFile && loaded) {
    watchers.push(
      watchFiles([configFile], [loaded.text], (contents) => {
        try {
          if (contents instanceof Error) throw contents;
          config = configFromText(contents[0]!, options.rules, configFile);
          source = { file: configFile, text: contents[0]! };
          settings = build(dayOf(new Date()));
          metrics.reloads.inc({ what: 'config', result: 'success' });
          log({ level: 'info', msg: 'config reloaded', file: configFile });
        } catch (e) {
          metrics.reloads.inc({ what: 'config', result: 'failure' });
          log({ level: 'error', msg: 'invalid config; keeping the previous one', file: configFile, error: (e as Error).message });
        }
      }, { pollMs }),
    );
  }

  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  let shutdownPromise: Promise<void> | undefined;
  const shutdown = (): Promise<void> => {
    shutdownPromise ??= (async () => {
      shuttingDown = true;
      ready = false;
      log({ level: 'info', msg: 'shutting down', delayMs: options.shutdownDelayMs ?? 0 });
      if (options.shutdownDelayMs) await new Promise((r) => setTimeout(r, options.shutdownDelayMs));
      for (const w of watchers) w.close();
      const force = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 20_000);
      force.unref();
      await Promise.all([
        new Promise<void>((r) => server.close(() => r())),
        probeServer ? new Promise<void>((r) => probeServer.close(() => r())) : Promise.resolve(),
      ]);
      clearTimeout(force);
      log({ level: 'info', msg: 'stopped' });
      resolveClosed();
    })();
    return shutdownPromise;
  };
  ready = true;
  metrics.ready = true;
  const scheme = tlsPair ? 'https' : 'http';
  const shownHost = host === undefined ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const url = `${scheme}://${shownHost}:${port}`;
  log({ level: 'info', msg: 'listening', url: `${url}/validate`, port, probePort, config: configFile ?? null, pid: process.pid });

  return {
    port,
    probePort,
    url,
    metrics,
    shutdown,
    reload: async () => {
      await Promise.all(watchers.map((w) => w.check()));
    },
    closed,
  };
}
