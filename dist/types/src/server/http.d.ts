import type { AnyRule } from '../core/rule.js';
import { Metrics } from './metrics.js';
/** The API server sends up to 3 MiB of object plus the old object; allow 8 MiB. */
export declare const DEFAULT_BODY_LIMIT: number;
export type LogEntry = Record<string, unknown> & {
    level: 'info' | 'warn' | 'error';
    msg: string;
};
export type Logger = (entry: LogEntry) => void;
export interface ServeOptions {
    /** Port of the HTTPS (or loopback HTTP) server; 0 picks a free one. */
    port: number;
    /** Address to listen on (default: all interfaces; 127.0.0.1 with `insecureHttp`). */
    host?: string;
    /** Certificate and key files (PEM). Required unless `insecureHttp`. */
    tls?: {
        certFile: string;
        keyFile: string;
    };
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
export declare function jsonLogger(write: (text: string) => void): Logger;
/** Start the webhook. Resolves once it listens; throws PodlintError on bad options, certificates or config. */
export declare function startServer(options: ServeOptions): Promise<RunningServer>;
