import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ConfigResolver } from './config.js';
import { objectKey, pairObjects } from './diff.js';
import { LintSession } from './engine.js';
import type { PairableObject } from './diff.js';

function obj(apiVersion: string, kind: string, name: string | undefined, namespace?: string, uid?: string, tag = ''): PairableObject & { tag: string } {
  const metadata: Record<string, string> = {};
  if (name !== undefined) metadata['name'] = name;
  if (namespace !== undefined) metadata['namespace'] = namespace;
  if (uid !== undefined) metadata['uid'] = uid;
  return { value: { apiVersion, kind, metadata }, apiVersion, kind, name, namespace, tag };
}

const names = (list: { tag: string }[]): string[] => list.map((o) => o.tag);

describe('pairObjects', () => {
  it('pairs by group, kind, namespace and name, in any order', () => {
    const oldList = [obj('v1', 'Pod', 'a', undefined, undefined, 'oa'), obj('apps/v1', 'Deployment', 'a', undefined, undefined, 'od')];
    const newList = [obj('apps/v1', 'Deployment', 'a', undefined, undefined, 'nd'), obj('v1', 'Pod', 'a', undefined, undefined, 'na')];
    const p = pairObjects(oldList, newList);
    expect(p.pairs.map((x) => [x.previous.tag, x.current.tag])).toEqual([['od', 'nd'], ['oa', 'na']]);
    expect(p.created).toEqual([]);
    expect(p.deleted).toEqual([]);
  });
  it('pairs across API versions of the same group, not across groups', () => {
    const p = pairObjects([obj('autoscaling/v1', 'HorizontalPodAutoscaler', 'h', undefined, undefined, 'o')], [obj('autoscaling/v2', 'HorizontalPodAutoscaler', 'h', undefined, undefined, 'n')]);
    expect(p.pairs).toHaveLength(1);
    const q = pairObjects([obj('extensions/v1beta1', 'Deployment', 'd', undefined, undefined, 'o')], [obj('apps/v1', 'Deployment', 'd', undefined, undefined, 'n')]);
    expect(q.pairs).toHaveLength(0);
    expect(names(q.created)).toEqual(['n']);
    expect(names(q.deleted)).toEqual(['o']);
  });
  it('uses the default namespace for objects without one', () => {
    const oldList = [obj('v1', 'Pod', 'a', 'prod', undefined, 'o')];
    const newList = [obj('v1', 'Pod', 'a', undefined, undefined, 'n')];
    expect(pairObjects(oldList, newList).pairs).toHaveLength(0);
    expect(pairObjects(oldList, newList, { defaultNamespace: 'prod' }).pairs).toHaveLength(1);
    expect(pairObjects([obj('v1', 'Pod', 'a', 'default')], [obj('v1', 'Pod', 'a')]).pairs).toHaveLength(1);
  });
  it('pairs the same non-empty uid whatever the names', () => {
    const p = pairObjects([obj('v1', 'Pod', 'old-name', 'a', 'u-1', 'o'), obj('v1', 'Pod', 'x', undefined, '', 'ox')], [obj('v1', 'Pod', 'new-name', 'b', 'u-1', 'n'), obj('v1', 'Pod', 'y', undefined, '', 'ny')]);
    expect(p.pairs.map((x) => [x.previous.tag, x.current.tag])).toEqual([['o', 'n']]);
    expect(names(p.created)).toEqual(['ny']);
    expect(names(p.deleted)).toEqual(['ox']);
  });
  it('a uid pair wins over a name pair', () => {
    const p = pairObjects([obj('v1', 'Pod', 'a', undefined, 'u1', 'o1'), obj('v1', 'Pod', 'b', undefined, 'u2', 'o2')], [obj('v1', 'Pod', 'a', undefined, 'u2', 'n')]);
    expect(p.pairs.map((x) => [x.previous.tag, x.current.tag])).toEqual([['o2', 'n']]);
    expect(names(p.deleted)).toEqual(['o1']);
  });
  it('pairSingle pairs one old and one new object of the same kind whatever the names', () => {
    const o = [obj('v1', 'Pod', 'web', 'a', undefined, 'o')];
    const n = [obj('v1', 'Pod', 'web-2', 'b', undefined, 'n')];
    expect(pairObjects(o, n).pairs).toHaveLength(0);
    expect(pairObjects(o, n, { pairSingle: true }).pairs).toHaveLength(1);
    expect(pairObjects(o, [obj('apps/v1', 'Deployment', 'web')], { pairSingle: true }).pairs).toHaveLength(0);
    expect(pairObjects([...o, obj('v1', 'Pod', 'x')], n, { pairSingle: true }).pairs).toHaveLength(0);
  });
  it('objects without a name (generateName) are creates and deletes', () => {
    const p = pairObjects([obj('v1', 'Pod', undefined, undefined, undefined, 'o')], [obj('v1', 'Pod', undefined, undefined, undefined, 'n')]);
    expect(p.pairs).toHaveLength(0);
    expect(names(p.created)).toEqual(['n']);
    expect(names(p.deleted)).toEqual(['o']);
    expect(objectKey(obj('v1', 'Pod', ''))).toBeUndefined();
  });
  it('duplicates pair first with first', () => {
    const p = pairObjects([obj('v1', 'Pod', 'a', undefined, undefined, 'o1'), obj('v1', 'Pod', 'a', undefined, undefined, 'o2')], [obj('v1', 'Pod', 'a', undefined, undefined, 'n1'), obj('v1', 'Pod', 'a', undefined, undefined, 'n2'), obj('v1', 'Pod', 'a', undefined, undefined, 'n3')]);
    expect(p.pairs.map((x) => [x.previous.tag, x.current.tag])).toEqual([['o1', 'n1'], ['o2', 'n2']]);
    expect(names(p.created)).toEqual(['n3']);
  });
});

describe('update rules on objects without source (the webhook adds them with addValue)', () => {
  const podValue = (image: string, extra: Record<string, unknown> = {}) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'shop' },
    spec: { containers: [{ name: 'app', image, resources: { requests: { cpu: '100m' } } }], ...extra },
  });
  function lint(oldValue: unknown, newValue: unknown, subresource?: 'resize' | 'ephemeralcontainers') {
    const session = new LintSession(builtinRules, new ConfigResolver({}, builtinRules));
    const [previous] = session.addValue(oldValue as never, 'old');
    const [current] = session.addValue(newValue as never, 'request');
    session.lintUpdate(previous!, current!, { objects: [current!] }, subresource);
    return session.report().findings.filter((f) => f.ruleId.startsWith('valid-'));
  }
  it('reports forbidden changes by path, with the previous value', () => {
    const findings = lint(podValue('nginx:1.26'), podValue('nginx:1.27', { hostname: 'web-0' }));
    expect(findings.map((f) => [f.ruleId, f.path, f.line, f.column, f.previous?.value])).toEqual([['valid-pod-update', 'spec.hostname', 1, 1, null]]);
  });
  it('judges a resize request', () => {
    const resized = podValue('nginx:1.26');
    resized.spec.containers[0]!.resources.requests.cpu = '200m';
    expect(lint(podValue('nginx:1.26'), resized, 'resize')).toEqual([]);
    const findings = lint(podValue('nginx:1.26'), podValue('nginx:1.26', { containers: [{ name: 'app', image: 'nginx:1.26', resources: {} }] }), 'resize');
    expect(findings.map((f) => `${f.ruleId} ${f.path}`)).toContain('valid-pod-resize spec.containers[0].resources.requests');
  });
});
