// A keyboard-usable virtualised list. The viewport is one tab stop; arrow keys, Page Up/Down, Home
// and End move focus between the navigable rows, Enter follows the focused row's link. Only rows
// near the viewport exist in the DOM, positioned with a transform (CSSOM, allowed under a CSP
// without 'unsafe-inline', unlike style attributes).
import { VirtualLayout } from './virtual';
import { replaceChildren, h } from './dom';

export interface VirtualListOptions<T> {
  viewport: HTMLElement;
  heightOf(row: T): number;
  render(row: T, index: number): HTMLElement;
  /** Rows the keyboard stops at (the others, e.g. day headings, are skipped). */
  navigable(row: T): boolean;
  /** Called after each render with the rendered range, to load more when the end comes near. */
  onRendered?(start: number, end: number, count: number): void;
  overscan?: number;
  /** Viewport height when layout reports none (no layout engine, hidden frame). */
  fallbackHeight?: number;
}

export class VirtualList<T> {
  private rows: readonly T[] = [];
  private layout = new VirtualLayout([]);
  private readonly spacer: HTMLElement;
  private readonly layer: HTMLElement;
  private active = -1;
  private scheduled = false;
  private rendered = { start: 0, end: 0 };

  constructor(private readonly options: VirtualListOptions<T>) {
    this.spacer = h('div', { class: 'cx-spacer', 'aria-hidden': 'true' });
    this.layer = h('div', { class: 'cx-layer' });
    replaceChildren(options.viewport, this.spacer, this.layer);
    options.viewport.addEventListener('scroll', () => this.schedule());
    options.viewport.addEventListener('keydown', (e) => this.onKey(e));
    options.viewport.addEventListener('focus', (e) => {
      // Shift+Tab from a row lands here on its way out: let it through rather than trap it.
      if (e.relatedTarget instanceof Node && options.viewport.contains(e.relatedTarget)) return;
      // Entering the list lands on the focused row, or the first visible navigable row.
      const index = this.active >= 0 && this.active < this.rows.length
        ? this.active
        : this.nextNavigable(this.layout.indexAt(this.viewport.scrollTop) - 1, 1);
      if (index >= 0) this.moveTo(index);
    });
  }

  private get viewport(): HTMLElement {
    return this.options.viewport;
  }

  get activeIndex(): number {
    return this.active;
  }

  get renderedRange(): { start: number; end: number } {
    return this.rendered;
  }

  get totalHeight(): number {
    return this.layout.totalHeight;
  }

  /** Replaces the rows; `reset` scrolls back to the top (a new filter), otherwise the position stays (a page appended). */
  setRows(rows: readonly T[], reset: boolean): void {
    this.rows = rows;
    this.layout = new VirtualLayout(rows.map((r) => this.options.heightOf(r)));
    this.spacer.style.height = `${this.layout.totalHeight}px`;
    if (reset) {
      this.viewport.scrollTop = 0;
      this.active = -1;
    } else if (this.active >= rows.length) {
      this.active = -1;
    }
    this.render();
  }

  private viewportHeight(): number {
    return this.viewport.clientHeight || this.options.fallbackHeight || 600;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.render();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
    else setTimeout(run, 0);
  }

  render(): void {
    const { start, end } = this.layout.range(this.viewport.scrollTop, this.viewportHeight(), this.options.overscan ?? 6);
    const hadFocus = this.viewport.contains(document.activeElement) && document.activeElement !== this.viewport;
    const elements: HTMLElement[] = [];
    for (let i = start; i < end; i++) {
      const el = this.options.render(this.rows[i]!, i);
      el.style.transform = `translateY(${this.layout.top(i)}px)`;
      el.style.height = `${this.layout.height(i)}px`;
      el.dataset.index = String(i);
      if (this.options.navigable(this.rows[i]!)) {
        el.tabIndex = -1;
        if (i === this.active) el.classList.add('cx-active');
      }
      elements.push(el);
    }
    replaceChildren(this.layer, elements);
    this.rendered = { start, end };
    if (hadFocus) this.focusActive();
    this.options.onRendered?.(start, end, this.rows.length);
  }

  private nextNavigable(from: number, step: 1 | -1): number {
    for (let i = from + step; i >= 0 && i < this.rows.length; i += step) {
      if (this.options.navigable(this.rows[i]!)) return i;
    }
    return -1;
  }

  private elementFor(index: number): HTMLElement | null {
    return this.layer.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  private focusActive(): void {
    if (this.active < 0) return;
    const el = this.elementFor(this.active);
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
  }

  /** Moves focus to a row, scrolling it into view. */
  moveTo(index: number): void {
    if (index < 0 || index >= this.rows.length) return;
    this.active = index;
    const top = this.layout.scrollToReveal(index, this.viewport.scrollTop, this.viewportHeight());
    if (top !== this.viewport.scrollTop) this.viewport.scrollTop = top;
    this.render();
    this.focusActive();
  }

  private onKey(e: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(this.viewportHeight() / 64));
    let target = -1;
    switch (e.key) {
      case 'ArrowDown':
        target = this.nextNavigable(this.active, 1);
        break;
      case 'ArrowUp':
        target = this.nextNavigable(this.active, -1);
        break;
      case 'PageDown':
        target = this.nextNavigable(Math.min(this.rows.length, Math.max(this.active, 0) + page) - 1, 1);
        if (target < 0) target = this.nextNavigable(this.rows.length, -1);
        break;
      case 'PageUp':
        target = this.nextNavigable(Math.max(-1, this.active - page) + 1, -1);
        if (target < 0) target = this.nextNavigable(-1, 1);
        break;
      case 'Home':
        target = this.nextNavigable(-1, 1);
        break;
      case 'End':
        target = this.nextNavigable(this.rows.length, -1);
        break;
      case 'Enter': {
        const link = this.active >= 0 ? this.elementFor(this.active)?.querySelector('a') : null;
        if (link && e.target !== link) {
          link.click();
          e.preventDefault();
        }
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    if (target >= 0) this.moveTo(target);
  }
}
