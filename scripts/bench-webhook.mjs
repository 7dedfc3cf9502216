#!/usr/bin/env node
// `npm run bench:webhook`: load-tests `podlint serve` and, in the same run, a trivial Node.js HTTPS server
// that JSON-parses the review and answers `allowed: true` (the ceiling of any Node webhook here), with
// autocannon on 127.0.0.1. For a small Pod and a 10-container Pod, at a fixed rate and at the maximum
// rate: p50/p99 latency and requests/s of both, and podlint's ratio to the trivial server.
//
//   node scripts/bench-webhook.mjs [--duration 10] [--connections 10] [--rate 200] [--repeat 3] [--json out.json] [--no-pin]
//
// Fixed rate: an even-paced open-loop client (µs precision, latency from the scheduled send time) and
// autocannon -R (bursty, whole ms). Maximum rate: autocannon with --connections; also against podlint with
// every rule turned off (a config that sets each rule to off): the cost of the review around the rules.
//
// With 2+ CPUs and `taskset`, the servers run on CPU 0 and autocannon on CPU 1. Runs alternate between
// the two servers so that drift on a noisy machine hits both. Uses dist/cli.js when it has `serve`,
// otherwise src/ through tsx. Needs `openssl` for the throw-away certificate.
import { Buffer } from 'node:buffer';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { benchPod } from './bench/gen-corpus.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};

// --- trivial server mode (spawned by the benchmark itself) -----------------------------------------
if (args[0] === '--trivial-server') {
  const [, port, cert, key] = args;
  const server = https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key), minVersion: 'TLSv1.2' }, (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let review;
      try {
        review = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      const out = Buffer.from(JSON.stringify({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', response: { uid: review?.request?.uid ?? '', allowed: true } }));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': out.length });
      res.end(out);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(port), '127.0.0.1', () => console.log(JSON.stringify({ msg: 'listening', port: server.address().port })));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else if (args[0] === '--paced') {
  await paced(args.slice(1));
} else {
  await main();
}

// --- even-paced open-loop client (spawned by the benchmark, pinned like autocannon) -------------------
// autocannon's -R sends bursts and reports whole milliseconds; this sends one request every 1/rate s
// over keep-alive connections and measures each from its scheduled send time (so queueing counts), in µs.
async function paced([port, file, rateText, durationText, connsText]) {
  const body = fs.readFileSync(file);
  const rate = Number(rateText);
  const total = Math.round(rate * Number(durationText));
  const agent = new https.Agent({ keepAlive: true, maxSockets: Number(connsText), rejectUnauthorized: false });
  const latencies = [];
  let errors = 0;
  let non2xx = 0;
  let done = 0;
  const start = performance.now() + 50;
  const send = (scheduled) => {
    const req = https.request({ host: '127.0.0.1', port: Number(port), path: '/validate', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      if (res.statusCode !== 200) non2xx++;
      res.resume();
      res.on('end', () => {
        latencies.push(performance.now() - scheduled);
        done++;
      });
    });
    req.on('error', () => {
      errors++;
      done++;
    });
    req.end(body);
  };
  await new Promise((resolve) => {
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < total && start + (next * 1000) / rate <= now) send(start + (next++ * 1000) / rate);
      if (next < total) setTimeout(tick, Math.max(0, start + (next * 1000) / rate - performance.now()));
      else resolve();
    };
    setTimeout(tick, 50);
  });
  while (done < total) await new Promise((r) => setTimeout(r, 5));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] * 1000) / 1000;
  const elapsed = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ reqPerSec: Math.round(latencies.length / elapsed), p50: q(0.5), p99: q(0.99), max: q(1 - 1e-9), total, errors, non2xx }));
}

// --- benchmark --------------------------------------------------------------------------------------
function podReview(containers, uid) {
  const pod = benchPod(containers);
  return {
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: {
      uid,
      kind: { group: '', version: 'v1', kind: 'Pod' },
      resource: { group: '', version: 'v1', resource: 'pods' },
      requestKind: { group: '', version: 'v1', kind: 'Pod' },
      requestResource: { group: '', version: 'v1', resource: 'pods' },
      name: pod.metadata.name,
      namespace: 'team-a',
      operation: 'CREATE',
      userInfo: { username: 'system:serviceaccount:kube-system:replicaset-controller', groups: ['system:serviceaccounts', 'system:authenticated'] },
      object: pod,
      oldObject: null,
      dryRun: false,
      options: { apiVersion: 'meta.k8s.io/v1', kind: 'CreateOptions' },
    },
  };
}

function startChild(cmd, what) {
  const child = spawn(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 30 s`)), 30_000);
    let buffered = '';
    const onData = (d) => {
      buffered += String(d);
      const line = buffered.split('\n').find((l) => l.includes('"listening"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.resume(); // keep draining the logs
      resolve({ child, port: JSON.parse(line).port });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited ${code}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

function post(port, body, ca) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, path: '/validate', method: 'POST', ca, servername: 'localhost', headers: { 'content-type': 'application/json' } }, (res) => {
      let s = '';
      res.on('data', (c) => (s += c));
      res.on('end', () => resolve({ status: res.statusCode, body: s }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main() {
  const duration = Math.min(30, Number(opt('--duration', '10')));
  const repeat = Math.max(1, Math.floor(Number(opt('--repeat', '3'))) || 1);
  const connections = Number(opt('--connections', '10'));
  const rate = Number(opt('--rate', '200'));
  const jsonOut = opt('--json', null);
  const pin = !args.includes('--no-pin') && os.cpus().length >= 2 && spawnSync('sh', ['-c', 'command -v taskset'], { stdio: 'ignore' }).status === 0;
  const onCpu = (cpu, cmd) => (pin ? ['taskset', '-c', String(cpu), ...cmd] : cmd);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-bench-'));
  const cert = path.join(tmp, 'tls.crt');
  const key = path.join(tmp, 'tls.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=podlint-bench',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  const ca = fs.readFileSync(cert, 'utf8');

  const distHasServe = fs.existsSync(path.join(ROOT, 'dist/cli.js')) && /^\s+serve\b/m.test(spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), '--help'], { encoding: 'utf8' }).stdout ?? '');
  const podlintCmd = distHasServe ? [process.execPath, path.join(ROOT, 'dist/cli.js')] : [process.execPath, '--import', 'tsx', path.join(ROOT, 'src/cli/bin.ts')];
  const servers = {};
  try {
    servers.podlint = await startChild(onCpu(0, [...podlintCmd, 'serve', '--tls-cert', cert, '--tls-key', key, '--port', '0', '--host', '127.0.0.1']), 'podlint serve');
    servers.trivial = await startChild(onCpu(0, [process.execPath, fileURLToPath(import.meta.url), '--trivial-server', '0', cert, key]), 'trivial server');
    // The same server with every rule turned off: what the review costs around the rules (HTTP, TLS, JSON,
    // the engine's envelope, logs, metrics); the ceiling of any rule set on this machine.
    const rulesOut = spawnSync(podlintCmd[0], [...podlintCmd.slice(1), 'rules', '--format', 'json', '--no-config-lookup'], { cwd: ROOT, encoding: 'utf8' });
    if (rulesOut.status !== 0) throw new Error(`podlint rules failed: ${rulesOut.stderr}`);
    const offConfig = path.join(tmp, 'rules-off.yaml');
    fs.writeFileSync(offConfig, `rules:\n${JSON.parse(rulesOut.stdout).map((r) => `  ${r.id}: off\n`).join('')}`);
    servers.rulesOff = await startChild(onCpu(0, [...podlintCmd, 'serve', '--tls-cert', cert, '--tls-key', key, '--port', '0', '--host', '127.0.0.1', '--config', offConfig]), 'podlint serve (rules off)');

    const bodies = [
      { name: 'small Pod (1 container)', text: JSON.stringify(podReview(1, 'bench-small')) },
      { name: 'Pod with 10 containers', text: JSON.stringify(podReview(10, 'bench-ten')) },
    ];
    for (const b of bodies) {
      const r = await post(servers.podlint.port, b.text, ca);
      const res = JSON.parse(r.body).response;
      if (r.status !== 200 || res.uid !== JSON.parse(b.text).request.uid) throw new Error(`bad answer from podlint: ${r.status} ${r.body}`);
      b.verdict = res.allowed ? `allowed${res.warnings ? ` with ${res.warnings.length} warnings` : ''}` : 'denied';
      b.file = path.join(tmp, `${b.text.length}.json`);
      fs.writeFileSync(b.file, b.text);
    }

    console.log(`node ${process.version}; ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}); pinning ${pin ? 'servers->cpu0, autocannon->cpu1' : 'off'}; podlint from ${distHasServe ? 'dist/' : 'src/ (tsx)'}`);
    console.log(`${connections} connections, ${duration} s per run; fixed rate ${rate} req/s; maximum rate: ${repeat} rounds, medians`);
    const autocannon = path.join(ROOT, 'node_modules/autocannon/autocannon.js');
    const run = (port, file, r) => {
      const cmd = onCpu(1, [process.execPath, autocannon, '-m', 'POST', '-H', 'content-type=application/json', '-i', file, '-c', String(connections), '-d', String(duration), '-j',
        ...(r ? ['-R', String(r)] : []), `https://127.0.0.1:${port}/validate`]);
      const out = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', timeout: (duration + 30) * 1000, env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });
      if (out.status !== 0) throw new Error(`autocannon failed: ${out.stderr}`);
      const j = JSON.parse(out.stdout.trim().split('\n').pop());
      return { reqPerSec: Math.round(j.requests.average), p50: j.latency.p50, p99: j.latency.p99, non2xx: j.non2xx, errors: j.errors, timeouts: j.timeouts, total: j.requests.total };
    };

    const pacedRun = (port, file) => {
      const cmd = onCpu(1, [process.execPath, fileURLToPath(import.meta.url), '--paced', String(port), file, String(rate), String(duration), String(connections)]);
      const out = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', timeout: (duration + 30) * 1000 });
      if (out.status !== 0) throw new Error(`paced client failed: ${out.stderr}`);
      return JSON.parse(out.stdout.trim().split('\n').pop());
    };
    const ratio = (a, b) => (b > 0 ? a / b : NaN);
    const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
    // The run with the median req/s (its latencies stay those of one run).
    const medianRun = (runs) => [...runs].sort((x, y) => x.reqPerSec - y.reqPerSec)[Math.floor((runs.length - 1) / 2)];
    const fmt = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');

    const results = [];
    const report = (row) => {
      results.push(row);
      for (const [who, x] of [['trivial', row.trivial], ['podlint', row.podlint]]) {
        console.log(`   ${row.load.padEnd(22)} ${who.padEnd(8)} ${String(x.reqPerSec).padStart(7)} req/s   p50 ${x.p50} ms   p99 ${x.p99} ms   non2xx=${x.non2xx} errors=${x.errors}`);
      }
      console.log(`   ${row.load.padEnd(22)} ratio    ${fmt(row.ratio.reqPerSec)} req/s   p50 ${fmt(row.ratio.p50)}   p99 ${fmt(row.ratio.p99)}`);
    };
    const row = (b, load, trivial, podlint) => ({
      body: b.name, bytes: b.text.length, load, trivial, podlint,
      ratio: { p50: ratio(podlint.p50, trivial.p50), p99: ratio(podlint.p99, trivial.p99), reqPerSec: ratio(podlint.reqPerSec, trivial.reqPerSec) },
    });
    for (const b of bodies) {
      console.log(`\n== ${b.name}: ${b.text.length} bytes, podlint says ${b.verdict}`);
      // Warm-up (JIT, TLS sessions); then each measurement runs trivial and podlint back to back.
      run(servers.trivial.port, b.file, 0);
      run(servers.podlint.port, b.file, 0);
      report(row(b, `paced ${rate}/s`, pacedRun(servers.trivial.port, b.file), pacedRun(servers.podlint.port, b.file)));
      report(row(b, `autocannon -R ${rate}`, run(servers.trivial.port, b.file, rate), run(servers.podlint.port, b.file, rate)));
      // Maximum rate: `repeat` rounds of trivial, podlint, podlint with every rule off, back to back (so drift
      // on a shared machine hits all three alike); each row gives the median req/s of each server and the
      // median of the per-round ratios.
      run(servers.rulesOff.port, b.file, 0);
      const rounds = [];
      for (let i = 0; i < repeat; i++) rounds.push({ trivial: run(servers.trivial.port, b.file, 0), podlint: run(servers.podlint.port, b.file, 0), rulesOff: run(servers.rulesOff.port, b.file, 0) });
      for (const [load, who] of [['autocannon max', 'podlint'], ['max, every rule off', 'rulesOff']]) {
        const r = row(b, load, medianRun(rounds.map((x) => x.trivial)), medianRun(rounds.map((x) => x[who])));
        r.ratio.reqPerSec = median(rounds.map((x) => ratio(x[who].reqPerSec, x.trivial.reqPerSec)));
        r.rounds = rounds.map((x) => ({ trivial: x.trivial.reqPerSec, podlint: x[who].reqPerSec }));
        report(r);
        console.log(`   ${''.padEnd(22)} rounds   ${r.rounds.map((x) => `${x.podlint}/${x.trivial}`).join(', ')} req/s`);
      }
    }

    console.log('\nMarkdown:\n');
    console.log('| Body | Load | trivial p50 / p99 (ms) | podlint p50 / p99 (ms) | p99 ratio | trivial req/s | podlint req/s | req/s ratio |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      console.log(`| ${r.body} (${(r.bytes / 1024).toFixed(1)} KiB) | ${r.load} | ${r.trivial.p50} / ${r.trivial.p99} | ${r.podlint.p50} / ${r.podlint.p99} | ${fmt(r.ratio.p99)} | ${r.trivial.reqPerSec} | ${r.podlint.reqPerSec} | ${fmt(r.ratio.reqPerSec)} |`);
    }
    if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ node: process.version, cpus: os.cpus().length, pinned: pin, date: new Date().toISOString(), connections, duration, rate, repeat, results }, null, 1));
  } finally {
    await Promise.all(Object.values(servers).map((s) => stop(s.child)));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
