// Suppressions end to end through the engine: YAML text in, findings (suppressed or not) and summary out.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintText } from '../index.js';
import type { LintTextOptions } from '../index.js';
import { createBaseline } from './baseline.js';
import { ConfigResolver, validateConfig } from './config.js';
import type { Config } from './config.js';
import { LintSession } from './engine.js';
import type { LintReport } from './report.js';
import { defineRule } from './rule.js';
import type { AnyRule } from './rule.js';
import { withSyntaxRules } from './syntax-rules.js';

// Test rules, so that these tests do not depend on the built-in rule set.
const imageRule = defineRule({
  id: 'test-image',
  meta: {
    description: 'Report every container image',
    category: 'security',
    severity: 'error',
    remediation: 'Nothing to do.',
    messages: { image: '{{path}}: image {{image}} reported by the test rule.' },
  },
  create: (ctx) => ({
    container(c) {
      ctx.report({ messageId: 'image', path: c.at('image'), data: { image: String(c.node['image']) } });
    },
  }),
});
const nameRule = defineRule({
  id: 'test-name',
  meta: {
    description: 'Report every object name',
    category: 'pitfall',
    severity: 'warning',
    remediation: 'Nothing to do.',
    recommended: false,
    messages: { name: '{{path}}: object name reported by the test rule.' },
  },
  create: (ctx) => ({
    object() {
      ctx.report({ messageId: 'name', path: ['metadata', 'name'] });
    },
  }),
});
const validityRule = defineRule({
  id: 'test-validity',
  meta: {
    description: 'Report every pod spec as invalid',
    category: 'validity',
    severity: 'error',
    remediation: 'Nothing to do.',
    recommended: false,
    messages: { spec: '{{path}}: Invalid value: reported by the test rule.' },
  },
  create: (ctx) => ({
    podSpec(pod) {
      ctx.report({ messageId: 'spec', path: pod.path });
    },
  }),
});
const RULES = [imageRule, nameRule] as unknown as AnyRule[];
const ALL = { 'test-name': 'warning' } as const;

function lint(text: string, options: LintTextOptions = {}): LintReport {
  const config: Config = { ...(options.config ?? {}), rules: { ...ALL, ...(options.config?.rules ?? {}) } };
  return lintText(text, { rules: RULES, today: '2026-06-01', ...options, config });
}
const shown = (r: LintReport): string[] => r.findings.filter((f) => !f.suppressed).map((f) => `${f.line}:${f.column} ${f.ruleId}/${f.messageId} ${f.path}`);
const hidden = (r: LintReport): string[] => r.findings.filter((f) => f.suppressed).map((f) => `${f.line} ${f.ruleId} ${f.path} ${f.suppressed!.kind}: ${f.suppressed!.reason}`);
const problems = (r: LintReport): string[] => r.findings.filter((f) => f.ruleId === 'suppression').map((f) => `${f.line}:${f.column} ${f.messageId} ${f.message}`);

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
        - name: migrate
          image: registry.example.com/migrate:1
      containers:
        - name: web
          image: nginx:1.27
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.23.0
`;

describe('no suppression', () => {
  it('reports every finding; the summary counts none as suppressed', () => {
    const r = lint(DEPLOYMENT);
    expect(shown(r)).toEqual([
      '4:3 test-name/name metadata.name',
      '13:11 test-image/image spec.template.spec.initContainers[0].image',
      '16:11 test-image/image spec.template.spec.containers[0].image',
      '18:11 test-image/image spec.template.spec.containers[1].image',
    ]);
    expect(r.summary).toMatchObject({ errors: 3, warnings: 1, infos: 0, suppressed: 0 });
  });
});

describe('inline comments', () => {
  it('disable-next-line suppresses the finding on the next content line only', () => {
    const text = DEPLOYMENT.replace('        - name: web\n          image: nginx', '        - name: web\n          # podlint-disable-next-line test-image -- pinned upstream image, mirrored later\n\n          image: nginx');
    const r = lint(text);
    expect(hidden(r)).toEqual(['18 test-image spec.template.spec.containers[0].image inline: pinned upstream image, mirrored later']);
    expect(shown(r)).toHaveLength(3);
    expect(r.summary).toMatchObject({ errors: 2, warnings: 1, suppressed: 1 });
    expect(problems(r)).toEqual([]);
  });

  it('disable-line suppresses findings that start on its line', () => {
    const r = lint(DEPLOYMENT.replace('image: nginx:1.27', 'image: nginx:1.27 # podlint-disable-line test-image -- reviewed'));
    expect(hidden(r)).toEqual(['16 test-image spec.template.spec.containers[0].image inline: reviewed']);
  });

  it('a directive for another rule suppresses nothing', () => {
    const r = lint(DEPLOYMENT.replace('image: nginx:1.27', 'image: nginx:1.27 # podlint-disable-line test-name -- reviewed'));
    expect(hidden(r)).toEqual([]);
  });

  it('disable/enable regions cover the lines between them; without enable, the rest of the document', () => {
    const region = DEPLOYMENT.replace('      containers:\n', '      containers:\n        # podlint-disable test-image -- third-party images\n').replace(
      '        - name: istio-proxy',
      '        # podlint-enable test-image\n        - name: istio-proxy',
    );
    expect(hidden(lint(region)).map((h) => h.split(' ')[2])).toEqual(['spec.template.spec.containers[0].image']);
    const toEnd = DEPLOYMENT.replace('      containers:\n', '      containers:\n        # podlint-disable test-image -- third-party images\n');
    expect(hidden(lint(toEnd)).map((h) => h.split(' ')[2])).toEqual(['spec.template.spec.containers[0].image', 'spec.template.spec.containers[1].image']);
  });

  it('a disable above a document suppresses that whole document and no other', () => {
    const text = `${DEPLOYMENT}---\n# podlint-disable -- vendored chart we cannot edit\n${DEPLOYMENT.replace('name: web\n  namespace', 'name: vendored\n  namespace')}---\n${DEPLOYMENT.replace('name: web\n  namespace', 'name: after\n  namespace')}`;
    const r = lint(text);
    expect(r.findings.filter((f) => f.suppressed).map((f) => f.object?.name)).toEqual(['vendored', 'vendored', 'vendored', 'vendored']);
    expect(shown(r)).toHaveLength(8);
    expect(r.summary.suppressed).toBe(4);
  });

  it('a directive without a reason still suppresses, and is itself a warning', () => {
    const r = lint(DEPLOYMENT.replace('image: nginx:1.27', 'image: nginx:1.27 # podlint-disable-line test-image'));
    expect(hidden(r)).toEqual(['16 test-image spec.template.spec.containers[0].image inline: ']);
    expect(problems(r)).toEqual([
      '16:29 missingReason Comment "# podlint-disable-line test-image" gives no reason: add one after " -- " in the comment, so that reviewers know why the finding is acceptable.',
    ]);
    expect(r.findings.find((f) => f.ruleId === 'suppression')).toMatchObject({ severity: 'warning', category: 'pitfall', endLine: 16, endColumn: 62 });
    expect(r.summary).toMatchObject({ warnings: 2, suppressed: 1 });
  });

  it('an unknown rule id is reported', () => {
    const r = lint(DEPLOYMENT.replace('image: nginx:1.27', 'image: nginx:1.27 # podlint-disable-line test-imgae -- typo'));
    expect(hidden(r)).toEqual([]);
    expect(problems(r)).toEqual([
      '16:29 unknownRule Comment "# podlint-disable-line test-imgae" names "test-imgae", which is not a podlint rule: correct the id (see `podlint rules`).',
    ]);
  });

  it('suppresses syntax findings (duplicate keys) too', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n  # podlint-disable-next-line duplicate-key -- generated\n  a: "2"\n';
    const r = lint(text);
    expect(hidden(r)).toEqual(['8 duplicate-key data.a inline: generated']);
  });
});

const ANNOTATED = (annotations: string, templateAnnotations = ''): string =>
  DEPLOYMENT.replace('  namespace: shop\n', `  namespace: shop\n  annotations:\n${annotations}`).replace('      labels: {app: web}\n', `      labels: {app: web}\n${templateAnnotations ? `      annotations:\n${templateAnnotations}` : ''}`);

describe('annotations', () => {
  it('podlint.io/ignore on the object suppresses the listed rules anywhere in it', () => {
    const r = lint(ANNOTATED('    podlint.io/ignore: "test-image, test-name"\n    podlint.io/ignore-reason: legacy app, replaced in Q3\n'));
    expect(shown(r)).toEqual([]);
    expect(hidden(r)).toHaveLength(4);
    expect(r.findings.filter((f) => f.suppressed).every((f) => f.suppressed!.kind === 'annotation' && f.suppressed!.reason === 'legacy app, replaced in Q3')).toBe(true);
  });

  it('on the pod template it suppresses findings inside the template only', () => {
    const r = lint(ANNOTATED('', '        podlint.io/ignore: test-image,test-name\n        podlint.io/ignore-reason: ok\n'));
    expect(shown(r).map((s) => s.split(' ')[1])).toEqual(['test-name/name']);
    expect(hidden(r)).toHaveLength(3);
  });

  it('podlint.io/ignore.<container> suppresses findings inside that container only', () => {
    const r = lint(ANNOTATED('', '        podlint.io/ignore.istio-proxy: test-image\n        podlint.io/ignore-reason: injected by the mesh\n'));
    expect(hidden(r)).toEqual(['22 test-image spec.template.spec.containers[1].image annotation: injected by the mesh']);
  });

  it('a missing podlint.io/ignore-reason is a warning at the annotation', () => {
    const r = lint(ANNOTATED('    podlint.io/ignore.istio-proxy: test-image\n'));
    expect(hidden(r)).toHaveLength(1);
    expect(problems(r)).toEqual([
      '7:5 missingReason Annotation podlint.io/ignore.istio-proxy gives no reason: add a podlint.io/ignore-reason annotation, so that reviewers know why the finding is acceptable.',
    ]);
    expect(r.findings.find((f) => f.ruleId === 'suppression')).toMatchObject({ path: 'metadata.annotations["podlint.io/ignore.istio-proxy"]', object: { kind: 'Deployment', name: 'web' } });
  });

  it('applies only to its own object', () => {
    const text = `${ANNOTATED('    podlint.io/ignore: test-image\n    podlint.io/ignore-reason: ok\n')}---\n${DEPLOYMENT.replace('name: web\n  namespace', 'name: other\n  namespace')}`;
    const r = lint(text);
    expect(r.findings.filter((f) => f.suppressed).map((f) => f.object?.name)).toEqual(['web', 'web', 'web']);
    expect(r.findings.filter((f) => !f.suppressed && f.ruleId === 'test-image').map((f) => f.object?.name)).toEqual(['other', 'other', 'other']);
  });

  it('works on objects added as values (the webhook), with the annotation path as position', () => {
    const rules = withSyntaxRules(RULES);
    const session = new LintSession(rules, new ConfigResolver({}, rules, { reportUnusedSuppressions: true }));
    const value = parse(ANNOTATED('    podlint.io/ignore.web: test-image\n    podlint.io/ignore.nope: test-image\n    podlint.io/ignore-reason: ok\n')) as Record<string, never>;
    session.lintObjects(session.addValue(value, 'review'));
    const r = session.report();
    expect(hidden(r)).toEqual(['1 test-image spec.template.spec.containers[0].image annotation: ok']);
    expect(problems(r)).toEqual(['1:1 unused Annotation podlint.io/ignore.nope suppresses no "test-image" finding: remove it (unused suppression).']);
  });
});

describe('config ignores', () => {
  const ignoring = (entry: Record<string, unknown>, extra: LintTextOptions = {}): LintReport =>
    lint(DEPLOYMENT, { ...extra, config: { ignores: [{ reason: 'because', ...entry }] as Config['ignores'] } });
  const hiddenPaths = (r: LintReport): string[] => r.findings.filter((f) => f.suppressed).map((f) => f.path);

  it.each([
    [{ rule: 'test-image' }, 3],
    [{ rule: ['test-image', 'test-name'] }, 4],
    [{ kind: 'Deployment' }, 4],
    [{ kind: ['Pod', 'DaemonSet'] }, 0],
    [{ namespace: 'sh*' }, 4],
    [{ namespace: 'kube-system' }, 0],
    [{ name: 'w?b' }, 4],
    [{ name: 'api-*' }, 0],
    [{ container: 'istio-*' }, 1],
    [{ container: 'mig*', rule: 'test-image' }, 1],
    [{ image: 'docker.io/istio/*' }, 1],
    [{ image: '*:1.27' }, 1],
    [{ path: 'spec.template.spec.initContainers[*].image' }, 1],
    [{ path: 'metadata.*' }, 1],
    [{ files: ['vendor/**'] }, 0],
  ])('%j suppresses %i findings', (entry, count) => {
    const r = ignoring(entry);
    expect(r.findings.filter((f) => f.suppressed)).toHaveLength(count);
    expect(r.summary.suppressed).toBe(count);
    for (const f of r.findings.filter((x) => x.suppressed)) expect(f.suppressed).toEqual({ kind: 'config', reason: 'because' });
  });

  it('selects files by glob, relative to the configuration', () => {
    expect(hiddenPaths(ignoring({ files: ['vendor/**'] }, { filename: 'vendor/chart/web.yaml' }))).toHaveLength(4);
    expect(hiddenPaths(ignoring({ files: ['vendor/**'] }, { filename: 'apps/web.yaml' }))).toHaveLength(0);
  });

  it('every selector must match', () => {
    expect(hiddenPaths(ignoring({ rule: 'test-image', container: 'web', namespace: 'shop' }))).toEqual(['spec.template.spec.containers[0].image']);
    expect(hiddenPaths(ignoring({ rule: 'test-image', container: 'web', namespace: 'prod' }))).toEqual([]);
  });

  it('carries expires; applies through its expiry date, then stops and is reported', () => {
    const entry = { rule: 'test-image', container: 'web', expires: '2026-06-01' };
    const onTheDay = ignoring(entry);
    expect(onTheDay.findings.find((f) => f.suppressed)?.suppressed).toEqual({ kind: 'config', reason: 'because', expires: '2026-06-01' });
    expect(problems(onTheDay)).toEqual([]);
    const after = ignoring(entry, { today: '2026-06-02' });
    expect(after.summary.suppressed).toBe(0);
    expect(problems(after)).toEqual([
      '1:1 expired ignores[0] of <config> expired on 2026-06-01 and no longer suppresses anything: fix the findings it hid, or renew it with a new date and reason.',
    ]);
  });

  it('locates findings about an entry in the configuration file', () => {
    const text = 'ignores:\n  - rule: test-image\n    reason: old\n  - rule: test-image\n    name: nothing\n    reason: never matches\n    expires: "2026-01-31"\n';
    const rules = withSyntaxRules(RULES);
    const config = validateConfig(parse(text), rules);
    const session = new LintSession(rules, new ConfigResolver(config, rules, { today: '2026-06-01', reportUnusedSuppressions: true }, { file: 'conf/.podlint.yaml', text }));
    session.lintObjects(session.addFile({ path: 'web.yaml', text: DEPLOYMENT }));
    const r = session.report();
    expect(r.findings.filter((f) => f.ruleId === 'suppression').map((f) => `${f.file}:${f.line}:${f.column} ${f.path} ${f.messageId}`)).toEqual([
      'conf/.podlint.yaml:4:5 ignores[1] expired',
    ]);
    expect(r.summary.suppressed).toBe(3);
  });
});

describe('strict mode', () => {
  const text = ANNOTATED('    podlint.io/ignore: test-name\n').replace('image: nginx:1.27', 'image: nginx:1.27 # podlint-disable-line test-image');
  const config: Config = { ignores: [{ rule: 'test-image', container: 'istio-proxy', reason: 'mesh' }] };

  it('off: comments, annotations and config ignores all apply', () => {
    const r = lint(text, { config });
    expect(r.summary.suppressed).toBe(3);
    expect(problems(r)).toHaveLength(2);
  });

  it.each([
    ['the strict option', { strict: true }],
    ['strict: true in the config', { config: { ...config, strict: true } }],
  ])('%s: only config ignores apply; comments and annotations are neither honoured nor checked', (_name, options: LintTextOptions) => {
    const r = lint(text, { config, ...options });
    expect(hidden(r)).toEqual(['20 test-image spec.template.spec.containers[1].image config: mesh']);
    expect(problems(r)).toEqual([]);
  });
});

describe('unused suppressions', () => {
  const text = ANNOTATED('    podlint.io/ignore: test-image,test-name\n    podlint.io/ignore-reason: ok\n', '        podlint.io/ignore.web: test-name\n        podlint.io/ignore-reason: ok\n').replace(
    'image: nginx:1.27',
    'image: nginx:1.27 # podlint-disable-line test-name, test-image -- r',
  );
  const config: Config = { ignores: [{ rule: 'test-image', kind: 'Pod', reason: 'pods only' }] };

  it('are not reported by default', () => {
    expect(problems(lint(text, { config }))).toEqual([]);
  });

  it('are reported per suppression and rule id when asked', () => {
    const r = lint(text, { config, reportUnusedSuppressions: true });
    expect(problems(r).map((p) => p.replace(/ suppresses no /, ' | ').replace(/: remove it.*$/, ''))).toEqual([
      '14:9 unused Annotation podlint.io/ignore.web | "test-name" finding',
      '22:29 unused Comment "# podlint-disable-line test-name, test-image" | "test-name" finding',
      '1:1 unused ignores[0] of <config> | "test-image" finding',
    ]);
    expect(r.summary.warnings).toBe(3);
  });

  it('a directive for every rule is unused only when nothing matched', () => {
    const used = lint(DEPLOYMENT.replace('image: nginx:1.27', 'image: nginx:1.27 # podlint-disable-line -- r'), { reportUnusedSuppressions: true });
    expect(problems(used)).toEqual([]);
    const unused = lint(DEPLOYMENT.replace('  name: web', '  name: web\n  # podlint-disable-next-line -- r\n  labels: {}'), { reportUnusedSuppressions: true });
    expect(problems(unused)).toEqual(['5:3 unused Comment "# podlint-disable-next-line" suppresses no finding: remove it (unused suppression).']);
  });

  it('directives of a file that was only read (the old side of a diff) are not reported', () => {
    const rules = withSyntaxRules(RULES);
    const session = new LintSession(rules, new ConfigResolver({}, rules, { reportUnusedSuppressions: true }));
    session.addFile({ path: 'old.yaml', text: '# podlint-disable-next-line test-image -- r\na: 1\n' });
    session.lintObjects(session.addFile({ path: 'new.yaml', text: DEPLOYMENT }));
    expect(problems(session.report())).toEqual([]);
  });
});

describe('the suppression rule', () => {
  const text = DEPLOYMENT.replace('image: nginx:1.27', 'image: nginx:1.27 # podlint-disable-line test-image');

  it('its findings cannot be suppressed', () => {
    const r = lint(text.replace('  name: web', '  # podlint-disable-next-line suppression -- hide the warning\n  name: web'), {
      config: { ignores: [{ rule: 'suppression', reason: 'try to hide it' }] },
    });
    expect(problems(r).map((p) => p.split(' ')[1])).toEqual(['missingReason']);
  });

  it('can be turned off or changed like any rule', () => {
    expect(problems(lint(text, { config: { rules: { suppression: 'off' } } }))).toEqual([]);
    expect(lint(text, { config: { rules: { suppression: 'error' } } }).findings.find((f) => f.ruleId === 'suppression')?.severity).toBe('error');
  });
});

describe('baseline', () => {
  it('round-trips: recorded findings are suppressed, new ones are reported, line moves do not matter', () => {
    const before = lint(DEPLOYMENT);
    const baseline = JSON.parse(JSON.stringify(createBaseline(before.findings))) as ReturnType<typeof createBaseline>;
    expect(baseline.findings).toHaveLength(4);

    const same = lint(DEPLOYMENT, { baseline });
    expect(shown(same)).toEqual([]);
    expect(same.summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 4 });
    expect(same.findings.every((f) => f.suppressed?.kind === 'baseline' && f.suppressed.reason === 'recorded in the baseline')).toBe(true);

    // Lines added above, and a new container: only the new container's finding is reported.
    const edited = `# a comment\n\n${DEPLOYMENT}        - name: new\n          image: busybox:1.36\n`;
    const after = lint(edited, { baseline });
    expect(shown(after)).toEqual(['22:11 test-image/image spec.template.spec.containers[2].image']);
    expect(after.summary).toMatchObject({ errors: 1, suppressed: 4 });
  });

  it('counts identical findings: two recorded copies hide two, not three', () => {
    const twice = `${DEPLOYMENT}---\n${DEPLOYMENT}`;
    const baseline = createBaseline(lint(twice).findings);
    expect(baseline.findings.every((e) => e.count === 2)).toBe(true);
    const thrice = lint(`${twice}---\n${DEPLOYMENT}`, { baseline });
    expect(thrice.summary.suppressed).toBe(8);
    expect(shown(thrice)).toHaveLength(4);
  });

  it('is applied after other suppressions and does not record them', () => {
    const text = DEPLOYMENT.replace('image: nginx:1.27', 'image: nginx:1.27 # podlint-disable-line test-image -- r');
    const baseline = createBaseline(lint(text).findings);
    expect(baseline.findings).toHaveLength(3);
    const r = lint(text, { baseline });
    expect(r.findings.filter((f) => f.suppressed).map((f) => f.suppressed!.kind).sort()).toEqual(['baseline', 'baseline', 'baseline', 'inline']);
  });
});

describe('presets (extends)', () => {
  const rules = [imageRule, nameRule, validityRule] as unknown as AnyRule[];
  const ids = (config: Config): string[] => [...new Set(lintText(DEPLOYMENT, { rules, config }).findings.map((f) => f.ruleId))].sort();

  it('recommended (default): recommended rules; validity rules are never lowered', () => {
    expect(ids({})).toEqual(['test-image', 'test-validity']);
    expect(ids({ extends: 'recommended' })).toEqual(['test-image', 'test-validity']);
  });
  it('all: every rule', () => {
    expect(ids({ extends: 'all' })).toEqual(['test-image', 'test-name', 'test-validity']);
  });
  it('validity-only: what the API server rejects (and syntax problems)', () => {
    expect(ids({ extends: 'validity-only' })).toEqual(['test-validity']);
    const dup = lintText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "1", a: "2"}\n', { rules, config: { extends: 'validity-only' } });
    expect(dup.findings.map((f) => f.ruleId)).toEqual(['duplicate-key']);
  });
  it('rules: settings apply over the preset', () => {
    expect(ids({ extends: 'validity-only', rules: { 'test-name': 'info', 'test-validity': 'off' } })).toEqual(['test-name']);
  });
});

describe('config validation', () => {
  const rules = withSyntaxRules(RULES);
  it.each([
    [{ ignores: [{ rule: 'test-image' }] }, "ignores[0]: must have required property 'reason'"],
    [{ ignores: [{ rule: 'test-image', reason: '  ' }] }, 'ignores[0].reason: must match pattern'],
    [{ ignores: [{ reason: 'everything' }] }, 'ignores[0]: give at least one of rule, kind'],
    [{ ignores: [{ rule: 'nope', reason: 'r' }] }, 'ignores[0].rule: unknown rule "nope"'],
    [{ ignores: [{ rule: 'test-image', reason: 'r', expires: '2026-02-30' }] }, 'ignores[0].expires: "2026-02-30" is not a date'],
    [{ ignores: [{ rule: 'test-image', reason: 'r', expires: 'soon' }] }, 'ignores[0].expires: must match pattern'],
    [{ ignores: [{ rule: 'test-image', reason: 'r', colour: 'x' }] }, 'ignores[0]: unknown key "colour"'],
    [{ extends: 'strictest' }, 'extends: must be one of "recommended", "all", "validity-only"'],
    [{ strict: 'yes' }, 'strict: must be boolean'],
    [{ plugins: 'x.mjs' }, 'plugins: must be array'],
  ])('%j is rejected: %s', (config, message) => {
    expect(() => validateConfig(config, rules, '.podlint.yaml')).toThrow(message);
  });
});
