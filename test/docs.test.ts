// Docs are tested: generated parts are fresh, every rule has a doc page with the allowed sections, and
// every ✗ example triggers its rule while every ✓ example does not.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchemaText, ruleIndexSource, updateReadme, updateRuleDoc } from '../src/docs/generate.js';
import { runRuleOnText } from '../src/testing/rule-tester.js';
import { ALL_RULES, read, ROOT, RULES_DIR } from './helpers.js';
import { docExamples } from './doc-examples.js';

const STALE = 'stale: run `npm run docs`';
const ALLOWED_H2 = ['Rule Details', 'Options', 'Examples', 'When Not To Use It', 'Further Reading'];

describe('generated docs are fresh', () => {
  it('rules/index.ts lists every rule file', () => {
    const ids = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && !f.startsWith('_'))
      .map((f) => f.slice(0, -3));
    expect(read(path.join(RULES_DIR, 'index.ts')), STALE).toBe(ruleIndexSource(ids));
  });
  it('README rule table', () => {
    const readme = read(path.join(ROOT, 'README.md'));
    expect(readme, STALE).toBe(updateReadme(readme, ALL_RULES));
  });
  it('config schema', () => {
    expect(read(path.join(ROOT, 'schemas', 'podlint-config.schema.json')), STALE).toBe(configSchemaText());
  });
  for (const rule of ALL_RULES) {
    it(`rules/${rule.id}.md header`, () => {
      const doc = read(path.join(RULES_DIR, `${rule.id}.md`));
      expect(doc, STALE).toBe(updateRuleDoc(doc, rule));
    });
  }
});

describe('rule doc pages', () => {
  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      const doc = read(path.join(RULES_DIR, `${rule.id}.md`));
      it('has the rule id as title and only the allowed sections, in order', () => {
        expect(doc.split('\n', 1)[0]).toBe(`# ${rule.id}`);
        const h2 = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
        expect(h2.slice(0, 1)).toEqual(['Rule Details']);
        const order = h2.map((h) => ALLOWED_H2.indexOf(h));
        expect(order.every((o) => o >= 0), `sections ${h2.join(', ')}`).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
      });
      const examples = docExamples(doc);
      it('has ✗ and ✓ examples', () => {
        expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
        expect(examples.some((e) => e.kind === 'correct')).toBe(true);
      });
      for (const ex of examples) {
        it(`${ex.kind === 'incorrect' ? '✗' : '✓'} example at line ${ex.line} ${ex.kind === 'incorrect' ? 'triggers' : 'does not trigger'} the rule`, () => {
          const findings = runRuleOnText(rule, ex);
          if (ex.kind === 'incorrect') expect(findings.length).toBeGreaterThan(0);
          else expect(findings.map((f) => f.message)).toEqual([]);
        });
      }
    });
  }
});
