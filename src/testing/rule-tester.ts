// RuleTester: table tests for one rule, with ESLint's contract checks (message ids, options, no mutation).
import { describe, expect, it } from 'vitest';
import { ConfigResolver, validateRuleOptions } from '../core/config.js';
import { LintSession } from '../core/engine.js';
import { withSyntaxRules } from '../core/syntax-rules.js';
import type { Finding } from '../core/report.js';
import type { AnyRule, PodSecurityLevel, RuleModule, Severity } from '../core/rule.js';

/** Settings a case may set. */
export interface CaseSettings {
  options?: Record<string, unknown>;
  kubernetesVersion?: string;
  podSecurityLevel?: PodSecurityLevel;
  /** Config fragment (e.g. `{ cluster: { allowPrivileged: false } }` or `staticPodPaths`). */
  config?: { cluster?: { allowPrivileged?: boolean }; staticPodPaths?: string[]; maxFileSize?: number };
  /** File name of the case (matters for `staticPodPaths`). */
  filename?: string;
  /** For update rules: the old manifest; the case's `code` is the new one. */
  previous?: string;
  subresource?: 'resize' | 'ephemeralcontainers';
  /** A title for the test (default: the first object's kind/name). */
  name?: string;
  /** Only this case (debugging). */
  only?: boolean;
}

export interface ValidCase extends CaseSettings {
  code: string;
}

export interface ExpectedError {
  messageId: string;
  /** Kubernetes field path, e.g. `spec.containers[0].name`. */
  path?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Substring the message must contain. */
  message?: string;
  severity?: Severity;
  data?: Record<string, string | number | boolean>;
}

export interface InvalidCase extends CaseSettings {
  code: string;
  /** Expected findings in order, or their number. */
  errors: ExpectedError[] | number;
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Run one case and return the rule's findings. Fails on parse errors. Exported for fixture sweeps. */
export function runRuleOnText(rule: AnyRule, c: ValidCase): Finding[] {
  const options = c.options ?? {};
  validateRuleOptions(rule, options, `options of ${rule.id}`);
  const config = {
    ...(c.config ?? {}),
    ...(c.kubernetesVersion ? { kubernetesVersion: c.kubernetesVersion } : {}),
    ...(c.podSecurityLevel ? { podSecurityLevel: c.podSecurityLevel } : {}),
    rules: { [rule.id]: { severity: rule.meta.severity, options } },
  };
  const resolver = new ConfigResolver(config, withSyntaxRules([rule]));
  const session = new LintSession([rule], resolver, { freeze: true });
  const filename = c.filename ?? 'case.yaml';
  const current = session.addFile({ path: filename, text: c.code });
  if (c.previous !== undefined) {
    const previous = session.addFile({ path: `previous-${filename}`, text: c.previous });
    session.lintObjects(current, { objects: current }, 'update');
    const pairs = Math.min(previous.length, current.length);
    for (let i = 0; i < pairs; i++) session.lintUpdate(previous[i]!, current[i]!, { objects: current }, c.subresource);
  } else {
    session.lintObjects(current);
  }
  const report = session.report();
  const syntax = report.findings.filter((f) => f.category === 'syntax' && f.ruleId !== rule.id);
  if (syntax.length > 0) throw new Error(`case does not parse: ${syntax.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`);
  return report.findings.filter((f) => f.ruleId === rule.id);
}

function title(c: ValidCase, i: number): string {
  if (c.name) return c.name;
  const kind = /^kind:\s*(\S+)/m.exec(c.code)?.[1] ?? 'document';
  const name = /^\s{2}name:\s*(\S+)/m.exec(c.code)?.[1];
  const v = c.kubernetesVersion ? ` @${c.kubernetesVersion}` : '';
  return `#${i} ${kind}${name ? `/${name}` : ''}${c.previous !== undefined ? ' (update)' : ''}${v}`;
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `  ${f.line}:${f.column} ${f.messageId} ${f.path}: ${f.message}`).join('\n') || '  (none)';
}

export class RuleTester {
  /** Register one vitest `describe` with an `it` per case. */
  run<M extends string, O>(rule: RuleModule<M, O>, tests: RuleTests): void {
    const r = rule as unknown as AnyRule;
    const messageIds = new Set(Object.keys(r.meta.messages));
    describe(r.id, () => {
      it('has at least one valid and one invalid case', () => {
        expect(tests.valid.length).toBeGreaterThan(0);
        expect(tests.invalid.length).toBeGreaterThan(0);
      });
      it('has no duplicate cases', () => {
        const keys = [...tests.valid, ...tests.invalid].map((c) => {
          const v = typeof c === 'string' ? { code: c } : c;
          return JSON.stringify([v.code, v.options, v.kubernetesVersion, v.podSecurityLevel, v.previous, v.subresource, v.config, v.filename]);
        });
        expect(keys.length).toBe(new Set(keys).size);
      });
      tests.valid.forEach((raw, i) => {
        const c = typeof raw === 'string' ? { code: raw } : raw;
        (c.only ? it.only : it)(`valid ${title(c, i)}`, () => {
          const findings = runRuleOnText(r, c);
          expect(findings, `expected no findings, got:\n${describeFindings(findings)}`).toHaveLength(0);
        });
      });
      tests.invalid.forEach((c, i) => {
        (c.only ? it.only : it)(`invalid ${title(c, i)}`, () => {
          if (Array.isArray(c.errors)) {
            for (const e of c.errors) expect(messageIds.has(e.messageId), `messageId "${e.messageId}" is not in meta.messages`).toBe(true);
          }
          const findings = runRuleOnText(r, c);
          for (const f of findings) expect(messageIds.has(f.messageId ?? '')).toBe(true);
          const expected = typeof c.errors === 'number' ? c.errors : c.errors.length;
          expect(findings.length, `expected ${expected} findings, got:\n${describeFindings(findings)}`).toBe(expected);
          if (typeof c.errors === 'number') {
            expect(c.errors).toBeGreaterThan(0);
            return;
          }
          c.errors.forEach((e, j) => {
            const f = findings[j]!;
            const got: Record<string, unknown> = { messageId: f.messageId };
            const want: Record<string, unknown> = { messageId: e.messageId };
            for (const k of ['path', 'line', 'column', 'endLine', 'endColumn', 'severity'] as const) {
              if (e[k] !== undefined) {
                want[k] = e[k];
                got[k] = f[k];
              }
            }
            expect(got, `finding ${j}: ${f.message}`).toEqual(want);
            if (e.message !== undefined) expect(f.message).toContain(e.message);
            if (e.data) for (const v of Object.values(e.data)) expect(f.message).toContain(String(v));
          });
        });
      });
    });
  }
}
