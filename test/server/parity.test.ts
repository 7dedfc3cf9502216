// Parity: every fixture under fixtures/rules/**/ gives the same findings (rule id + field path) through the
// CLI engine path (YAML text, addFile) and through the webhook (the object as JSON in an AdmissionReview).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/core/config.js';
import type { Config } from '../../src/core/config.js';
import { LintSession } from '../../src/core/engine.js';
import type { LoadedObject } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/report.js';
import { isPodBearing } from '../../src/k8s/pod-spec.js';
import { reviewAdmission } from '../../src/server/admission.js';
import { settingsFromConfig } from '../../src/server/settings.js';
import type { CaseSettings } from '../../src/testing/rule-tester.js';
import { ALL_RULES, FIXTURES, fixtureSettings, read } from '../helpers.js';
import { review } from './helpers.js';

const DIR = path.join(FIXTURES, 'rules');

function configOf(ruleId: string, s: CaseSettings): Config {
  return {
    ...(s.config ?? {}),
    ...(s.kubernetesVersion ? { kubernetesVersion: s.kubernetesVersion } : {}),
    ...(s.podSecurityLevel ? { podSecurityLevel: s.podSecurityLevel } : {}),
    ...(s.options ? { rules: { [ruleId]: { options: s.options } } } : {}),
  };
}

const key = (f: Finding): string => `${f.ruleId} ${f.path}`;

/**
 * The CLI's findings for each object of a file, linted on its own: the webhook sees one object per review,
 * so rules that read other objects of a run (a Namespace's Pod Security labels, a Service) cannot fire there.
 */
function cliFindings(config: Config, file: string, text: string, previousText: string | undefined, subresource: CaseSettings['subresource']): { objects: LoadedObject[]; previous: LoadedObject[]; findings: string[][] } {
  const resolver = new ConfigResolver(config, ALL_RULES);
  const probe = new LintSession(ALL_RULES, resolver);
  const objects = probe.addFile({ path: file, text });
  const previous = previousText === undefined ? [] : probe.addFile({ path: `previous-${file}`, text: previousText });
  const findings = objects.map((_, i) => {
    const session = new LintSession(ALL_RULES, resolver);
    const cur = session.addFile({ path: file, text });
    const run = { objects: [cur[i]!] };
    if (previousText === undefined) {
      session.lintObjects([cur[i]!], run);
    } else {
      const prev = session.addFile({ path: `previous-${file}`, text: previousText });
      session.lintObjects([cur[i]!], run, 'update');
      if (prev[i]) session.lintUpdate(prev[i]!, cur[i]!, run, subresource);
    }
    // The webhook gets JSON, which has no comments: inline suppressions cannot reach it (annotations and
    // config `ignores` do). Problems with suppressions are left out on both sides.
    return session
      .report()
      .findings.filter((f) => f.category !== 'syntax' && f.ruleId !== 'suppression' && (!f.suppressed || f.suppressed.kind === 'inline'))
      .map(key)
      .sort();
  });
  return { objects, previous, findings };
}

const files: { ruleId: string; file: string }[] = [];
for (const ruleId of readdirSync(DIR).sort()) {
  for (const file of readdirSync(path.join(DIR, ruleId)).sort()) {
    if (/\.(ya?ml|json)$/.test(file) && !file.endsWith('.old.yaml')) files.push({ ruleId, file });
  }
}

let totalCompared = 0;

describe('CLI and webhook parity on every rule fixture', () => {
  it('covers the fixture folders', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const { ruleId, file } of files) {
    const text = read(path.join(DIR, ruleId, file));
    const settings = fixtureSettings(text);
    const staticPods = (settings.config?.staticPodPaths?.length ?? 0) > 0;
    // Static pod manifests are read by the kubelet from disk; they never reach an admission webhook.
    it.skipIf(staticPods)(`${ruleId}/${file}${staticPods ? ' (static pod paths: not admitted through a webhook)' : ''}`, () => {
      const previousText = file.endsWith('.new.yaml') ? read(path.join(DIR, ruleId, file.replace(/\.new\.yaml$/, '.old.yaml'))) : undefined;
      const config = configOf(ruleId, settings);
      const cli = cliFindings(config, settings.filename ?? file, text, previousText, settings.subresource);
      const webhook = settingsFromConfig(config, ALL_RULES);
      let compared = 0;
      cli.objects.forEach((o, i) => {
        // The API server sends JSON: the webhook sees the value as JSON, never the YAML text.
        const object = JSON.parse(JSON.stringify(o.value)) as unknown;
        const old = previousText === undefined ? undefined : (JSON.parse(JSON.stringify(cli.previous[i]?.value ?? null)) as unknown);
        const body = review({
          object,
          namespace: o.namespace ?? 'default',
          ...(old ? { operation: 'UPDATE', oldObject: old } : {}),
          ...(old && settings.subresource ? { subResource: settings.subresource } : {}),
        });
        const r = reviewAdmission(body, webhook);
        if (!isPodBearing(o.apiVersion, o.kind)) {
          expect(r.verdict, `${o.kind} is not pod-bearing: allowed without evaluation`).toBe('skipped');
          return;
        }
        if (r.reason === 'being deleted') return; // always allowed, by design
        compared++;
        const got = r.findings.filter((f) => f.ruleId !== 'suppression');
        expect(got.map(key).sort(), `${o.kind} ${o.name ?? ''} (object ${i})`).toEqual(cli.findings[i]);
        if (!old) {
          const errors = got.filter((f) => f.severity === 'error').length;
          expect(r.verdict === 'denied', `${o.kind} ${o.name ?? ''}: ${errors} error findings`).toBe(errors > 0);
        }
      });
      totalCompared += compared;
    });
  }
  it('compared many pod-bearing objects', () => {
    expect(totalCompared).toBeGreaterThanOrEqual(files.length / 2);
  });
});
