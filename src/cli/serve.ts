// `podlint serve`: the validating admission webhook. The server module is loaded only when this command
// runs, so `podlint lint` does not pay for it at start-up.
import path from 'node:path';
import type { Command } from 'commander';
import { PodlintError } from '../core/errors.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import { builtinRules } from '../../rules/index.js';
import type { RegisterCommand } from './main.js';

interface ServeFlags {
  tlsCert?: string;
  tlsKey?: string;
  port: string;
  host?: string;
  config?: string;
  insecureHttp?: boolean;
  probePort?: string;
  shutdownDelay: string;
}

function portOf(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new PodlintError('E_USAGE', `${flag} expects a port number (0-65535), got "${value}"`);
  return n;
}

export const registerServe: RegisterCommand = (program: Command, io, result) => {
  program
    .command('serve')
    .description('run the validating admission webhook (HTTPS, POST /validate)')
    .option('--tls-cert <file>', 'TLS certificate (PEM); reloaded when the file changes')
    .option('--tls-key <file>', 'TLS private key (PEM); reloaded when the file changes')
    .option('--port <port>', 'port of the HTTPS server', '8443')
    .option('--host <address>', 'address to listen on (default: all interfaces; 127.0.0.1 with --insecure-http)')
    .option('-c, --config <file>', 'configuration file (.podlint.yaml format, with a webhook: section); reloaded when it changes')
    .option('--insecure-http', 'serve plain HTTP on loopback only (local testing; the API server requires HTTPS)')
    .option('--probe-port <port>', 'also serve /healthz, /readyz and /metrics over plain HTTP on this port')
    .option('--shutdown-delay <seconds>', 'on SIGTERM, keep serving (not ready) this long before closing', '0')
    .action(async (flags: ServeFlags) => {
      const port = portOf(flags.port, '--port');
      const probePort = flags.probePort === undefined ? undefined : portOf(flags.probePort, '--probe-port');
      const delay = Number(flags.shutdownDelay);
      if (!Number.isFinite(delay) || delay < 0) throw new PodlintError('E_USAGE', `--shutdown-delay expects seconds, got "${flags.shutdownDelay}"`);
      if (!flags.insecureHttp && (flags.tlsCert === undefined || flags.tlsKey === undefined)) {
        throw new PodlintError('E_USAGE', '--tls-cert and --tls-key are required (or --insecure-http for local testing on loopback)');
      }
      const resolve = (f: string): string => path.resolve(io.cwd, f);
      const { startServer, jsonLogger } = await import('../server/http.js');
      // Custom rules (`plugins:` in the config) are loaded once, at start-up.
      const { loadConfiguredPlugins } = await import('../node/plugins.js');
      const plugins = flags.config !== undefined ? await loadConfiguredPlugins({ cwd: io.cwd, configFile: flags.config }) : [];
      const server = await startServer({
        port,
        ...(flags.host !== undefined ? { host: flags.host } : {}),
        ...(flags.tlsCert !== undefined && flags.tlsKey !== undefined ? { tls: { certFile: resolve(flags.tlsCert), keyFile: resolve(flags.tlsKey) } } : {}),
        insecureHttp: flags.insecureHttp === true,
        ...(flags.config !== undefined ? { configFile: resolve(flags.config) } : {}),
        ...(probePort !== undefined ? { probePort } : {}),
        rules: withSyntaxRules([...builtinRules, ...plugins]),
        log: jsonLogger(io.stdout),
        shutdownDelayMs: delay * 1000,
      });
      const stop = (): void => void server.shutdown();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      await server.closed;
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      result.code = 0;
    });
};
