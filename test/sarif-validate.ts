// SARIF checks shared by every test that produces SARIF: the OASIS 2.1.0 schema (draft-04, vendored in
// test/schemas), GitHub code scanning's extra requirements, and Microsoft's SARIF multitool.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import ajvFormatsModule from 'ajv-formats';
import { ROOT } from './helpers.js';

// CommonJS packages: under NodeNext the default import is module.exports; the class is its `default`.
const Ajv04 = Ajv04Module.default;
const addFormats = ajvFormatsModule.default;

export const SARIF_SCHEMA_FILE = path.join(import.meta.dirname, 'schemas', 'sarif-schema-2.1.0.json');

let validator: ValidateFunction | undefined;

/** Errors of the OASIS SARIF 2.1.0 schema, as `instancePath message` lines (empty when valid). */
export function schemaErrors(log: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as object);
  }
  if (validator(log)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (isObj(v) && typeof v['text'] === 'string' ? v['text'] : undefined);
const ABSOLUTE_URL = /^https?:\/\/[^\s/]+\/\S*$/;

/**
 * What GitHub code scanning requires beyond the schema (docs "SARIF support for code scanning" and its
 * upload errors): required properties present and non-empty, one physical location with a full region
 * per result, repository-relative URIs, numeric-string security-severity, tag limits, one run.
 */
export function githubProblems(log: unknown): string[] {
  const problems: string[] = [];
  const p = (where: string, what: string): void => {
    problems.push(`${where}: ${what}`);
  };
  if (!isObj(log)) return ['log: not an object'];
  if (typeof log['$schema'] !== 'string' || log['$schema'] === '') p('$schema', 'missing');
  if (log['version'] !== '2.1.0') p('version', 'must be "2.1.0"');
  const runs = log['runs'];
  if (!Array.isArray(runs) || runs.length !== 1) {
    p('runs', 'exactly one run per file (GitHub rejects several runs with one tool and category)');
    return problems;
  }
  const run = runs[0] as Obj;
  const driver = isObj(run['tool']) && isObj((run['tool'] as Obj)['driver']) ? ((run['tool'] as Obj)['driver'] as Obj) : undefined;
  if (!driver) return [...problems, 'runs[0].tool.driver: missing'];
  if (typeof driver['name'] !== 'string' || driver['name'] === '') p('driver.name', 'missing');
  if (typeof driver['informationUri'] !== 'string' || !ABSOLUTE_URL.test(driver['informationUri'])) p('driver.informationUri', 'must be an absolute URL');
  const rules = Array.isArray(driver['rules']) ? (driver['rules'] as Obj[]) : [];
  if (!Array.isArray(driver['rules'])) p('driver.rules', 'missing');
  const ids = new Set<string>();
  rules.forEach((r, i) => {
    const w = `rules[${i}]`;
    if (typeof r['id'] !== 'string' || r['id'] === '') p(w, 'id missing');
    else if (ids.has(r['id'])) p(w, `duplicate id ${r['id']}`);
    else ids.add(r['id']);
    if (typeof r['name'] === 'string' && r['name'].length > 255) p(w, 'name over 255 characters');
    for (const key of ['shortDescription', 'fullDescription']) {
      const t = text(r[key]);
      if (!t) p(w, `${key}.text missing or empty`);
      else if (t.length > 1024) p(w, `${key}.text over 1024 characters`);
    }
    if (!text(r['help'])) p(w, 'help.text missing or empty');
    if (r['helpUri'] !== undefined && (typeof r['helpUri'] !== 'string' || !ABSOLUTE_URL.test(r['helpUri']))) p(w, 'helpUri must be absolute');
    const props = isObj(r['properties']) ? r['properties'] : {};
    const tags = props['tags'];
    if (tags !== undefined && (!Array.isArray(tags) || tags.length > 20 || tags.some((t) => typeof t !== 'string'))) p(w, 'tags: at most 20 strings');
    const sev = props['security-severity'];
    if (sev !== undefined) {
      const n = typeof sev === 'string' && /^\d+(\.\d+)?$/.test(sev) ? Number(sev) : NaN;
      if (!(n > 0 && n <= 10)) p(w, `security-severity must be a numeric string in (0, 10], got ${JSON.stringify(sev)}`);
    }
  });
  const results = run['results'];
  if (!Array.isArray(results)) {
    p('runs[0].results', 'missing (required, even when empty)');
    return problems;
  }
  if (results.length > 0 && run['columnKind'] !== 'utf16CodeUnits') p('runs[0].columnKind', 'must be utf16CodeUnits');
  (results as Obj[]).forEach((r, i) => {
    const w = `results[${i}]`;
    if (typeof r['ruleId'] !== 'string' || !ids.has(r['ruleId'])) p(w, `ruleId ${String(r['ruleId'])} is not in driver.rules`);
    if (typeof r['ruleIndex'] === 'number' && rules[r['ruleIndex']]?.['id'] !== r['ruleId']) p(w, 'ruleIndex does not point at ruleId');
    if (!text(r['message'])?.trim()) p(w, 'message.text missing or empty');
    if ('partialFingerprints' in r) p(w, 'partialFingerprints must be left to the upload step');
    const locations = r['locations'];
    if (!Array.isArray(locations) || locations.length === 0) {
      p(w, 'no location (GitHub: "expected at least one location")');
      return;
    }
    const phys = isObj(locations[0]) ? (locations[0] as Obj)['physicalLocation'] : undefined;
    if (!isObj(phys)) {
      p(w, 'first location has no physicalLocation');
      return;
    }
    const art = phys['artifactLocation'];
    const uri = isObj(art) ? art['uri'] : undefined;
    if (typeof uri !== 'string' || uri === '') p(w, 'artifactLocation.uri missing ("expected artifact location")');
    else if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) || uri.startsWith('/')) p(w, `uri ${uri} is not repository-relative`);
    else if (/[\s\\]/.test(uri)) p(w, `uri ${uri} is not percent-encoded`);
    const region = phys['region'];
    if (!isObj(region)) p(w, 'no region');
    else {
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
        const v = region[key];
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) p(w, `region.${key} must be an integer ≥ 1`);
      }
    }
  });
  return problems;
}

export type MultitoolOutcome = { skipped: string } | { errors: string[]; warnings: string[] };

const MULTITOOL_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

export const MULTITOOL = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

/**
 * Microsoft's SARIF validator with the SARIF and GitHub rule kinds, on one or more logs (one process;
 * a finding names its log as `log-<index>.sarif`). It exits 0 even when it finds
 * errors, so its output log is read; warnings are returned apart. Its URL reachability rule (SARIF2006) is
 * disabled: it would send HTTP requests, and tests stay offline.
 */
export function runMultitool(...logs: unknown[]): MultitoolOutcome {
  if (process.platform !== 'linux' || !existsSync(MULTITOOL)) return { skipped: `the SARIF multitool binary is not installed for this platform (${MULTITOOL})` };
  try {
    chmodSync(MULTITOOL, 0o755); // its postinstall (chmod u+x) may not have run
  } catch (e) {
    return { skipped: `cannot make the SARIF multitool executable: ${(e as Error).message}` };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'podlint-multitool-'));
  try {
    const inputs = logs.map((log, i) => {
      const file = path.join(dir, `log-${i}.sarif`);
      writeFileSync(file, JSON.stringify(log));
      return file;
    });
    const output = path.join(dir, 'validation.sarif');
    // SARIF2006 makes HTTP requests for every URI in the log: tests stay off the network, so it is disabled.
    const config = path.join(dir, 'config.xml');
    writeFileSync(config, MULTITOOL_CONFIG);
    const r = spawnSync(MULTITOOL, ['validate', ...inputs, '-o', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning', '--config', config], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      timeout: 120_000,
    });
    if (r.error || !existsSync(output)) {
      return { skipped: `the SARIF multitool cannot run here: ${r.error?.message ?? `exit ${r.status}: ${(r.stderr || r.stdout).slice(0, 500)}`}` };
    }
    const out = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results?: { ruleId: string; level?: string; message: { id?: string; text?: string; arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
    };
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const res of out.runs[0]?.results ?? []) {
      const where = path.basename(res.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '');
      const line = `${where}: ${res.ruleId} ${res.message.text ?? res.message.id ?? ''} ${(res.message.arguments ?? []).join(' | ')}`;
      if ((res.level ?? 'warning') === 'error') errors.push(line);
      else warnings.push(line);
    }
    return { errors, warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
