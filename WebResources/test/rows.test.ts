import { describe, expect, it } from 'vitest';
import { compareNewestFirst, mergeTouchpoints, toTouchpoint, type Touchpoint } from '../src/timeline/model';
import { groupByDay } from '../src/timeline/rows';
import { touchpointRow } from './fakes';

function tp(n: number, iso: string): Touchpoint {
  return toTouchpoint(touchpointRow(n, { occurredOn: iso }))!;
}

describe('timeline rows', () => {
  it('groups newest first under a heading per day in the user zone', () => {
    const list = [
      tp(1, '2025-03-02T09:00:00Z'),
      tp(2, '2025-03-01T23:30:00Z'), // 2 March in Berlin, 1 March in UTC
      tp(3, '2025-03-01T10:00:00Z'),
      tp(4, '2025-02-27T10:00:00Z'),
    ].sort(compareNewestFirst);
    const berlin = groupByDay(list, 'Europe/Berlin');
    expect(berlin.map((r) => (r.kind === 'day' ? `day ${r.key} (${r.count})` : r.touchpoint.id.slice(-1)))).toEqual([
      'day 2025-03-02 (2)', '1', '2', 'day 2025-03-01 (1)', '3', 'day 2025-02-27 (1)', '4',
    ]);
    const utc = groupByDay(list, 'UTC');
    expect(utc.filter((r) => r.kind === 'day').map((r) => r.kind === 'day' && `${r.key}:${r.count}`)).toEqual([
      '2025-03-02:1', '2025-03-01:2', '2025-02-27:1',
    ]);
  });

  it('numbers items 1..n for aria-posinset', () => {
    const list = [tp(1, '2025-03-02T09:00:00Z'), tp(2, '2025-03-01T09:00:00Z')];
    const positions = groupByDay(list, 'UTC').flatMap((r) => (r.kind === 'item' ? [r.position] : []));
    expect(positions).toEqual([1, 2]);
  });

  it('keeps day boundaries exact across a DST change', () => {
    // Berlin switches to summer time at 01:00Z on 30 March; 22:30Z on the 30th is already the 31st.
    const list = [tp(1, '2025-03-30T22:30:00Z'), tp(2, '2025-03-30T21:30:00Z'), tp(3, '2025-03-29T23:30:00Z'), tp(4, '2025-03-29T22:30:00Z')];
    const days = groupByDay(list, 'Europe/Berlin').filter((r) => r.kind === 'day').map((r) => r.kind === 'day' && `${r.key}:${r.count}`);
    expect(days).toEqual(['2025-03-31:1', '2025-03-30:2', '2025-03-29:1']);
  });

  it('merges pages newest first, replacing a touchpoint delivered twice', () => {
    const a = tp(1, '2025-03-02T09:00:00Z');
    const b = tp(2, '2025-03-03T09:00:00Z');
    const sameTimeLowerId = tp(3, '2025-03-02T09:00:00Z');
    const merged = mergeTouchpoints([a, sameTimeLowerId], [b, a]);
    expect(merged.map((t) => t.id.slice(-1))).toEqual(['2', '3', '1']);
  });

  it('shapes 10,000 touchpoints into rows with one heading per day', () => {
    const list: Touchpoint[] = [];
    for (let i = 0; i < 10_000; i++) list.push(tp(i + 1, new Date(Date.UTC(2025, 0, 1) - i * 3600_000).toISOString()));
    const rows = groupByDay(list.sort(compareNewestFirst), 'America/New_York');
    const days = rows.filter((r) => r.kind === 'day');
    expect(rows.length - days.length).toBe(10_000);
    expect(new Set(days.map((d) => d.kind === 'day' && d.key)).size).toBe(days.length);
    expect(days.reduce((n, d) => n + (d.kind === 'day' ? d.count : 0), 0)).toBe(10_000);
  });
});
