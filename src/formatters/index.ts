// Built-in formatters by name, loaded lazily so start-up pays only for the one in use.
import type { Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

export const FORMATTERS: Record<string, { description: string; load: () => Promise<Formatter> }> = {
  stylish: { description: 'Human-readable, grouped by file (default).', load: async () => (await import('./stylish.js')).formatStylish },
  json: { description: 'Stable JSON document: tool, kubernetesVersion, findings, summary.', load: async () => (await import('./json.js')).formatJson },
  sarif: { description: 'SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.', load: async () => (await import('./sarif.js')).formatSarif },
  github: { description: 'GitHub Actions workflow commands: one annotation per finding.', load: async () => (await import('./github.js')).formatGithub },
  junit: { description: 'JUnit XML: one test case per file and rule.', load: async () => (await import('./junit.js')).formatJunit },
};

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
