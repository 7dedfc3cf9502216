import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  LintSession
} from "./chunk-5R3HZ2QL.js";
import {
  ConfigResolver,
  validateConfig
} from "./chunk-T5FIIOQM.js";
import {
  POD_BEARING_KINDS,
  PodlintError,
  arr,
  dig,
  isPodBearing,
  isRecord,
  require_dist,
  str
} from "./chunk-QLTRLFQX.js";
import {
  __toESM
} from "./chunk-EOAGVCXE.js";

// src/server/http.ts
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { isIPv4, isIPv6 } from "node:net";
import { createSecureContext } from "node:tls";

// src/server/admission.ts
var ADMISSION_VERSIONS = ["admission.k8s.io/v1", "admission.k8s.io/v1beta1"];
var WARNING_MAX_LENGTH = 255;
var WARNINGS_MAX_TOTAL = 4096;
var DENY_MAX_ITEMS = 10;
var ITEM_MAX_LENGTH = 300;
var EVALUATED_SUBRESOURCES = /* @__PURE__ */ new Set(["ephemeralcontainers", "resize"]);
var BadReviewError = class extends Error {
  name = "BadReviewError";
};
function parseReview(body) {
  if (!isRecord(body)) throw new BadReviewError("body is not a JSON object");
  const apiVersion = body["apiVersion"];
  if (typeof apiVersion !== "string" || !ADMISSION_VERSIONS.includes(apiVersion)) {
    throw new BadReviewError(`apiVersion must be one of ${ADMISSION_VERSIONS.join(", ")}`);
  }
  if (body["kind"] !== "AdmissionReview") throw new BadReviewError("kind must be AdmissionReview");
  const request = body["request"];
  if (!isRecord(request)) throw new BadReviewError("request is missing or not an object");
  const uid = request["uid"];
  if (typeof uid !== "string" || uid === "") throw new BadReviewError("request.uid must be a non-empty string");
  if (typeof request["operation"] !== "string") throw new BadReviewError("request.operation must be a string");
  const object = rec0(request["object"]);
  const kind = str(dig(request, "kind", "kind")) ?? str(object?.["kind"]) ?? "";
  const summary = {
    uid,
    operation: request["operation"],
    kind,
    namespace: str(request["namespace"]) ?? str(dig(object, "metadata", "namespace")) ?? "",
    name: str(request["name"]) || str(dig(object, "metadata", "name")) || str(dig(object, "metadata", "generateName")) || "",
    subResource: str(request["subResource"]) ?? "",
    dryRun: request["dryRun"] === true
  };
  return { apiVersion, request, summary };
}
function rec0(v) {
  return isRecord(v) ? v : void 0;
}
function envelope(apiVersion, response) {
  return { apiVersion, kind: "AdmissionReview", response };
}
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ");
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function findingLine(f, max = Infinity) {
  const message = printable(f.path === "" || f.message.startsWith(`${f.path}:`) ? f.message : `${f.path}: ${f.message}`);
  const suffix = ` (${f.ruleId})`;
  return `${truncate(message, Math.max(1, max - suffix.length))}${suffix}`;
}
function denyMessage(findings) {
  const lines = findings.slice(0, DENY_MAX_ITEMS).map((f) => findingLine(f, ITEM_MAX_LENGTH));
  if (findings.length > DENY_MAX_ITEMS) lines.push(`(and ${findings.length - DENY_MAX_ITEMS} more; run podlint lint for the full list)`);
  return lines.join("\n");
}
function warningsFor(findings) {
  const out = [];
  let total = 0;
  for (let i = 0; i < findings.length; i++) {
    const w = truncate(findingLine(findings[i], WARNING_MAX_LENGTH), WARNING_MAX_LENGTH);
    const rest = findings.length - i - 1;
    const reserve = rest > 0 ? 64 : 0;
    if (total + w.length + reserve > WARNINGS_MAX_TOTAL) {
      const more = `podlint: ${findings.length - i} more findings not shown`;
      if (total + more.length <= WARNINGS_MAX_TOTAL) out.push(more);
      break;
    }
    out.push(w);
    total += w.length;
  }
  return out;
}
function modeFor(webhook, namespace) {
  const byNamespace = webhook.namespaces;
  if (byNamespace && Object.hasOwn(byNamespace, namespace)) return byNamespace[namespace];
  return webhook.mode ?? "enforce";
}
function exemption(webhook, request, summary) {
  const ex = webhook.exemptions;
  if (!ex) return void 0;
  if (summary.namespace !== "" && ex.namespaces?.includes(summary.namespace)) return `namespace ${summary.namespace}`;
  const user = rec0(request["userInfo"]);
  const username = str(user?.["username"]);
  if (username !== void 0 && ex.usernames?.includes(username)) return `user ${username}`;
  const groups = arr(user?.["groups"]).filter((g) => typeof g === "string");
  const group = groups.find((g) => ex.groups?.includes(g));
  if (group !== void 0) return `group ${group}`;
  return void 0;
}
function beingDeleted(o) {
  const t = dig(o, "metadata", "deletionTimestamp");
  return t !== void 0 && t !== null;
}
function objectName(summary, kind) {
  return `${summary.namespace || "_cluster"}/${kind}/${summary.name || "_unnamed"}`;
}
function findingKey(f) {
  return `${f.ruleId}\0${f.path}\0${f.message}`;
}
function introducedFindings(current, previous) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of previous) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
  return current.filter((f) => {
    const k = findingKey(f);
    const n = counts.get(k) ?? 0;
    if (n === 0) return true;
    counts.set(k, n - 1);
    return false;
  });
}
function unsuppressed(session) {
  const all = session.report().findings;
  const findings = all.filter((f) => !f.suppressed);
  return { findings, suppressed: all.length - findings.length };
}
function evaluate(settings, object, old, name, subresource) {
  const session = new LintSession(settings.rules, settings.resolver);
  const current = session.addValue(object, name);
  if (old === void 0) {
    session.lintObjects(current);
    const { findings: findings2, suppressed: suppressed2 } = unsuppressed(session);
    return { findings: findings2, introduced: findings2, suppressed: suppressed2 };
  }
  const run = { objects: current };
  session.lintObjects(current, run, "update");
  const oldSession = new LintSession(settings.rules, settings.resolver);
  const previous = oldSession.addValue(old, name);
  oldSession.lintObjects(previous, { objects: previous }, "update");
  if (current[0] && previous[0]) session.lintUpdate(previous[0], current[0], run, subresource);
  const { findings, suppressed } = unsuppressed(session);
  return { findings, introduced: introducedFindings(findings, unsuppressed(oldSession).findings), suppressed };
}
function reviewAdmission(body, settings) {
  const { apiVersion, request, summary } = parseReview(body);
  const uid = summary.uid;
  const skip = (reason, verdict2 = "skipped") => ({
    review: envelope(apiVersion, { uid, allowed: true }),
    verdict: verdict2,
    request: summary,
    findings: [],
    introduced: [],
    reason
  });
  const operation = summary.operation;
  if (operation !== "CREATE" && operation !== "UPDATE") return skip(`operation ${operation}`);
  if (summary.subResource !== "" && !EVALUATED_SUBRESOURCES.has(summary.subResource)) return skip(`subresource ${summary.subResource}`);
  const object = rec0(request["object"]);
  if (!object) return skip("no object");
  const apiVersionOf = str(object["apiVersion"]);
  const kind = str(object["kind"]);
  if (apiVersionOf === void 0 || kind === void 0 || !isPodBearing(apiVersionOf, kind)) return skip(`kind ${kind ?? "(none)"}`);
  const old = operation === "UPDATE" ? rec0(request["oldObject"]) : void 0;
  if (beingDeleted(object) || beingDeleted(old)) return skip("being deleted");
  const exempt = exemption(settings.webhook, request, summary);
  if (exempt !== void 0) return skip(exempt, "exempt");
  const mode = modeFor(settings.webhook, summary.namespace);
  const subresource = summary.subResource === "" ? void 0 : summary.subResource;
  let evaluation;
  try {
    evaluation = evaluate(settings, object, old, objectName(summary, kind), subresource);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const allowed = (settings.webhook.failureMode ?? "allow") === "allow";
    const response2 = allowed ? { uid, allowed: true, warnings: [truncate(printable(`podlint could not evaluate this object (internal error); allowed by failureMode: allow`), WARNING_MAX_LENGTH)] } : { uid, allowed: false, status: { code: 500, reason: "InternalError", message: truncate(`podlint internal error: ${message}`, 1024) } };
    return { review: envelope(apiVersion, response2), verdict: "error", request: summary, mode, findings: [], introduced: [], reason: message };
  }
  const { findings, introduced, suppressed } = evaluation;
  const errors = introduced.filter((f) => f.severity === "error");
  const warnings = introduced.filter((f) => f.severity === "warning");
  const response = { uid, allowed: true };
  let verdict = "allowed";
  if (mode === "enforce") {
    if (errors.length > 0) {
      response["allowed"] = false;
      response["status"] = { code: 403, reason: "Forbidden", message: denyMessage(errors) };
      verdict = "denied";
    }
    const w = warningsFor(warnings);
    if (w.length > 0) {
      response["warnings"] = w;
      if (verdict === "allowed") verdict = "warned";
    }
  } else if (mode === "warn") {
    const w = warningsFor([...errors, ...warnings]);
    if (w.length > 0) {
      response["warnings"] = w;
      verdict = "warned";
    }
  } else if (errors.length > 0) {
    verdict = "audited";
  }
  const ids = [...new Set([...errors, ...warnings].map((f) => f.ruleId))];
  if (ids.length > 0) response["auditAnnotations"] = { findings: truncate(ids.join(","), 1024) };
  return { review: envelope(apiVersion, response), verdict, request: summary, mode, findings, introduced, ...suppressed > 0 ? { suppressed } : {} };
}
function failureReview(apiVersion, uid, failureMode, message) {
  const allowed = (failureMode ?? "allow") === "allow";
  return envelope(apiVersion, allowed ? { uid, allowed: true } : { uid, allowed: false, status: { code: 500, reason: "InternalError", message: truncate(`podlint internal error: ${message}`, 1024) } });
}

// src/server/metrics.ts
var LATENCY_BUCKETS = [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
var OPERATIONS = /* @__PURE__ */ new Set(["CREATE", "UPDATE", "DELETE", "CONNECT"]);
function escapeLabel(v) {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function labels(pairs) {
  const body = Object.entries(pairs).map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(",");
  return body === "" ? "" : `{${body}}`;
}
var Counter = class {
  constructor(name, help) {
    this.name = name;
    this.help = help;
  }
  name;
  help;
  values = /* @__PURE__ */ new Map();
  inc(l, by = 1) {
    const key = labels(l);
    const entry = this.values.get(key);
    if (entry) entry.value += by;
    else this.values.set(key, { labels: l, value: by });
  }
  get(l) {
    return this.values.get(labels(l))?.value ?? 0;
  }
  render(out) {
    out.push(`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`);
    for (const [key, { value }] of [...this.values].sort(([a], [b]) => a.localeCompare(b))) out.push(`${this.name}${key} ${value}`);
  }
};
function kindLabel(kind) {
  return Object.hasOwn(POD_BEARING_KINDS, kind) ? kind : "other";
}
function operationLabel(operation) {
  return OPERATIONS.has(operation) ? operation : "other";
}
var Metrics = class {
  requests = new Counter("podlint_admission_requests_total", "Admission reviews answered, by operation, kind and verdict.");
  findings = new Counter("podlint_admission_findings_total", "Findings that counted for a review (introduced by it), by rule and severity.");
  httpErrors = new Counter("podlint_http_errors_total", "HTTP requests answered with an error status (400, 404, 405, 413), by code.");
  reloads = new Counter("podlint_reloads_total", "Reloads of the TLS certificate and of the config file, by what and result.");
  bucketCounts = LATENCY_BUCKETS.map(() => 0);
  latencyCount = 0;
  latencySum = 0;
  ready = false;
  started = Date.now() / 1e3;
  observeReview(operation, kind, verdict, seconds, findings) {
    this.requests.inc({ operation: operationLabel(operation), kind: kindLabel(kind), verdict });
    for (const f of findings) this.findings.inc({ rule: f.ruleId, severity: f.severity });
    this.latencyCount++;
    this.latencySum += seconds;
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) if (seconds <= LATENCY_BUCKETS[i]) this.bucketCounts[i]++;
  }
  render() {
    const out = [];
    this.requests.render(out);
    const h = "podlint_admission_review_duration_seconds";
    out.push(`# HELP ${h} Time from receiving a review request to sending its answer.`, `# TYPE ${h} histogram`);
    LATENCY_BUCKETS.forEach((b, i) => out.push(`${h}_bucket{le="${b}"} ${this.bucketCounts[i]}`));
    out.push(`${h}_bucket{le="+Inf"} ${this.latencyCount}`, `${h}_sum ${this.latencySum}`, `${h}_count ${this.latencyCount}`);
    this.findings.render(out);
    this.httpErrors.render(out);
    this.reloads.render(out);
    out.push("# HELP podlint_ready 1 when the certificate and config are loaded and the server is not shutting down.", "# TYPE podlint_ready gauge", `podlint_ready ${this.ready ? 1 : 0}`);
    out.push("# HELP podlint_start_time_seconds Start time of the process since the Unix epoch.", "# TYPE podlint_start_time_seconds gauge", `podlint_start_time_seconds ${this.started}`);
    return `${out.join("\n")}
`;
  }
};

// src/server/settings.ts
var import_yaml = __toESM(require_dist(), 1);
function dayOf(now) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
function settingsFromConfig(config, rules, options = {}) {
  const resolver = new ConfigResolver(config, rules, options.today !== void 0 ? { today: options.today } : {}, options.source);
  return { rules, resolver, webhook: config.webhook ?? {}, ...options.today !== void 0 ? { today: options.today } : {} };
}
function configFromText(text, rules, source) {
  let value;
  try {
    value = (0, import_yaml.parse)(text, { prettyErrors: false }) ?? {};
  } catch (e) {
    throw new PodlintError("E_CONFIG_INVALID", `${source}: not valid YAML: ${e.message}`);
  }
  return validateConfig(value, rules, source);
}

// src/server/watch.ts
import { watch } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
function watchFiles(files, initial, onChange, options) {
  let last = initial ? JSON.stringify(initial) : "";
  let closed = false;
  let running;
  let again = false;
  const read = async () => {
    let contents;
    try {
      contents = await Promise.all(files.map((f) => readFile(f, "utf8")));
    } catch (e) {
      contents = e instanceof Error ? e : new Error(String(e));
    }
    if (closed) return;
    const key = contents instanceof Error ? `error:${contents.message}` : JSON.stringify(contents);
    if (key === last) return;
    last = key;
    onChange(contents);
  };
  const check = async () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await read();
      } while (again && !closed);
    })().finally(() => {
      running = void 0;
    });
    return running;
  };
  let timer;
  const debounced = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void check(), options.debounceMs ?? 100);
    timer.unref();
  };
  const watchers = [];
  for (const dir of new Set(files.map((f) => path.dirname(path.resolve(f))))) {
    try {
      const w = watch(dir, { persistent: false }, debounced);
      w.on("error", () => w.close());
      watchers.push(w);
    } catch {
    }
  }
  const poll = setInterval(() => void check(), options.pollMs);
  poll.unref();
  return {
    check,
    close() {
      closed = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    }
  };
}

// src/server/http.ts
var DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;
function jsonLogger(write) {
  return (entry) => write(`${JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), ...entry })}
`);
}
function isLoopback(host) {
  if (host === "localhost") return true;
  if (isIPv4(host)) return host.startsWith("127.");
  if (isIPv6(host)) return host === "::1";
  return false;
}
function readTls(files) {
  let cert;
  let key;
  try {
    cert = readFileSync(files.certFile, "utf8");
    key = readFileSync(files.keyFile, "utf8");
  } catch (e) {
    throw new PodlintError("E_USAGE", `cannot read the TLS certificate or key: ${e.message}`);
  }
  checkTls(cert, key);
  return { cert, key };
}
function checkTls(cert, key) {
  try {
    createSecureContext({ cert, key, minVersion: "TLSv1.2" });
  } catch (e) {
    throw new PodlintError("E_USAGE", `invalid TLS certificate or key: ${e.message}`);
  }
}
function readConfig(file, rules) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new PodlintError("E_CONFIG_NOT_FOUND", `Cannot read config file "${file}": ${e.message}`);
  }
  return { text, config: configFromText(text, rules, file) };
}
var JSON_HEADERS = { "content-type": "application/json" };
async function startServer(options) {
  const log = options.log ?? jsonLogger((l) => process.stdout.write(l));
  const metrics = new Metrics();
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const host = options.host ?? (options.insecureHttp ? "127.0.0.1" : void 0);
  if (options.insecureHttp) {
    if (options.tls) throw new PodlintError("E_USAGE", "--insecure-http cannot be combined with --tls-cert/--tls-key");
    if (host === void 0 || !isLoopback(host)) throw new PodlintError("E_USAGE", `--insecure-http listens on loopback only, not "${host ?? "*"}"`);
  } else if (!options.tls) {
    throw new PodlintError("E_USAGE", "--tls-cert and --tls-key are required (or --insecure-http for local testing on loopback)");
  }
  const tlsFiles = options.tls;
  const tlsPair = tlsFiles ? readTls(tlsFiles) : void 0;
  const loaded = options.configFile ? readConfig(options.configFile, options.rules) : void 0;
  let config = loaded?.config ?? {};
  let source = loaded && options.configFile ? { file: options.configFile, text: loaded.text } : void 0;
  const build = (today) => settingsFromConfig(config, options.rules, { today, ...source ? { source } : {} });
  let settings = build(dayOf(/* @__PURE__ */ new Date()));
  let checkDayAt = Date.now() + 6e4;
  const currentSettings = () => {
    const now = Date.now();
    if (now >= checkDayAt) {
      checkDayAt = now + 6e4;
      const today = dayOf(new Date(now));
      if (settings.today !== today) settings = build(today);
    }
    return settings;
  };
  let shuttingDown = false;
  let ready = false;
  const send = (res, code, body, headers = JSON_HEADERS) => {
    if (res.headersSent) return;
    if (code >= 400) metrics.httpErrors.inc({ code: String(code) });
    const h = { ...headers, "content-length": Buffer.byteLength(body) };
    if (shuttingDown) h["connection"] = "close";
    res.writeHead(code, h);
    res.end(body);
  };
  const sendError = (res, code, message, close = false) => {
    send(res, code, JSON.stringify({ error: message, code }), close ? { ...JSON_HEADERS, connection: "close" } : JSON_HEADERS);
  };
  const logReview = (r, seconds) => {
    const entry = {
      level: r.verdict === "error" ? "error" : "info",
      msg: "review",
      uid: r.request.uid,
      operation: r.request.operation,
      kind: r.request.kind,
      namespace: r.request.namespace,
      name: r.request.name,
      verdict: r.verdict,
      durationMs: Math.round(seconds * 1e6) / 1e3
    };
    if (r.request.subResource !== "") entry["subResource"] = r.request.subResource;
    if (r.request.dryRun) entry["dryRun"] = true;
    if (r.mode) entry["mode"] = r.mode;
    if (r.reason !== void 0) entry["reason"] = r.reason;
    if (r.suppressed !== void 0) entry["suppressed"] = r.suppressed;
    if (r.introduced.length > 0) entry["findings"] = r.introduced.slice(0, 20).map((f) => ({ rule: f.ruleId, severity: f.severity, path: f.path }));
    log(entry);
  };
  const validate = (req, res, started) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > bodyLimit) {
      sendError(res, 413, `request body is ${declared} bytes, over the ${bodyLimit}-byte limit`, true);
      log({ level: "warn", msg: "body too large", bytes: declared });
      return;
    }
    const chunks = [];
    let size = 0;
    let failed = false;
    req.on("data", (chunk) => {
      if (failed) return;
      size += chunk.length;
      if (size > bodyLimit) {
        failed = true;
        chunks.length = 0;
        sendError(res, 413, `request body is over the ${bodyLimit}-byte limit`, true);
        log({ level: "warn", msg: "body too large", bytes: size });
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", () => {
      failed = true;
    });
    req.on("end", () => {
      if (failed) return;
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks, size).toString("utf8"));
      } catch (e) {
        sendError(res, 400, `malformed JSON: ${e.message}`);
        return;
      }
      const current = currentSettings();
      let result;
      try {
        result = reviewAdmission(body, current);
      } catch (e) {
        if (e instanceof BadReviewError) {
          sendError(res, 400, `not an AdmissionReview request: ${e.message}`);
          return;
        }
        const b = body;
        const message = e instanceof Error ? e.message : String(e);
        log({ level: "error", msg: "internal error", uid: b.request.uid, error: message });
        send(res, 200, JSON.stringify(failureReview(b.apiVersion, b.request.uid, current.webhook.failureMode, message)));
        return;
      }
      send(res, 200, JSON.stringify(result.review));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observeReview(result.request.operation, result.request.kind, result.verdict, seconds, result.introduced);
      logReview(result, seconds);
    });
  };
  const probes = (req, res, path2) => {
    if (path2 === "/healthz") send(res, 200, "ok\n", { "content-type": "text/plain" });
    else if (path2 === "/readyz") send(res, ready ? 200 : 503, ready ? "ok\n" : "not ready\n", { "content-type": "text/plain" });
    else if (path2 === "/metrics") {
      metrics.ready = ready;
      send(res, 200, metrics.render(), { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
    } else return false;
    if (req.method !== "GET" && req.method !== "HEAD") req.resume();
    return true;
  };
  const handler = (req, res) => {
    const started = process.hrtime.bigint();
    try {
      const path2 = (req.url ?? "/").split("?", 1)[0];
      if (path2 === "/validate") {
        if (req.method !== "POST") {
          req.resume();
          sendError(res, 405, "use POST");
          return;
        }
        validate(req, res, started);
        return;
      }
      if (probes(req, res, path2)) return;
      req.resume();
      sendError(res, 404, `no such path: ${path2}`);
    } catch (e) {
      log({ level: "error", msg: "request handler failed", error: e instanceof Error ? e.message : String(e) });
      sendError(res, 500, "internal error");
    }
  };
  const probeHandler = (req, res) => {
    const path2 = (req.url ?? "/").split("?", 1)[0];
    if (probes(req, res, path2)) return;
    req.resume();
    sendError(res, 404, `no such path: ${path2}`);
  };
  const timeouts = {
    requestTimeout: options.requestTimeoutMs ?? 1e4,
    headersTimeout: options.headersTimeoutMs ?? 5e3,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 12e4,
    connectionsCheckingInterval: options.timeoutCheckMs ?? 1e3
  };
  const server = tlsPair ? https.createServer({ ...timeouts, ...tlsPair, minVersion: "TLSv1.2", handshakeTimeout: options.handshakeTimeoutMs ?? 5e3 }, handler) : http.createServer(timeouts, handler);
  server.keepAliveTimeout = timeouts.keepAliveTimeout;
  server.on("clientError", (err, socket) => {
    if (!socket.writable || err.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const code = err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    metrics.httpErrors.inc({ code: String(code) });
    const body = JSON.stringify({ error: code === 408 ? "request timeout" : "bad request", code });
    socket.end(`HTTP/1.1 ${code} ${code === 408 ? "Request Timeout" : "Bad Request"}\r
content-type: application/json\r
content-length: ${Buffer.byteLength(body)}\r
connection: close\r
\r
${body}`);
  });
  if (tlsPair) {
    server.on("tlsClientError", () => {
      metrics.httpErrors.inc({ code: "tls" });
    });
  }
  const probeServer = options.probePort !== void 0 ? http.createServer({ requestTimeout: 5e3, headersTimeout: 5e3 }, probeHandler) : void 0;
  const listen = (s, port2, h) => new Promise((resolve, reject) => {
    const onError = (e) => reject(new PodlintError("E_USAGE", `cannot listen on ${h ?? "*"}:${port2}: ${e.message}`));
    s.once("error", onError);
    s.listen(port2, h, () => {
      s.off("error", onError);
      resolve(s.address().port);
    });
  });
  const port = await listen(server, options.port, host);
  let probePort;
  if (probeServer) {
    try {
      probePort = await listen(probeServer, options.probePort, options.probeHost);
    } catch (e) {
      server.close();
      throw e;
    }
  }
  const watchers = [];
  const pollMs = options.reloadIntervalMs ?? 1e4;
  if (tlsFiles && tlsPair) {
    watchers.push(
      watchFiles([tlsFiles.certFile, tlsFiles.keyFile], [tlsPair.cert, tlsPair.key], (contents) => {
        if (contents instanceof Error) {
          metrics.reloads.inc({ what: "tls", result: "failure" });
          log({ level: "warn", msg: "cannot read the TLS certificate or key; keeping the current ones", error: contents.message });
          return;
        }
        const [cert, key] = contents;
        try {
          checkTls(cert, key);
          server.setSecureContext({ cert, key, minVersion: "TLSv1.2" });
          metrics.reloads.inc({ what: "tls", result: "success" });
          log({ level: "info", msg: "TLS certificate reloaded" });
        } catch (e) {
          metrics.reloads.inc({ what: "tls", result: "failure" });
          log({ level: "warn", msg: "new TLS certificate or key rejected; keeping the current ones", error: e.message });
        }
      }, { pollMs })
    );
  }
  const configFile = options.configFile;
  if (configFile && loaded) {
    watchers.push(
      watchFiles([configFile], [loaded.text], (contents) => {
        try {
          if (contents instanceof Error) throw contents;
          config = configFromText(contents[0], options.rules, configFile);
          source = { file: configFile, text: contents[0] };
          settings = build(dayOf(/* @__PURE__ */ new Date()));
          metrics.reloads.inc({ what: "config", result: "success" });
          log({ level: "info", msg: "config reloaded", file: configFile });
        } catch (e) {
          metrics.reloads.inc({ what: "config", result: "failure" });
          log({ level: "error", msg: "invalid config; keeping the previous one", file: configFile, error: e.message });
        }
      }, { pollMs })
    );
  }
  let resolveClosed;
  const closed = new Promise((r) => resolveClosed = r);
  let shutdownPromise;
  const shutdown = () => {
    shutdownPromise ??= (async () => {
      shuttingDown = true;
      ready = false;
      log({ level: "info", msg: "shutting down", delayMs: options.shutdownDelayMs ?? 0 });
      if (options.shutdownDelayMs) await new Promise((r) => setTimeout(r, options.shutdownDelayMs));
      for (const w of watchers) w.close();
      const force = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 2e4);
      force.unref();
      await Promise.all([
        new Promise((r) => server.close(() => r())),
        probeServer ? new Promise((r) => probeServer.close(() => r())) : Promise.resolve()
      ]);
      clearTimeout(force);
      log({ level: "info", msg: "stopped" });
      resolveClosed();
    })();
    return shutdownPromise;
  };
  ready = true;
  metrics.ready = true;
  const scheme = tlsPair ? "https" : "http";
  const shownHost = host === void 0 ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const url = `${scheme}://${shownHost}:${port}`;
  log({ level: "info", msg: "listening", url: `${url}/validate`, port, probePort, config: configFile ?? null, pid: process.pid });
  return {
    port,
    probePort,
    url,
    metrics,
    shutdown,
    reload: async () => {
      await Promise.all(watchers.map((w) => w.check()));
    },
    closed
  };
}
export {
  DEFAULT_BODY_LIMIT,
  jsonLogger,
  startServer
};
