// Windowing for long lists: only the rows that intersect the viewport (plus a margin) are in the
// DOM; a spacer keeps the scroll height of the whole list.

export class VirtualLayout {
  /** offsets[i] is the top of row i; offsets[n] the total height. */
  private readonly offsets: Float64Array;

  constructor(heights: ArrayLike<number>) {
    this.offsets = new Float64Array(heights.length + 1);
    for (let i = 0; i < heights.length; i++) {
      const h = heights[i]!;
      if (!(h >= 0)) throw new Error(`Row ${i} has no valid height`);
      this.offsets[i + 1] = this.offsets[i]! + h;
    }
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  get totalHeight(): number {
    return this.offsets[this.offsets.length - 1]!;
  }

  top(index: number): number {
    return this.offsets[index]!;
  }

  height(index: number): number {
    return this.offsets[index + 1]! - this.offsets[index]!;
  }

  /** The row at a vertical offset (the last row for offsets past the end); -1 when empty. */
  indexAt(offset: number): number {
    const n = this.count;
    if (n === 0) return -1;
    if (offset <= 0) return 0;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Rows [start, end) to render for a scroll position, with `overscan` extra rows each side. */
  range(scrollTop: number, viewportHeight: number, overscan: number): { start: number; end: number } {
    const n = this.count;
    if (n === 0) return { start: 0, end: 0 };
    const first = this.indexAt(Math.max(0, scrollTop));
    // The last row whose top lies above the viewport's bottom edge.
    const bottom = scrollTop + Math.max(0, viewportHeight);
    let last = this.indexAt(bottom);
    if (last > first && this.offsets[last]! >= bottom) last -= 1;
    return { start: Math.max(0, first - overscan), end: Math.min(n, last + 1 + overscan) };
  }

  /** The scrollTop that brings a row fully into view with the least movement. */
  scrollToReveal(index: number, scrollTop: number, viewportHeight: number): number {
    const top = this.top(index);
    const bottom = top + this.height(index);
    if (top < scrollTop) return top;
    if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
    return scrollTop;
  }
}
