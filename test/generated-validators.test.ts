// The validators compiled at build time (src/core/_generated-validators.ts) must be fresh and must judge every
// value exactly as ajv compiling the schemas at run time does, with the same errors (the config error messages
// are built from them).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIG_VALIDATOR, NO_OPTIONS_VALIDATOR, RULE_OPTIONS_VALIDATORS } from '../src/core/_generated-validators.js';
import { CONFIG_SCHEMA, needsSchemaCompiler, NO_OPTIONS_SCHEMA, validateConfig, validateRuleOptions } from '../src/core/config-base.js';
import type { GeneratedValidator } from '../src/core/_generated-validators.js';
import { defineRule } from '../src/core/rule.js';
import { GENERATED_VALIDATORS_FILE, generateValidatorsSource } from '../scripts/gen-validators.js';
import { ALL_RULES } from './helpers.js';

const ajv = new Ajv({ allErrors: true, strict: false });

function verdict(validate: GeneratedValidator | ValidateFunction, value: unknown): { valid: boolean; errors: unknown } {
  const valid = validate(value);
  return { valid, errors: valid ? null : structuredClone(validate.errors) };
}

function expectSame(generated: GeneratedValidator, compiled: ValidateFunction, value: unknown): void {
  expect(verdict(generated, value), JSON.stringify(value)).toEqual(verdict(compiled, value));
}

const CONFIG_CASES: unknown[] = [
  {},
  null,
  [],
  'rules',
  { kubernetesVersion: '1.30', podSecurityLevel: 'restricted', rules: { 'unique-container-names': 'warning' } },
  { kubernetesVersion: 1.3 },
  { kubernetesVersion: 'one' },
  { rulez: {} },
  { rules: { 'probe-port-declared': { severity: 'loud', options: [] } } },
  { rules: { 'probe-port-declared': { options: { ignorePorts: [1] }, extra: true } } },
  { overrides: [{ files: [] }, { kubernetesVersion: '1.30' }, { files: ['a/*.yaml'], rules: { x: 'on' } }] },
  { maxFileSize: 0, cluster: { allowPrivileged: 'yes', other: 1 } },
  { extends: 'strict', plugins: [''], strict: 'true' },
  { ignores: [{ reason: '' }, { reason: ' ', rule: [], expires: '2024-1-1' }, { kind: 3, reason: 'ok', path: 'spec.*' }] },
  { ignores: [{ rule: 'x', reason: 'ok 😀', namespace: 'n', name: 'a', container: 'c', image: 'i', files: ['f'] }] },
  { webhook: { mode: 'block', namespaces: { a: 'warn', b: 'x' }, exemptions: { namespaces: 'kube-system', users: [] }, failureMode: 'open' } },
  { staticPodPaths: 'manifests/', ignorePatterns: [1, 'x'] },
];

describe('generated validators', () => {
  it('are fresh: scripts/gen-validators.ts gives the committed src/core/_generated-validators.ts', () => {
    expect(readFileSync(GENERATED_VALIDATORS_FILE, 'utf8'), 'stale: run `npm run build` (or `npx tsx scripts/gen-validators.ts`)').toBe(generateValidatorsSource());
  });

  it('judge configs as ajv compiling CONFIG_SCHEMA does, with the same errors', () => {
    const compiled = ajv.compile(CONFIG_SCHEMA);
    for (const value of CONFIG_CASES) expectSame(CONFIG_VALIDATOR, compiled, value);
    const key = fc.constantFrom(...Object.keys(CONFIG_SCHEMA.properties), 'unknown');
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), (value) => expectSame(CONFIG_VALIDATOR, compiled, value)),
      { numRuns: 300, seed: 10 },
    );
  });

  it('judge the options of every built-in rule as ajv compiling its schema does', () => {
    const withSchema = ALL_RULES.filter((r) => r.meta.schema !== undefined);
    expect([...RULE_OPTIONS_VALIDATORS.keys()].sort()).toEqual(withSchema.map((r) => r.id).sort());
    const compiledNone = ajv.compile(NO_OPTIONS_SCHEMA);
    for (const value of [{}, { a: 1 }, [], null]) expectSame(NO_OPTIONS_VALIDATOR, compiledNone, value);
    for (const rule of withSchema) {
      const generated = RULE_OPTIONS_VALIDATORS.get(rule.id)!.validate;
      const compiled = ajv.compile(rule.meta.schema!);
      const props = Object.keys((rule.meta.schema as { properties?: object }).properties ?? {});
      const key = fc.constantFrom(...props, 'unknown');
      const optionValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.string())));
      fc.assert(fc.property(fc.dictionary(key, optionValue, { maxKeys: 3 }), (value) => expectSame(generated, compiled, value)), { numRuns: 200, seed: 10 });
    }
  });

  it('need no run-time compiler for the built-in rules; a plugin rule with a schema does, and gets the same messages', async () => {
    const plugin = defineRule({
      id: 'custom-limit',
      meta: {
        description: 'Limit something',
        category: 'pitfall',
        severity: 'warning',
        remediation: 'Lower it.',
        schema: { type: 'object', additionalProperties: false, properties: { max: { type: 'integer', minimum: 1, description: 'Maximum.' } } },
        messages: { over: 'over' },
      },
      create: () => ({}),
    });
    expect(needsSchemaCompiler(ALL_RULES)).toBe(false);
    // Config validation and built-in rule options work without ajv loaded.
    expect(() => validateConfig({ rules: { 'probe-port-declared': { options: { ignorePorts: [0] } } } }, ALL_RULES, '.podlint.yaml')).toThrow(
      '.podlint.yaml: rules["probe-port-declared"].options: .ignorePorts[0]: must be >= 1',
    );
    expect(needsSchemaCompiler([...ALL_RULES, plugin])).toBe(true);
    expect(() => validateRuleOptions(plugin, { max: 1 }, 'x')).toThrow(/no JSON Schema compiler/);
    await import('../src/core/config.js');
    expect(needsSchemaCompiler([...ALL_RULES, plugin])).toBe(false);
    expect(() => validateRuleOptions(plugin, { max: 0, other: true }, 'options of custom-limit')).toThrow(
      'options of custom-limit: unknown key "other"; .max: must be >= 1',
    );
    expect(() => validateRuleOptions(plugin, { max: 2 }, 'x')).not.toThrow();
  });
});
