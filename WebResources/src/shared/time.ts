// Calendar arithmetic in an IANA time zone. Dataverse returns date-times in UTC (ISO 8601 with Z);
// a person reads them in their own zone, so "which day" and "which month" depend on that zone and
// on daylight saving at that instant, which Intl knows and a fixed offset does not.
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties#date-and-time

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** True when the runtime knows the zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of partFormatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The calendar day (YYYY-MM-DD) the instant falls on in the zone. */
export function dayKey(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Milliseconds the zone's wall clock is ahead of UTC at that instant. */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(date.getTime() / 1000) * 1000;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDayKey(key: string): { year: number; month: number; day: number } | null {
  const m = DAY_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * The UTC instant at which the day starts in the zone. Usually local midnight; where a DST change
 * skips midnight (e.g. America/Santiago) the first instant that exists that day.
 */
export function startOfDayUtc(key: string, timeZone: string): Date {
  const d = parseDayKey(key);
  if (!d) throw new Error(`Not a calendar day: '${key}'`);
  const wallMidnight = Date.UTC(d.year, d.month - 1, d.day);
  // Two passes settle the offset when the first guess lands on the other side of a transition.
  let guess = wallMidnight - zoneOffsetMs(new Date(wallMidnight), timeZone);
  guess = wallMidnight - zoneOffsetMs(new Date(guess), timeZone);
  if (dayKey(new Date(guess), timeZone) !== key) {
    // Midnight does not exist that day: step forward to the first instant that belongs to it.
    const hour = 3600_000;
    while (dayKey(new Date(guess), timeZone) < key) guess += hour / 4;
  }
  return new Date(guess);
}

export function addDays(key: string, days: number): string {
  const d = parseDayKey(key);
  if (!d) throw new Error(`Not a calendar day: '${key}'`);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export type Granularity = 'day' | 'week' | 'month';

/**
 * The reporting period of an instant in the zone: YYYY-MM-DD, ISO week YYYY-Www (weeks start on
 * Monday; week 1 holds the year's first Thursday), or YYYY-MM. Keys sort in time order.
 */
export function periodKey(date: Date, timeZone: string, granularity: Granularity): string {
  const p = zonedParts(date, timeZone);
  if (granularity === 'month') return `${pad(p.year, 4)}-${pad(p.month)}`;
  if (granularity === 'day') return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return isoWeekKey(p.year, p.month, p.day);
}

export function isoWeekKey(year: number, month: number, day: number): string {
  const t = new Date(Date.UTC(year, month - 1, day));
  const weekday = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const weekYear = t.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((t.getTime() - firstThursday.getTime()) / (7 * 86400_000));
  return `${pad(weekYear, 4)}-W${pad(week)}`;
}

/** Parses a Dataverse date-time (ISO 8601); null for empty or unreadable values. */
export function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t);
}

/** The UTC bounds [start, end) of the days from..to (inclusive, YYYY-MM-DD) in the zone; a missing
 * or unreadable end leaves that side open. */
export function dayRange(from: string | null, to: string | null, timeZone: string): { start: Date | null; end: Date | null } {
  const first = from && parseDayKey(from) ? from : null;
  const last = to && parseDayKey(to) ? to : null;
  return {
    start: first ? startOfDayUtc(first, timeZone) : null,
    end: last ? startOfDayUtc(addDays(last, 1), timeZone) : null,
  };
}
