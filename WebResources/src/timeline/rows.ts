// The timeline's rows: a heading per day (in the user's time zone) followed by that day's
// touchpoints, newest first. Sorted input lets consecutive touchpoints share a day's UTC bounds, so
// the zone is consulted once per day rather than once per touchpoint (10,000 rows stay cheap).
import { addDays, dayKey, startOfDayUtc } from '../shared/time';
import type { Touchpoint } from './model';

export type TimelineRow =
  | { kind: 'day'; key: string; count: number }
  | { kind: 'item'; touchpoint: Touchpoint; day: string; position: number };

/** Groups touchpoints already sorted newest first (see compareNewestFirst). */
export function groupByDay(touchpoints: readonly Touchpoint[], timeZone: string): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  let heading: { kind: 'day'; key: string; count: number } | null = null;
  let position = 0;
  // Walking back in time, a day's end is usually the start of the day just shown.
  const starts = new Map<string, number>();
  const startOf = (key: string) => {
    let v = starts.get(key);
    if (v === undefined) {
      v = startOfDayUtc(key, timeZone).getTime();
      starts.set(key, v);
    }
    return v;
  };
  for (const t of touchpoints) {
    const ms = t.occurredOn.getTime();
    if (heading === null || ms < start || ms >= end) {
      const key = dayKey(t.occurredOn, timeZone);
      if (heading === null || key !== heading.key) {
        heading = { kind: 'day', key, count: 0 };
        rows.push(heading);
      }
      start = startOf(key);
      end = startOf(addDays(key, 1));
    }
    heading.count += 1;
    position += 1;
    rows.push({ kind: 'item', touchpoint: t, day: heading.key, position });
  }
  return rows;
}
