// Built-in formatters by name, loaded lazily so start-up pays only for the one in use.
import type { Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

export const FORMATTERS: Record<string, { description: string; load: () => Promise<Formatter> }> = {
  stylish: { description: 'Human-readable, grouped by file (default).', load: async () => (await import('./stylish.js')).formatStylish },
  json: { description: 'Stable JSON document: tool, kubernetesVersion, findings, summary.', load: async () => (await import('./json.js')).formatJson },
};

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
