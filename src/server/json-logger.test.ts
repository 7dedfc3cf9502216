// The webhook's JSON log lines: written together after the turn of the event loop that logged them.
import { describe, expect, it } from 'vitest';
import { jsonLogger } from './http.js';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('jsonLogger', () => {
  it('writes the lines of one turn in one write, right after it, in order', async () => {
    const writes: string[] = [];
    const log = jsonLogger((t) => writes.push(t));
    log({ level: 'info', msg: 'a' });
    log({ level: 'info', msg: 'b', uid: 'u' });
    expect(writes).toEqual([]);
    await turn();
    expect(writes).toHaveLength(1);
    const lines = writes[0]!.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['msg'])).toEqual(['a', 'b']);
    expect(lines[1]).toMatchObject({ level: 'info', uid: 'u' });
    expect(typeof lines[0]!['time']).toBe('string');
    log({ level: 'warn', msg: 'c' });
    await turn();
    expect(writes).toHaveLength(2);
    expect(JSON.parse(writes[1]!)).toMatchObject({ msg: 'c' });
  });

  it('writes at once when a turn has logged over 64 KiB, and loses nothing', async () => {
    const writes: string[] = [];
    const log = jsonLogger((t) => writes.push(t));
    const big = 'x'.repeat(1000);
    for (let i = 0; i < 100; i++) log({ level: 'info', msg: big, i });
    expect(writes.length).toBeGreaterThan(0);
    await turn();
    const lines = writes.join('').trimEnd().split('\n').map((l) => JSON.parse(l) as { i: number });
    expect(lines.map((l) => l.i)).toEqual([...Array(100).keys()]);
  });

  it('writes each entry as the JSON of { time, ...entry }', async () => {
    const writes: string[] = [];
    const log = jsonLogger((t) => writes.push(t));
    const entries = [
      { level: 'info' as const, msg: 'review', uid: 'a"b\\c\n', findings: [{ rule: 'r', path: 'spec' }], durationMs: 0.25 },
      { level: 'warn' as const, msg: 'ünïcode ✓', nested: { time: 'inner' } },
      { level: 'error' as const, msg: 'own time', time: 'given' },
    ];
    for (const e of entries) log(e);
    await turn();
    const lines = writes.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      const time = (JSON.parse(line) as { time: string }).time;
      expect(line).toBe(JSON.stringify({ time, ...entries[i] }));
    });
    expect(lines.slice(0, 2).map((l) => (JSON.parse(l) as { time: string }).time)).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT/), expect.stringMatching(/^\d{4}-/)]);
    expect((JSON.parse(lines[2]!) as { time: string }).time).toBe('given');
  });
});
