import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import "./chunks/chunk-YUQP4ORX.js";
import {
  LintSession,
  withSyntaxRules
} from "./chunks/chunk-VHOVBTH4.js";
import {
  ConfigResolver,
  validateRuleOptions
} from "./chunks/chunk-L4C4UO3S.js";
import "./chunks/chunk-QDJ5KUSK.js";

// src/testing/rule-tester.ts
import { describe, expect, it } from "vitest";
function runRuleOnText(rule, c) {
  const options = c.options ?? {};
  validateRuleOptions(rule, options, `options of ${rule.id}`);
  const config = {
    ...c.config ?? {},
    ...c.kubernetesVersion ? { kubernetesVersion: c.kubernetesVersion } : {},
    ...c.podSecurityLevel ? { podSecurityLevel: c.podSecurityLevel } : {},
    rules: { [rule.id]: { severity: rule.meta.severity, options } }
  };
  const resolver = new ConfigResolver(config, withSyntaxRules([rule]));
  const session = new LintSession([rule], resolver, { freeze: true });
  const filename = c.filename ?? "case.yaml";
  const current = session.addFile({ path: filename, text: c.code });
  if (c.previous !== void 0) {
    const previous = session.addFile({ path: `previous-${filename}`, text: c.previous });
    session.lintObjects(current, { objects: current }, "update");
    const pairs = Math.min(previous.length, current.length);
    for (let i = 0; i < pairs; i++) session.lintUpdate(previous[i], current[i], { objects: current }, c.subresource);
  } else {
    session.lintObjects(current);
  }
  const report = session.report();
  const syntax = report.findings.filter((f) => f.category === "syntax" && f.ruleId !== rule.id);
  if (syntax.length > 0) throw new Error(`case does not parse: ${syntax.map((f) => `${f.line}:${f.column} ${f.message}`).join("; ")}`);
  return report.findings.filter((f) => f.ruleId === rule.id);
}
function title(c, i) {
  if (c.name) return c.name;
  const kind = /^kind:\s*(\S+)/m.exec(c.code)?.[1] ?? "document";
  const name = /^\s{2}name:\s*(\S+)/m.exec(c.code)?.[1];
  const v = c.kubernetesVersion ? ` @${c.kubernetesVersion}` : "";
  return `#${i} ${kind}${name ? `/${name}` : ""}${c.previous !== void 0 ? " (update)" : ""}${v}`;
}
function describeFindings(findings) {
  return findings.map((f) => `  ${f.line}:${f.column} ${f.messageId} ${f.path}: ${f.message}`).join("\n") || "  (none)";
}
var RuleTester = class {
  /** Register one vitest `describe` with an `it` per case. */
  run(rule, tests) {
    const r = rule;
    const messageIds = new Set(Object.keys(r.meta.messages));
    describe(r.id, () => {
      it("has at least one valid and one invalid case", () => {
        expect(tests.valid.length).toBeGreaterThan(0);
        expect(tests.invalid.length).toBeGreaterThan(0);
      });
      it("has no duplicate cases", () => {
        const keys = [...tests.valid, ...tests.invalid].map((c) => {
          const v = typeof c === "string" ? { code: c } : c;
          return JSON.stringify([v.code, v.options, v.kubernetesVersion, v.podSecurityLevel, v.previous, v.subresource, v.config, v.filename]);
        });
        expect(keys.length).toBe(new Set(keys).size);
      });
      tests.valid.forEach((raw, i) => {
        const c = typeof raw === "string" ? { code: raw } : raw;
        (c.only ? it.only : it)(`valid ${title(c, i)}`, () => {
          const findings = runRuleOnText(r, c);
          expect(findings, `expected no findings, got:
${describeFindings(findings)}`).toHaveLength(0);
        });
      });
      tests.invalid.forEach((c, i) => {
        (c.only ? it.only : it)(`invalid ${title(c, i)}`, () => {
          if (Array.isArray(c.errors)) {
            for (const e of c.errors) expect(messageIds.has(e.messageId), `messageId "${e.messageId}" is not in meta.messages`).toBe(true);
          }
          const findings = runRuleOnText(r, c);
          for (const f of findings) expect(messageIds.has(f.messageId ?? "")).toBe(true);
          const expected = typeof c.errors === "number" ? c.errors : c.errors.length;
          expect(findings.length, `expected ${expected} findings, got:
${describeFindings(findings)}`).toBe(expected);
          if (typeof c.errors === "number") {
            expect(c.errors).toBeGreaterThan(0);
            return;
          }
          c.errors.forEach((e, j) => {
            const f = findings[j];
            const got = { messageId: f.messageId };
            const want = { messageId: e.messageId };
            for (const k of ["path", "line", "column", "endLine", "endColumn", "severity"]) {
              if (e[k] !== void 0) {
                want[k] = e[k];
                got[k] = f[k];
              }
            }
            expect(got, `finding ${j}: ${f.message}`).toEqual(want);
            if (e.message !== void 0) expect(f.message).toContain(e.message);
            if (e.data) for (const v of Object.values(e.data)) expect(f.message).toContain(String(v));
          });
        });
      });
    });
  }
};
export {
  RuleTester,
  runRuleOnText
};
