import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  LineIndex,
  SUPPRESSION_RULE_ID,
  applySuppressions,
  compareFindings,
  countSeverities,
  deepFreeze,
  dig,
  duplicateKeyRule,
  formatPath,
  formatVersion,
  getPodSpec,
  inRange,
  interpolate,
  isRecord,
  locate,
  parseErrorRule,
  parseManifest,
  require_dist,
  str,
  stripBom,
  withSyntaxRules
} from "./chunk-QLTRLFQX.js";
import {
  __toESM
} from "./chunk-EOAGVCXE.js";

// src/manifest/comments.ts
var import_yaml = __toESM(require_dist(), 1);
var DIRECTIVE = /^#\s*podlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;
function collect(node, comments, markers) {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, comments, markers);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const t = node;
  if (typeof t.offset === "number" && typeof t.source === "string") {
    if (t.type === "comment") comments.push({ offset: t.offset, source: t.source });
    else if (t.type === "doc-start" || t.type === "doc-end") markers.push(t.offset);
  }
  for (const v of Object.values(node)) if (typeof v === "object" && v !== null) collect(v, comments, markers);
}
function scanComments(rawText) {
  const text = stripBom(rawText);
  const lines = new LineIndex(text);
  const found = [];
  const markers = [];
  try {
    for (const token of new import_yaml.Parser().parse(text)) collect(token, found, markers);
  } catch {
    return { comments: [], markerLines: [], lines };
  }
  found.sort((a, b) => a.offset - b.offset);
  const comments = found.map(({ offset, source }) => {
    const start = lines.position(offset);
    const end = lines.position(offset + source.length);
    const lineStart = offset - (start.column - 1);
    return {
      text: source,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ownLine: text.slice(lineStart, offset).trim() === ""
    };
  });
  return { comments, markerLines: [...new Set(markers.map((o) => lines.position(o).line))].sort((a, b) => a - b), lines };
}
function parseBody(body) {
  const m = /(?:^|\s)--(?:\s|$)/.exec(body);
  const ids = m ? body.slice(0, m.index) : body;
  const reason = m ? body.slice(m.index + m[0].length).trim() : void 0;
  const rules = ids.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s !== "");
  return { rules: rules.length === 0 ? ["*"] : rules, reason: reason === "" ? void 0 : reason };
}
function scanSuppressions(rawText) {
  if (!rawText.includes("podlint-")) return [];
  const { comments, markerLines } = scanComments(rawText);
  const directives = comments.filter((c) => DIRECTIVE.test(c.text));
  if (directives.length === 0) return [];
  const text = stripBom(rawText);
  const sourceLines = text.split("\n");
  const commentOnly = new Set(comments.filter((c) => c.ownLine).map((c) => c.line));
  const isContent = (line) => {
    const l = sourceLines[line - 1];
    return l !== void 0 && l.trim() !== "" && !commentOnly.has(line);
  };
  const nextContentLine = (after) => {
    for (let l = after + 1; l <= sourceLines.length; l++) if (isContent(l)) return l;
    return void 0;
  };
  const documentEnd = (from) => {
    const first = isContent(from) ? from : nextContentLine(from);
    if (first === void 0) return sourceLines.length;
    const marker = markerLines.find((m) => m > first);
    return marker === void 0 ? sourceLines.length : marker - 1;
  };
  const out = [];
  const open = [];
  for (const c of directives) {
    const m = DIRECTIVE.exec(c.text);
    const kind = m[1];
    const { rules, reason } = parseBody(m[2] ?? "");
    const base = { rules, reason, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, text: c.text };
    if (kind === "enable") {
      const all = rules.includes("*");
      for (let i = open.length - 1; i >= 0; i--) {
        const region = open[i];
        if (all) {
          region.toLine = Math.min(region.toLine, c.line);
          open.splice(i, 1);
          continue;
        }
        const closing = region.rules.filter((r) => rules.includes(r));
        if (closing.length === 0) continue;
        if (closing.length === region.rules.length) {
          region.toLine = Math.min(region.toLine, c.line);
          open.splice(i, 1);
        } else {
          region.rules = region.rules.filter((r) => !rules.includes(r));
          out.push({ ...region, rules: closing, toLine: Math.min(region.toLine, c.line) });
        }
      }
      continue;
    }
    if (kind === "disable-line") {
      out.push({ kind, ...base, fromLine: c.line, toLine: c.line });
    } else if (kind === "disable-next-line") {
      const target = nextContentLine(c.line) ?? c.line + 1;
      out.push({ kind, ...base, fromLine: target, toLine: target });
    } else {
      const region = { kind, ...base, fromLine: c.line, toLine: documentEnd(c.line) };
      out.push(region);
      open.push(region);
    }
  }
  return out;
}

// src/core/engine.ts
function objectRef(o) {
  const ref = { apiVersion: o.apiVersion, kind: o.kind };
  if (o.namespace !== void 0) ref.namespace = o.namespace;
  if (o.name !== void 0) ref.name = o.name;
  return ref;
}
function ruleCrash(ruleId, object, cause) {
  const what = `${object.kind}${object.name ? ` "${object.name}"` : ""} in ${object.file}`;
  return new Error(`rule "${ruleId}" crashed on ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
}
function isObjectDoc(v) {
  return isRecord(v) && typeof v["apiVersion"] === "string" && typeof v["kind"] === "string" && v["apiVersion"] !== "" && v["kind"] !== "";
}
var LintSession = class _LintSession {
  /** `freeze`: deep-freeze every object before rules see it (the RuleTester uses it to catch mutation). */
  constructor(rules, resolver, options = {}) {
    this.options = options;
    this.rules = withSyntaxRules(rules);
    this.resolver = resolver;
  }
  options;
  rules;
  resolver;
  findings = [];
  fileOrder = /* @__PURE__ */ new Map();
  stats = { files: 0, documents: 0, objects: 0, skipped: 0 };
  /** Suppression bookkeeping: inline directives per file, linted objects, the object of each rule finding. */
  inline = /* @__PURE__ */ new Map();
  linted = /* @__PURE__ */ new Set();
  objectOfFinding = /* @__PURE__ */ new WeakMap();
  fileConfigs = /* @__PURE__ */ new Map();
  enabled(config, id) {
    return config.rules.find((r) => r.rule.id === id);
  }
  pushSyntax(file, config, ruleId, messageId, data, lines, span) {
    const enabled = this.enabled(config, ruleId);
    if (!enabled) return;
    const rule = enabled.rule;
    const template = rule.meta.messages[messageId] ?? "{{message}}";
    const region = lines ? lines.region(span) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    this.findings.push({
      ruleId,
      category: rule.meta.category,
      severity: enabled.severity,
      message: interpolate(template, data),
      file: file.path,
      ...region,
      path: typeof data["path"] === "string" ? data["path"] : "",
      messageId
    });
  }
  /** Parse a file and return its objects; syntax problems become findings. Never throws on bad input. */
  addFile(file) {
    if (!this.fileOrder.has(file.path)) this.fileOrder.set(file.path, this.fileOrder.size);
    this.stats.files++;
    const config = this.resolver.resolve(file.configPath ?? file.path);
    this.fileConfigs.set(file.path, { config, configPath: file.configPath ?? file.path });
    const size = file.size ?? file.text.length;
    if (size > this.resolver.maxFileSize) {
      this.pushSyntax(file, config, parseErrorRule.id, "tooLarge", { size, limit: this.resolver.maxFileSize }, void 0, { start: 0, end: 0 });
      return [];
    }
    const directives = scanSuppressions(file.text);
    if (directives.length > 0) this.inline.set(file.path, [...this.inline.get(file.path) ?? [], ...directives]);
    const parsed = parseManifest(file.text);
    for (const err of parsed.errors) {
      const aliasing = /aliasing|contains itself/.test(err.message);
      this.pushSyntax(file, config, parseErrorRule.id, aliasing ? "aliasing" : "syntax", { message: err.message.replace(/\.$/, "") }, parsed.lines, err.span);
    }
    const objects = [];
    for (const doc of parsed.documents) {
      if (doc.value === null) continue;
      this.stats.documents++;
      for (const p of doc.problems) {
        const key = String(p.path[p.path.length - 1]);
        this.pushSyntax(file, config, duplicateKeyRule.id, "duplicate", { message: p.message, key, path: formatPath(p.path) }, parsed.lines, p.span);
      }
      const found = this.objectsOf(doc);
      if (found.length === 0) {
        this.stats.skipped++;
        continue;
      }
      for (const { value, basePath } of found) {
        if (this.options.freeze) deepFreeze(value);
        objects.push(this.loadObject(file, config, doc, parsed.lines, value, basePath));
      }
    }
    this.stats.objects += objects.length;
    return objects;
  }
  /**
   * Add an already-parsed object (the webhook's AdmissionReview `object`): no text is re-serialised or
   * re-parsed. Findings on it carry the field path; their line and column are 1:1 (there is no source).
   */
  addValue(value, name) {
    if (!this.fileOrder.has(name)) this.fileOrder.set(name, this.fileOrder.size);
    this.stats.files++;
    const config = this.resolver.resolve(name);
    this.fileConfigs.set(name, { config, configPath: name });
    const doc = { index: 0, value, pos: { value: { start: 0, end: 0 } }, problems: [] };
    if (value === null) return [];
    this.stats.documents++;
    const found = this.objectsOf(doc);
    if (found.length === 0) this.stats.skipped++;
    const lines = new LineIndex("");
    const objects = found.map(({ value: v, basePath }) => {
      if (this.options.freeze) deepFreeze(v);
      return this.loadObject({ path: name, text: "" }, config, doc, lines, v, basePath);
    });
    this.stats.objects += objects.length;
    return objects;
  }
  objectsOf(doc) {
    if (!isObjectDoc(doc.value)) return [];
    const kind = doc.value["kind"];
    const items = doc.value["items"];
    if (kind.endsWith("List") && Array.isArray(items)) {
      const out = [];
      items.forEach((item, i) => {
        if (isObjectDoc(item)) out.push({ value: item, basePath: ["items", i] });
      });
      return out;
    }
    return [{ value: doc.value, basePath: [] }];
  }
  loadObject(file, config, doc, lines, value, basePath) {
    return {
      value,
      apiVersion: value["apiVersion"],
      kind: value["kind"],
      name: str(dig(value, "metadata", "name")),
      namespace: str(dig(value, "metadata", "namespace")),
      file: file.path,
      document: doc.index,
      basePath,
      podSpec: getPodSpec(value),
      pos: doc.pos,
      lines,
      config
    };
  }
  /** Build a located finding for a report made by a rule on `object`. */
  locateFinding(enabled, object, d, previous) {
    const rule = enabled.rule;
    const pathText = formatPath(d.path);
    const template = rule.meta.messages[d.messageId];
    if (template === void 0) throw new Error(`rule "${rule.id}" reported unknown messageId "${d.messageId}"`);
    const span = locate(object.pos, [...object.basePath, ...d.path]);
    const finding = {
      ruleId: rule.id,
      category: rule.meta.category,
      severity: d.severity ?? enabled.severity,
      message: interpolate(template, { path: pathText, ...d.data }),
      file: object.file,
      ...object.lines.region(span),
      path: pathText,
      object: objectRef(object),
      messageId: d.messageId
    };
    if (rule.meta.podSecurity) finding.podSecurity = { level: rule.meta.podSecurity.level, check: rule.meta.podSecurity.check };
    if (previous && d.previousPath) {
      const at = previous.lines.position(locate(previous.pos, [...previous.basePath, ...d.previousPath]).start);
      const prev = { file: previous.file, line: at.line, column: at.column, value: dig(previous.value, ...d.previousPath) ?? null };
      finding.previous = prev;
    }
    return finding;
  }
  context(enabled, object, run, previous) {
    return {
      id: enabled.rule.id,
      options: enabled.options,
      settings: object.config.settings,
      object,
      run,
      report: (d) => {
        const finding = this.locateFinding(enabled, object, d, previous);
        this.objectOfFinding.set(finding, object);
        this.findings.push(finding);
      }
    };
  }
  activeRules(object, phase) {
    const version = object.config.settings.kubernetesVersion;
    return object.config.rules.filter((e) => {
      const m = e.rule.meta;
      if (m.category === "syntax" && (e.rule.id === parseErrorRule.id || e.rule.id === duplicateKeyRule.id)) return false;
      if (e.rule.id === SUPPRESSION_RULE_ID) return false;
      if (!inRange(version, m.kubernetes)) return false;
      const rulePhase = m.phase ?? "always";
      if (phase === "pair") return rulePhase !== "create";
      if (rulePhase === "update") return false;
      if (phase === "update" && rulePhase === "create") return false;
      return true;
    });
  }
  static visit(visitors, object) {
    visitors.object?.(object);
    const pod = object.podSpec;
    if (pod && (visitors.podSpec || visitors.container)) {
      visitors.podSpec?.(pod);
      if (visitors.container) for (const c of pod.containers) visitors.container(c, pod);
    }
  }
  /** Run the object rules on each object. `phase: 'update'` skips checks that apply only on create. */
  lintObjects(objects, run = { objects }, phase = "create") {
    for (const object of objects) {
      this.linted.add(object);
      for (const enabled of this.activeRules(object, phase)) {
        try {
          const visitors = enabled.rule.create(this.context(enabled, object, run));
          _LintSession.visit(visitors, object);
        } catch (e) {
          throw ruleCrash(enabled.rule.id, object, e);
        }
      }
    }
  }
  /** Run the update rules on an old/new pair; findings sit in the new object, with the old position. */
  lintUpdate(previous, current, run, subresource) {
    const update = subresource ? { previous, current, subresource } : { previous, current };
    this.linted.add(current);
    for (const enabled of this.activeRules(current, "pair")) {
      try {
        const visitors = enabled.rule.create(this.context(enabled, current, run, previous));
        visitors.update?.(update);
      } catch (e) {
        throw ruleCrash(enabled.rule.id, current, e);
      }
    }
  }
  /** Add an already-made finding (e.g. an internal error on one file). */
  addFinding(finding) {
    if (!this.fileOrder.has(finding.file)) this.fileOrder.set(finding.file, this.fileOrder.size);
    this.findings.push(finding);
  }
  /**
   * The sorted findings and the summary. Suppressions (inline comments, annotations, config `ignores`, a
   * baseline) are applied here: suppressed findings stay in the list with `suppressed` set and count in
   * `summary.suppressed`, not in errors/warnings/infos; problems with suppressions are `suppression` findings.
   */
  report() {
    const linted = [...this.linted];
    const relevant = /* @__PURE__ */ new Set([...linted.map((o) => o.file), ...this.findings.map((f) => f.file)]);
    const { findings: marked, problems } = applySuppressions({
      findings: this.findings,
      objects: linted,
      objectOf: (f) => this.objectOfFinding.get(f),
      inline: new Map([...this.inline].filter(([file]) => relevant.has(file))),
      configPathOf: (file) => this.fileConfigs.get(file)?.configPath ?? file,
      knownRules: new Set(this.rules.map((r) => r.id)),
      settings: this.resolver.suppressionSettings,
      severityFor: (file) => this.enabled(this.fileConfigs.get(file)?.config ?? this.resolver.resolve(file), SUPPRESSION_RULE_ID)?.severity,
      regionOf: (object, path) => {
        const o = object;
        return o.lines.region(locate(o.pos, [...o.basePath, ...path]));
      }
    });
    for (const p of problems) if (!this.fileOrder.has(p.file)) this.fileOrder.set(p.file, this.fileOrder.size);
    const findings = [...marked, ...problems].sort((a, b) => compareFindings(a, b, this.fileOrder));
    return {
      kubernetesVersion: formatVersion(this.resolver.kubernetesVersion),
      findings,
      summary: { ...this.stats, ...countSeverities(findings), suppressed: findings.filter((f) => f.suppressed).length }
    };
  }
};
function lintSources(files, rules, resolver) {
  const session = new LintSession(rules, resolver);
  const objects = files.flatMap((f) => session.addFile(f));
  session.lintObjects(objects);
  return session.report();
}

export {
  LintSession,
  lintSources
};
