import { describe, expect, it } from 'vitest';
import { Formatter, sentimentBand } from '../src/shared/format';

const fmt = new Formatter({ locale: 'en-US', timeZone: 'Europe/Berlin' });

describe('formatting', () => {
  it('writes durations in minutes, hours and days', () => {
    expect(fmt.duration(0)).toBe('0 min');
    expect(fmt.duration(45.4)).toBe('45 min');
    expect(fmt.duration(125)).toBe('2 h 05 min');
    expect(fmt.duration(1440)).toBe('1 d');
    expect(fmt.duration(3 * 1440 + 4 * 60 + 10)).toBe('3 d 4 h');
    expect(fmt.duration(null)).toBe('—');
  });

  it('writes ratios as percentages and signed values with a real minus', () => {
    expect(fmt.percent(0.625)).toBe('62.5 %');
    expect(fmt.percent(null)).toBe('—');
    expect(fmt.signed(0.624)).toBe('+0.62');
    expect(fmt.signed(-12, 1)).toBe('\u221212.0');
    expect(fmt.signed(0.001)).toBe('0.00');
    expect(fmt.number(1234.5, 1)).toBe('1,234.5');
  });

  it('writes times in the user zone and period labels', () => {
    expect(fmt.timeOf(new Date('2025-03-01T23:30:00Z'))).toBe('12:30 AM');
    expect(fmt.dayLabel('2025-03-02')).toBe('Sunday, March 2, 2025');
    expect(fmt.periodLabel('2025-03')).toBe('Mar 2025');
    expect(fmt.periodLabel('2025-W09')).toBe('Week 9, 2025');
  });

  it('bands sentiment at the journey rules\' thresholds', () => {
    expect(sentimentBand(0.5)).toBe('positive');
    expect(sentimentBand(0.49)).toBe('neutral');
    expect(sentimentBand(-0.5)).toBe('negative');
    expect(sentimentBand(null)).toBeNull();
  });
});
