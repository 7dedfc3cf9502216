// Fixture sweep: fixtures/rules/<id>/valid*.yaml give no finding of that rule, invalid*.yaml at least one;
// `*.old.yaml` + `*.new.yaml` pairs are linted as an update.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../src/testing/rule-tester.js';
import { ALL_RULES, FIXTURES, fixtureSettings, read } from './helpers.js';

const dir = path.join(FIXTURES, 'rules');
const byId = new Map(ALL_RULES.map((r) => [r.id, r]));

describe('fixture folders', () => {
  it('are named after rules, and every rule has valid and invalid fixtures', () => {
    const folders = readdirSync(dir);
    for (const f of folders) expect(byId.has(f), `fixtures/rules/${f} is not a rule id`).toBe(true);
    for (const rule of ALL_RULES) {
      const files = folders.includes(rule.id) ? readdirSync(path.join(dir, rule.id)) : [];
      expect(files.some((f) => f.startsWith('valid')), `${rule.id} has no valid fixture`).toBe(true);
      expect(files.some((f) => f.startsWith('invalid')), `${rule.id} has no invalid fixture`).toBe(true);
    }
  });
});

for (const id of readdirSync(dir).sort()) {
  const rule = byId.get(id);
  if (!rule) continue;
  describe(`fixtures/rules/${id}`, () => {
    const files = readdirSync(path.join(dir, id)).sort();
    for (const file of files) {
      if (!/\.(ya?ml|json)$/.test(file) || file.endsWith('.old.yaml')) continue;
      const valid = file.startsWith('valid');
      if (!valid && !file.startsWith('invalid')) continue;
      it(`${file} ${valid ? 'gives no finding' : 'gives a finding'}`, () => {
        const code = read(path.join(dir, id, file));
        const settings = fixtureSettings(code);
        const previous = file.endsWith('.new.yaml') ? read(path.join(dir, id, file.replace(/\.new\.yaml$/, '.old.yaml'))) : undefined;
        const findings = runRuleOnText(rule, { ...settings, code, filename: settings.filename ?? file, ...(previous !== undefined ? { previous } : {}) });
        if (valid) expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        else expect(findings.length).toBeGreaterThan(0);
      });
    }
  });
}
