import { describe, expect, it } from 'vitest';
import { addDays, dayKey, dayRange, isoWeekKey, isValidTimeZone, parseDate, parseDayKey, periodKey, startOfDayUtc, zoneOffsetMs } from '../src/shared/time';

describe('calendar days in a time zone', () => {
  it('puts an instant on the day it falls on in the zone, not in UTC', () => {
    const lateUtc = new Date('2025-03-01T23:30:00Z');
    expect(dayKey(lateUtc, 'UTC')).toBe('2025-03-01');
    expect(dayKey(lateUtc, 'Europe/Berlin')).toBe('2025-03-02');
    expect(dayKey(lateUtc, 'America/Los_Angeles')).toBe('2025-03-01');
    expect(dayKey(new Date('2025-03-02T07:59:00Z'), 'America/Los_Angeles')).toBe('2025-03-01');
  });

  it('knows daylight saving: offsets change at the transition', () => {
    expect(zoneOffsetMs(new Date('2025-03-30T00:30:00Z'), 'Europe/Berlin')).toBe(3600_000);
    expect(zoneOffsetMs(new Date('2025-03-30T01:30:00Z'), 'Europe/Berlin')).toBe(7200_000);
  });

  it('finds the UTC start of a local day, across DST changes', () => {
    expect(startOfDayUtc('2025-03-30', 'Europe/Berlin').toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(startOfDayUtc('2025-03-31', 'Europe/Berlin').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(startOfDayUtc('2025-11-02', 'America/New_York').toISOString()).toBe('2025-11-02T04:00:00.000Z');
    expect(startOfDayUtc('2025-11-03', 'America/New_York').toISOString()).toBe('2025-11-03T05:00:00.000Z');
    expect(startOfDayUtc('2025-06-01', 'UTC').toISOString()).toBe('2025-06-01T00:00:00.000Z');
  });

  it('starts a day whose midnight does not exist at its first instant', () => {
    // Chile moved clocks from 24:00 to 01:00 on 2024-09-08: the day starts at 01:00 local (04:00Z).
    const start = startOfDayUtc('2024-09-08', 'America/Santiago');
    expect(dayKey(start, 'America/Santiago')).toBe('2024-09-08');
    expect(dayKey(new Date(start.getTime() - 1000), 'America/Santiago')).toBe('2024-09-07');
  });

  it('gives [start, end) of a day range, open where a bound is missing', () => {
    const r = dayRange('2025-01-10', '2025-01-10', 'Asia/Tokyo');
    expect(r.start!.toISOString()).toBe('2025-01-09T15:00:00.000Z');
    expect(r.end!.toISOString()).toBe('2025-01-10T15:00:00.000Z');
    expect(dayRange(null, 'nonsense', 'UTC')).toEqual({ start: null, end: null });
  });

  it('does day arithmetic and validation on day keys', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(parseDayKey('2025-02-30')).toBeNull();
    expect(parseDayKey('2025-2-3')).toBeNull();
    expect(() => startOfDayUtc('x', 'UTC')).toThrow();
  });

  it('names reporting periods: ISO weeks and months in the zone', () => {
    expect(isoWeekKey(2021, 1, 3)).toBe('2020-W53');
    expect(isoWeekKey(2021, 1, 4)).toBe('2021-W01');
    expect(isoWeekKey(2024, 12, 30)).toBe('2025-W01');
    expect(isoWeekKey(2025, 6, 15)).toBe('2025-W24');
    const newYearInTokyo = new Date('2024-12-31T16:00:00Z');
    expect(periodKey(newYearInTokyo, 'UTC', 'month')).toBe('2024-12');
    expect(periodKey(newYearInTokyo, 'Asia/Tokyo', 'month')).toBe('2025-01');
    expect(periodKey(newYearInTokyo, 'Asia/Tokyo', 'day')).toBe('2025-01-01');
    expect(periodKey(newYearInTokyo, 'Asia/Tokyo', 'week')).toBe('2025-W01');
  });

  it('parses Dataverse date-times and rejects the rest', () => {
    expect(parseDate('2025-03-01T10:00:00Z')!.getTime()).toBe(Date.UTC(2025, 2, 1, 10));
    expect(parseDate('')).toBeNull();
    expect(parseDate(null)).toBeNull();
    expect(parseDate('not a date')).toBeNull();
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
