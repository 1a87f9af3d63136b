import { describe, expect, it } from 'vitest';
import { VirtualLayout } from '../src/shared/virtual';

describe('virtual list layout', () => {
  const layout = new VirtualLayout([40, 72, 72, 40, 72]); // tops 0, 40, 112, 184, 224; total 296

  it('adds up offsets and heights', () => {
    expect(layout.totalHeight).toBe(296);
    expect(layout.top(3)).toBe(184);
    expect(layout.height(4)).toBe(72);
  });

  it('finds the row at an offset', () => {
    expect(layout.indexAt(0)).toBe(0);
    expect(layout.indexAt(39.9)).toBe(0);
    expect(layout.indexAt(40)).toBe(1);
    expect(layout.indexAt(200)).toBe(3);
    expect(layout.indexAt(10_000)).toBe(4);
    expect(new VirtualLayout([]).indexAt(5)).toBe(-1);
  });

  it('renders only rows intersecting the viewport, plus overscan', () => {
    expect(layout.range(0, 100, 0)).toEqual({ start: 0, end: 2 });
    expect(layout.range(0, 112, 0)).toEqual({ start: 0, end: 2 }); // row 2 starts exactly at the bottom edge
    expect(layout.range(50, 100, 0)).toEqual({ start: 1, end: 3 });
    expect(layout.range(50, 100, 1)).toEqual({ start: 0, end: 4 });
    expect(layout.range(250, 500, 2)).toEqual({ start: 2, end: 5 });
    expect(new VirtualLayout([]).range(0, 100, 3)).toEqual({ start: 0, end: 0 });
  });

  it('keeps the DOM small for 10,000 rows wherever the list is scrolled', () => {
    const big = new VirtualLayout(Array.from({ length: 10_000 }, (_, i) => (i % 10 === 0 ? 40 : 72)));
    for (const top of [0, 123_456, big.totalHeight - 600]) {
      const { start, end } = big.range(top, 600, 8);
      expect(end - start).toBeLessThanOrEqual(11 + 16);
      expect(big.top(start)).toBeLessThanOrEqual(top);
    }
  });

  it('scrolls the least needed to reveal a row', () => {
    expect(layout.scrollToReveal(1, 0, 100)).toBe(12); // bottom 112 must be visible: 112 - 100
    expect(layout.scrollToReveal(0, 50, 100)).toBe(0);
    expect(layout.scrollToReveal(1, 40, 100)).toBe(40);
  });

  it('rejects a row without a height', () => {
    expect(() => new VirtualLayout([40, Number.NaN])).toThrow(/Row 1/);
  });
});
