// Display formatting in the user's locale and time zone. Every function returns plain text; the
// caller puts it in a text node.

export interface FormatOptions {
  locale: string;
  timeZone: string;
}

export class Formatter {
  readonly locale: string;
  readonly timeZone: string;
  private readonly dayHeading: Intl.DateTimeFormat;
  private readonly time: Intl.DateTimeFormat;
  private readonly dateTime: Intl.DateTimeFormat;
  private readonly monthName: Intl.DateTimeFormat;
  private readonly numbers = new Map<string, Intl.NumberFormat>();

  constructor(options: FormatOptions) {
    this.locale = options.locale;
    this.timeZone = options.timeZone;
    const base = { timeZone: options.timeZone } as const;
    this.dayHeading = new Intl.DateTimeFormat(options.locale, { ...base, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    this.time = new Intl.DateTimeFormat(options.locale, { ...base, hour: '2-digit', minute: '2-digit' });
    this.dateTime = new Intl.DateTimeFormat(options.locale, { ...base, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    // Period keys are already calendar months in the user's zone: format them as UTC dates.
    this.monthName = new Intl.DateTimeFormat(options.locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
  }

  /** "Tuesday, March 5, 2024" for a YYYY-MM-DD day key. */
  dayLabel(key: string): string {
    const [y, m, d] = key.split('-').map(Number);
    // Noon UTC of that calendar date is the same date in every zone from UTC-11 to UTC+11; format
    // in UTC to be exact everywhere.
    return new Intl.DateTimeFormat(this.locale, { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })
      .format(new Date(Date.UTC(y!, m! - 1, d!, 12)));
  }

  dayHeadingOf(date: Date): string {
    return this.dayHeading.format(date);
  }

  timeOf(date: Date): string {
    return this.time.format(date);
  }

  dateTimeOf(date: Date | null): string {
    return date ? this.dateTime.format(date) : '—';
  }

  /** Label of a period key from time.periodKey. */
  periodLabel(key: string): string {
    const month = /^(\d{4})-(\d{2})$/.exec(key);
    if (month) return this.monthName.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 15)));
    const week = /^(\d{4})-W(\d{2})$/.exec(key);
    if (week) return `Week ${Number(week[2])}, ${week[1]}`;
    return /^\d{4}-\d{2}-\d{2}$/.test(key) ? this.dayLabel(key) : key;
  }

  number(value: number | null | undefined, digits = 0): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    const key = `n${digits}`;
    let f = this.numbers.get(key);
    if (!f) {
      f = new Intl.NumberFormat(this.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      this.numbers.set(key, f);
    }
    return f.format(value);
  }

  /** A ratio 0..1 as a percentage. */
  percent(ratio: number | null | undefined, digits = 1): string {
    if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
    return `${this.number(ratio * 100, digits)} %`;
  }

  /** A signed value such as sentiment or NPS: "+0.62", "−12". */
  signed(value: number | null | undefined, digits = 2): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    const text = this.number(Math.abs(value), digits);
    const rounded = Number(Math.abs(value).toFixed(digits));
    if (rounded === 0) return text;
    return value > 0 ? `+${text}` : `\u2212${text}`;
  }

  /** Minutes as "45 min", "2 h 05 min", "3 d 4 h". */
  duration(minutes: number | null | undefined): string {
    if (minutes === null || minutes === undefined || Number.isNaN(minutes)) return '—';
    const total = Math.round(minutes);
    if (total < 60) return `${total} min`;
    const days = Math.floor(total / 1440);
    const hours = Math.floor((total % 1440) / 60);
    const mins = total % 60;
    if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
    return `${hours} h ${String(mins).padStart(2, '0')} min`;
  }
}

export type SentimentBand = 'positive' | 'neutral' | 'negative';

/** Sentiment -1..1 read as a band; ±0.5 are the journey rules' default "clearly" positive/negative
 * (JourneyOptions.GoodSentiment / NegativeSentiment). */
export function sentimentBand(value: number | null): SentimentBand | null {
  if (value === null) return null;
  if (value >= 0.5) return 'positive';
  if (value <= -0.5) return 'negative';
  return 'neutral';
}
