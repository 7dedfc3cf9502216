// Parity checks across all rules: files, ids, metadata conventions, docs URL, package metadata.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsUrl, REPO_URL } from '../src/core/meta.js';
import { ALL_RULES, ROOT, RULES_DIR } from '../test/helpers.js';
import { builtinRules } from './index.js';

describe('rule metadata', () => {
  it('registry is sorted and ids are unique kebab-case', () => {
    const ids = builtinRules.map((r) => r.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });
  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      const m = rule.meta;
      it('has a source file named after its id, a test table and a doc page', () => {
        const builtIn = builtinRules.includes(rule);
        if (builtIn) {
          expect(existsSync(path.join(RULES_DIR, `${rule.id}.ts`))).toBe(true);
          expect(existsSync(path.join(RULES_DIR, `${rule.id}.test.ts`))).toBe(true);
        }
        expect(existsSync(path.join(RULES_DIR, `${rule.id}.md`))).toBe(true);
      });
      it('follows the metadata conventions', () => {
        expect(m.description).toMatch(/^(Disallow|Require|Validate|Warn|Report|Limit|Enforce|Check)\b/);
        expect(m.description.endsWith('.')).toBe(false);
        expect(m.remediation.trim().endsWith('.')).toBe(true);
        if (m.category === 'validity' || m.category === 'syntax') expect(m.severity).toBe('error');
        for (const [id, text] of Object.entries(m.messages)) {
          expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
          expect(text.length).toBeGreaterThan(10);
        }
        const props = (m.schema?.['properties'] ?? {}) as Record<string, { description?: string }>;
        for (const [k, p] of Object.entries(props)) expect(p.description, `option ${k} needs a description`).toBeTruthy();
      });
    });
  }
  it('docs URLs derive from the repository in package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { homepage: string; repository: { url: string } };
    expect(pkg.homepage.startsWith(REPO_URL)).toBe(true);
    expect(pkg.repository.url).toContain(REPO_URL.replace('https://', ''));
    expect(docsUrl('x')).toBe(`${REPO_URL}/blob/main/rules/x.md`);
  });
});
