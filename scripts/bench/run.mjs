// `npm run bench`: generates the corpora (2 000 and 20 000 files, old/new pairs), then times podlint and the
// baselines as whole processes, interleaved, and prints a table of medians with ratios and peak RSS.
// Usage: node scripts/bench/run.mjs [--reps N] [--sizes 2000,20000] [--write BENCHMARKS.md]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = path.join(root, '.bench');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};
const reps = Number(opt('reps', '3'));
const sizes = opt('sizes', '2000,20000').split(',').map(Number);
const writeTo = opt('write');
const node = process.execPath;
const cli = path.join(root, 'dist', 'cli.js');
const gen = path.join(root, 'scripts', 'bench', 'gen-corpus.mjs');
const baselines = path.join(root, 'scripts', 'bench', 'baselines.mjs');

function corpus(mode, files) {
  const dir = path.join(benchDir, `${mode}-${files}`);
  if (!existsSync(path.join(dir, '.done'))) {
    console.error(`generating ${dir} …`);
    execFileSync(node, [gen, '--out', dir, '--files', String(files), '--seed', '1', '--mode', mode], { stdio: 'inherit' });
    writeFileSync(path.join(dir, '.done'), '');
  }
  return dir;
}

/** Run a command under GNU time: wall seconds (from a monotonic clock) and peak RSS in KiB. */
function timed(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = Number(r.stderr.trim().split('\n').pop());
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(cases) {
  const results = new Map(cases.map((c) => [c.name, []]));
  for (let r = 0; r < reps; r++) for (const c of cases) results.get(c.name).push(timed(c.argv));
  return cases.map((c) => {
    const runs = results.get(c.name);
    return { ...c, wall: median(runs.map((x) => x.wall)), min: Math.min(...runs.map((x) => x.wall)), max: Math.max(...runs.map((x) => x.wall)), rss: Math.max(...runs.map((x) => x.rss)) };
  });
}

function stats(dir) {
  const out = execFileSync(node, [baselines, '--stats', dir], { encoding: 'utf8' });
  return JSON.parse(out);
}

mkdirSync(benchDir, { recursive: true });
const lines = [];
const one = path.join(root, 'fixtures', 'examples', 'native-sidecar.yaml');
for (const files of sizes) {
  const lint = corpus('lint', files);
  const pairs = corpus('pairs', files);
  const { bytes, documents } = stats(lint);
  const mib = bytes / 1024 / 1024;
  const cases = [
    { name: 'podlint lint (stylish)', argv: [node, cli, 'lint', lint, '--no-config-lookup'] },
    { name: 'podlint lint (sarif)', argv: [node, cli, 'lint', lint, '--no-config-lookup', '--format', 'sarif'] },
    { name: 'podlint lint --threads 2', argv: [node, cli, 'lint', lint, '--no-config-lookup', '--threads', '2'] },
    { name: 'podlint diff old new', argv: [node, cli, 'diff', path.join(pairs, 'old'), path.join(pairs, 'new'), '--no-config-lookup'], optional: true },
    { name: 'read all files', argv: [node, baselines, 'read', lint] },
    { name: 'js-yaml 4 loadAll', argv: [node, baselines, 'js-yaml', lint] },
    { name: 'yaml parseAllDocuments', argv: [node, baselines, 'yaml', lint] },
  ];
  const hasDiff = /^\s+diff\b/m.test(spawnSync(node, [cli, '--help'], { encoding: 'utf8' }).stdout);
  const runnable = cases.filter((c) => !c.optional || hasDiff);
  const measured = measure(runnable);
  const byName = new Map(measured.map((m) => [m.name, m]));
  const podlint = byName.get('podlint lint (stylish)');
  lines.push(`### ${files} files (${mib.toFixed(1)} MiB, ${documents} documents)`, '');
  lines.push('| Command | median s (min–max) | documents/s | MiB/s | podlint lint ÷ this | peak RSS MiB |', '| --- | --- | --- | --- | --- | --- |');
  for (const m of measured) {
    lines.push(
      `| ${m.name} | ${m.wall.toFixed(2)} (${m.min.toFixed(2)}–${m.max.toFixed(2)}) | ${Math.round(documents / m.wall)} | ${(mib / m.wall).toFixed(1)} | ${(podlint.wall / m.wall).toFixed(2)} | ${(m.rss / 1024).toFixed(0)} |`,
    );
  }
  const jsYaml = byName.get('js-yaml 4 loadAll');
  const threads = byName.get('podlint lint --threads 2');
  lines.push(
    '',
    `Headline: lint throughput ${(jsYaml.wall / podlint.wall).toFixed(2)}× js-yaml's (goal ≥ 0.5), ` +
      `2 worker threads ${(podlint.wall / threads.wall).toFixed(2)}× one thread (goal ≥ 1.7), ` +
      `peak RSS ${(podlint.rss / 1024).toFixed(0)} MiB on one thread, ${(threads.rss / 1024).toFixed(0)} MiB with 2 workers (goal ≤ 300 on 20 000 files).`,
  );
  lines.push('');
}
const start = measure([
  { name: 'node -e 0', argv: [node, '-e', '0'] },
  { name: 'podlint lint one.yaml', argv: [node, cli, 'lint', one, '--no-config-lookup'] },
].map((c) => c));
lines.push('### Cold start', '', '| Command | median s (min–max) | ÷ node -e 0 |', '| --- | --- | --- |');
for (const m of start) lines.push(`| ${m.name} | ${m.wall.toFixed(3)} (${m.min.toFixed(3)}–${m.max.toFixed(3)}) | ${(m.wall / start[0].wall).toFixed(2)} |`);
const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}, ${reps} interleaved runs per command (\`npm run bench\`).`;
const text = `${header}\n\n${lines.join('\n')}\n`;
console.log(text);
if (writeTo) {
  const file = path.resolve(root, writeTo);
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n<!-- bench:begin -->\n<!-- bench:end -->\n';
  writeFileSync(file, old.replace(/<!-- bench:begin -->[\s\S]*<!-- bench:end -->/, `<!-- bench:begin -->\n${text}<!-- bench:end -->`));
}
