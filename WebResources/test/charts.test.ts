// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chartScale, lineChart } from '../src/dashboard/charts';

describe('SVG trend charts', () => {
  it('maps values to the plot area, clamping to fixed bounds', () => {
    const sc = chartScale({ points: [{ label: 'a', value: 1 }, { label: 'b', value: 5 }], min: 1, max: 5 });
    expect(sc.y(5)).toBe(12);
    expect(sc.y(1)).toBe(150 - 28);
    expect(sc.y(9)).toBe(sc.y(5));
    expect(sc.x(0)).toBe(64);
    expect(sc.x(1)).toBe(320 - 12);
  });

  it('widens a flat series so it has a range', () => {
    const sc = chartScale({ points: [{ label: 'a', value: 3 }, { label: 'b', value: 3 }] });
    expect([sc.min, sc.max]).toEqual([2, 4]);
  });

  it('breaks the line at gaps and describes every point in text', () => {
    const fig = lineChart({
      id: 'csat', title: 'CSAT <b>', format: (v) => v.toFixed(1),
      points: [{ label: 'Jan', value: 4 }, { label: 'Feb', value: null }, { label: 'Mar', value: 3 }, { label: 'Apr', value: 5 }],
    });
    const path = fig.querySelector('path')!.getAttribute('d')!;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(fig.querySelectorAll('circle')).toHaveLength(3);
    const label = fig.querySelector('svg')!.getAttribute('aria-label')!;
    expect(label).toContain('Feb: no data');
    expect(label).toContain('Apr: 5.0');
    expect(fig.querySelector('figcaption')!.textContent).toBe('CSAT <b>');
    expect(fig.querySelector('b')).toBeNull();
  });
});
