// The engine's own rules: problems found while reading a file, before any object exists.
import { defineRule } from './rule.js';
import type { AnyRule } from './rule.js';
import { suppressionRule } from './suppressions.js';

export const parseErrorRule = defineRule({
  id: 'parse-error',
  meta: {
    description: 'Report files that kubectl cannot parse as YAML or JSON',
    category: 'syntax',
    severity: 'error',
    remediation: 'Fix the YAML syntax at the reported line; kubectl refuses the whole file until it parses.',
    messages: {
      syntax: 'YAML syntax error: {{message}}.',
      aliasing: 'The document cannot be read: {{message}} (kubectl refuses it too).',
      tooLarge: 'File is {{size}} bytes, over the {{limit}}-byte limit (maxFileSize); it was not linted.',
    },
  },
  create: () => ({}),
});

export const duplicateKeyRule = defineRule({
  id: 'duplicate-key',
  meta: {
    description: 'Disallow a key that appears twice in one YAML mapping',
    category: 'syntax',
    severity: 'error',
    remediation: 'Remove one of the two keys or merge their values; kubectl refuses a file with a duplicate key.',
    messages: {
      duplicate: '{{path}}: {{message}}: kubectl refuses this file; keep one "{{key}}" key.',
    },
  },
  create: () => ({}),
});

/** Rules the engine reports itself; they are always part of the rule set (`suppression`: see suppressions.ts). */
export const SYNTAX_RULES: readonly AnyRule[] = [parseErrorRule, duplicateKeyRule, suppressionRule];

/** Prepend the engine's own rules to a rule list (once). */
export function withSyntaxRules(rules: readonly AnyRule[]): AnyRule[] {
  const ids = new Set(rules.map((r) => r.id));
  return [...SYNTAX_RULES.filter((r) => !ids.has(r.id)), ...rules];
}
