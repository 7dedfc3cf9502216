#!/usr/bin/env node
// Per-rule cost on already-parsed objects, the way the webhook lints them: each object is added with
// `session.addValue(...)` and linted in a run of its own. Each rule is timed alone (a resolver that enables
// only that rule), then the engine with no rule, the default rule set (no config: the `recommended`
// preset, what `podlint serve` uses), every rule (`extends: all`), and the webhook's whole per-review cycle
// (new session, addValue, lintObjects, report). Prints µs per object, sorted.
//
//   node scripts/bench/rules.mjs [--files 200] [--ms 300] [--rounds 5] [--only ID,ID] [--totals-only]
//                                [--stat median|min] [--lint-run] [--root DIR] [--compare DIR] [--json out.json]
//
// The engine and rules are bundled from src/ and rules/ with esbuild (as scripts/build.mjs bundles dist/)
// into a temporary directory first, so the numbers are those of the shipped code, not of tsx's transform.
// `--root DIR` takes the code from another checkout. `--compare DIR` also bundles DIR's code (e.g. a copy
// of the tree with the old rules) and measures both, interleaved round by round in one process, so that
// "before" and "after" share the run conditions; the table then shows both and their ratio.
//
// Objects: the main (pod-bearing) object of lint files 0..files-1 of the benchmark generator (seed 1), the
// Pod objects of fixtures/admission/*-request.json, and bench-webhook's small Pod and 10-container Pod.
// Every timed pass lints fresh copies (new objects, new pod-spec infos), as every review brings its own.
// `--lint-run` lints all objects in one run (as `podlint lint` does: cross-object rules see every object)
// and adds the generator's other documents (ServiceAccount, ConfigMap, Service).
//
// Times are CPU time (user + system) of this process per object, the median (`--stat min`: the minimum) of
// `rounds` rounds of at least `ms` milliseconds (with a minor GC before each timed section); the wall-clock
// time is shown too.
// Subjects are interleaved round by round so that drift on a noisy machine hits all of them.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { build } from 'esbuild';
import { benchPod, lintDocs } from './gen-corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const root = path.resolve(opt('root', here));
const compareRoot = opt('compare') ? path.resolve(opt('compare')) : undefined;
const files = Number(opt('files', '200'));
const minMs = Number(opt('ms', '300'));
const rounds = Number(opt('rounds', '5'));
const only = opt('only', '')
  .split(',')
  .filter((s) => s !== '');
const totalsOnly = args.includes('--totals-only');
const lintRun = args.includes('--lint-run');
const jsonOut = opt('json');
/** `median` (default) or `min` of the rounds: on a busy machine the minimum is the steadier estimate. */
const stat = opt('stat', 'median');
if (stat !== 'median' && stat !== 'min') throw new Error('--stat is median or min');

// --- code under test -------------------------------------------------------------------------------------
async function load(dir) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'podlint-bench-rules-'));
  const bundle = path.join(tmp, 'bundle.mjs');
  try {
    await build({
      absWorkingDir: dir,
      stdin: {
        contents: [
          "export { LintSession } from './src/core/engine.ts';",
          "export { ConfigResolver } from './src/core/config.ts';",
          "export { builtinRules } from './rules/index.ts';",
        ].join('\n'),
        resolveDir: dir,
        loader: 'ts',
      },
      outfile: bundle,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(bundle).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const variants = [{ label: compareRoot ? 'before' : 'this', dir: compareRoot ?? root }];
if (compareRoot) variants.push({ label: 'after', dir: root });
for (const v of variants) v.code = await load(v.dir);

// --- objects -----------------------------------------------------------------------------------------
const values = [];
for (let i = 0; i < files; i++) {
  const { docs } = lintDocs(1, i);
  if (lintRun) values.push(...docs);
  else values.push(docs.find((d) => d.spec) ?? docs[0]);
}
const admissionDir = path.join(here, 'fixtures', 'admission');
for (const f of readdirSync(admissionDir).filter((n) => n.endsWith('-request.json')).sort()) {
  const object = JSON.parse(readFileSync(path.join(admissionDir, f), 'utf8'))?.request?.object;
  if (object && typeof object === 'object') values.push(object);
}
values.push(benchPod(1), benchPod(10));
const objectCount = values.length;

// --- measurement ---------------------------------------------------------------------------------------
// A minor GC before each timed section, so that one subject does not pay for the garbage of the untimed
// set-up (cloning the objects) or of the subject before it; its own garbage still counts.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const minorGc = () => gc({ type: 'minor' });

/** A clock for one timed section: wall time and this process's CPU time (user + system), in µs. */
function clock() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(cpu);
    return { wall: (performance.now() - wall) * 1000, cpu: c.user + c.system };
  };
}

/** One timed pass: lint fresh copies of every object (each in its own run, or all in one run). */
function pass({ LintSession }, resolver, rules) {
  const session = new LintSession(rules, resolver);
  const objects = values.map((v, i) => session.addValue(structuredClone(v), `object-${i}.json`));
  minorGc();
  const stop = clock();
  if (lintRun) {
    const all = objects.flat();
    session.lintObjects(all, { objects: all });
  } else {
    for (const objs of objects) session.lintObjects(objs, { objects: objs });
  }
  const time = stop();
  return { time, findings: session.report().findings.length };
}

/**
 * The whole per-review cycle of the webhook for each object, timed: a new session, addValue, lintObjects,
 * report(). (The object is cloned before the clock starts: the webhook's comes from JSON.parse.)
 */
function cyclePass({ LintSession }, resolver, rules) {
  const clones = values.map((v) => structuredClone(v));
  let findings = 0;
  minorGc();
  const stop = clock();
  clones.forEach((v, i) => {
    const session = new LintSession(rules, resolver);
    const objs = session.addValue(v, `object-${i}.json`);
    session.lintObjects(objs, { objects: objs });
    findings += session.report().findings.length;
  });
  return { time: stop(), findings };
}

/** The subjects of one variant: each rule alone, then the totals. */
function subjectsOf(code) {
  const { ConfigResolver, builtinRules } = code;
  const out = [];
  if (!totalsOnly) {
    for (const rule of builtinRules) {
      if (only.length > 0 && !only.includes(rule.id)) continue;
      if (rule.meta.phase === 'update') continue; // no object visitors: nothing to time here
      out.push({ name: rule.id, resolver: new ConfigResolver({ extends: 'all', rules: { [rule.id]: rule.meta.severity } }, [rule]), rules: [rule] });
    }
  }
  out.push({ name: '(no rules: engine only)', resolver: new ConfigResolver({}, []), rules: [], total: true });
  out.push({ name: '(default rule set, no config)', resolver: new ConfigResolver({}, builtinRules), rules: builtinRules, total: true });
  out.push({ name: '(every rule, extends: all)', resolver: new ConfigResolver({ extends: 'all' }, builtinRules), rules: builtinRules, total: true });
  if (!lintRun) {
    out.push({ name: '(review cycle, no rules)', resolver: new ConfigResolver({}, []), rules: [], total: true, run: cyclePass });
    out.push({ name: '(review cycle, default rule set)', resolver: new ConfigResolver({}, builtinRules), rules: builtinRules, total: true, run: cyclePass });
  }
  for (const s of out) {
    s.code = code;
    s.cpu = [];
    s.wall = [];
  }
  return out;
}

for (const v of variants) v.subjects = subjectsOf(v.code);
const all = variants.flatMap((v) => v.subjects);
const runOnce = (s) => (s.run ?? pass)(s.code, s.resolver, s.rules);

// Warm up (JIT), count findings, and size the rounds.
for (const s of all) {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < Math.min(100, minMs)) {
    s.findings = runOnce(s).findings;
    n++;
  }
  s.passesPerRound = Math.max(1, Math.ceil((minMs / (performance.now() - t0)) * n));
}
for (let r = 0; r < rounds; r++) {
  for (const s of all) {
    let cpu = 0;
    let wall = 0;
    for (let k = 0; k < s.passesPerRound; k++) {
      const { time } = runOnce(s);
      cpu += time.cpu;
      wall += time.wall;
    }
    s.cpu.push(cpu / (s.passesPerRound * objectCount));
    s.wall.push(wall / (s.passesPerRound * objectCount));
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pick = stat === 'min' ? (xs) => Math.min(...xs) : median;
for (const s of all) {
  s.us = pick(s.cpu);
  s.min = Math.min(...s.cpu);
  s.max = Math.max(...s.cpu);
  s.wallUs = pick(s.wall);
}

// --- output --------------------------------------------------------------------------------------------
const fmt = (x, w = 8) => x.toFixed(2).padStart(w);
console.log(`node ${process.version}; ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}); load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`${objectCount} objects (${lintRun ? 'all in one run, every document' : 'one run each, as the webhook'}); ${stat} of ${rounds} rounds of ≥${minMs} ms`);
for (const v of variants) console.log(`${v.label}: ${v.dir}`);
console.log('µs/object: CPU time (user+system) per object of lintObjects with that rule alone; "rule" subtracts the');
console.log(`engine-only time; min–max over the rounds; "wall" is the ${stat} wall-clock time.`);
console.log('"review cycle": new LintSession + addValue + lintObjects + report() per object, as the webhook does.\n');

const findingsDiffer = [];
if (!compareRoot) {
  const [{ subjects }] = variants;
  const engineOnly = subjects.find((s) => s.name.startsWith('(no rules')).us;
  const row = (s) =>
    `${s.name.padEnd(44)} ${fmt(s.us, 9)} ${fmt(s.us - engineOnly, 8)} ${`${s.min.toFixed(2)}–${s.max.toFixed(2)}`.padStart(15)} ${fmt(s.wallUs, 9)} ${String(s.findings).padStart(8)}`;
  console.log(`${'rule'.padEnd(44)} ${'µs/object'.padStart(9)} ${'rule'.padStart(8)} ${'min–max'.padStart(15)} ${'wall'.padStart(9)} ${'findings'.padStart(8)}`);
  const perRule = subjects.filter((s) => !s.total).sort((a, b) => b.us - a.us);
  for (const s of perRule) console.log(row(s));
  if (perRule.length > 0) {
    const sumRules = perRule.reduce((a, s) => a + (s.us - engineOnly), 0);
    console.log(`\n${'sum of the rules alone (minus engine each)'.padEnd(44)} ${fmt(sumRules + engineOnly, 9)} ${fmt(sumRules, 8)}`);
  }
  for (const s of subjects.filter((x) => x.total)) console.log(row(s));
} else {
  const [before, after] = variants;
  const pairs = before.subjects.map((b) => ({ b, a: after.subjects.find((x) => x.name === b.name) })).filter((p) => p.a);
  const row = ({ b, a }) =>
    `${b.name.padEnd(44)} ${fmt(b.us, 9)} ${fmt(a.us, 9)} ${fmt(a.us / b.us, 6)}× ${fmt(b.wallUs, 9)} ${fmt(a.wallUs, 9)} ${String(b.findings).padStart(8)} ${String(a.findings).padStart(8)}`;
  console.log(
    `${'rule'.padEnd(44)} ${'before µs'.padStart(9)} ${'after µs'.padStart(9)} ${'after/before'.padStart(7)} ${'wall bef.'.padStart(9)} ${'wall aft.'.padStart(9)} ${'findings'.padStart(8)} ${'(after)'.padStart(8)}`,
  );
  for (const p of pairs.filter((x) => !x.b.total).sort((x, y) => y.b.us - x.b.us)) console.log(row(p));
  console.log('');
  for (const p of pairs.filter((x) => x.b.total)) console.log(row(p));
  for (const p of pairs) if (p.a.findings !== p.b.findings) findingsDiffer.push(p.b.name);
  if (findingsDiffer.length > 0) console.log(`\nWARNING: finding counts differ for ${findingsDiffer.join(', ')}`);
}
if (jsonOut) {
  const results = variants.map((v) => ({
    label: v.label,
    dir: v.dir,
    results: v.subjects.map(({ name, us, min, max, wallUs, findings }) => ({ name, cpuUs: us, cpuMin: min, cpuMax: max, wallUs, findings })),
  }));
  writeFileSync(jsonOut, `${JSON.stringify({ node: process.version, objects: objectCount, lintRun, rounds, ms: minMs, variants: results }, null, 2)}\n`);
}
if (findingsDiffer.length > 0) process.exitCode = 1;
