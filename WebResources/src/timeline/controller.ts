// Loads and shows one contact's (or case's) timeline: the summary and the first page of touchpoints
// in parallel (two requests), further pages as the list scrolls near its end, and a new first page
// when a filter changes.
import { h, replaceChildren } from '../shared/dom';
import type { Formatter } from '../shared/format';
import { DataAccess, type Page } from '../shared/webapi';
import { VirtualList } from '../shared/virtual-list';
import { markFirstScreen } from '../shared/page';
import { caseScoreQuery, journeyQuery, mergeTouchpoints, toCaseSummary, toJourney, toTouchpoint, type Touchpoint } from './model';
import { groupByDay, type TimelineRow } from './rows';
import { isFiltered, matchesFilter, NO_FILTER, touchpointQuery, type Scope, type TimelineFilter } from './query';
import { renderCaseSummary, renderFilters, renderJourneySummary, renderRow, rowHeight, type RowContext } from './view';

export const DEFAULT_PAGE_SIZE = 250;

export interface TimelineOptions {
  root: HTMLElement;
  data: DataAccess;
  scope: Scope;
  fmt: Formatter;
  baseUrl: string;
  pageSize?: number;
}

export class TimelineController {
  private touchpoints: Touchpoint[] = [];
  private rows: TimelineRow[] = [];
  private next: string | null = null;
  private filter: TimelineFilter = NO_FILTER;
  private generation = 0;
  private loadingMore = false;
  private total: number | null = null;
  private readonly list: VirtualList<TimelineRow>;
  private readonly summary: HTMLElement;
  private readonly status: HTMLElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly viewport: HTMLElement;
  private readonly pageSize: number;
  private firstScreenMarked = false;

  constructor(private readonly options: TimelineOptions) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    const filters = renderFilters();
    filters.form.addEventListener('change', () => void this.applyFilter(filters.read()));
    filters.form.addEventListener('submit', (e) => e.preventDefault());
    // The reset event fires before the fields are cleared.
    filters.form.addEventListener('reset', () => setTimeout(() => void this.applyFilter(filters.read()), 0));
    this.summary = h('div', { class: 'cx-summary-slot' }, h('p', { class: 'cx-loading' }, 'Loading…'));
    this.status = h('p', { class: 'cx-status', role: 'status', 'aria-live': 'polite', 'data-field': 'status' });
    this.moreButton = h('button', { type: 'button', class: 'cx-more', hidden: true }, 'Load older touchpoints');
    this.moreButton.addEventListener('click', () => void this.loadMore());
    this.viewport = h('div', {
      class: 'cx-viewport',
      role: 'list',
      tabindex: 0,
      'aria-label': 'Touchpoints, newest first',
      'aria-describedby': 'cx-list-help',
      'data-field': 'timeline',
    });
    const help = h('p', { id: 'cx-list-help', class: 'cx-help' },
      'Arrow keys, Page Up, Page Down, Home and End move between touchpoints; Enter opens the source record.');
    replaceChildren(options.root, this.summary, filters.form, h('div', { class: 'cx-status-bar' }, this.status, this.moreButton), this.viewport, help);
    this.list = new VirtualList<TimelineRow>({
      viewport: this.viewport,
      heightOf: rowHeight,
      navigable: (r) => r.kind === 'item',
      render: (r) => renderRow(r, this.rowContext()),
      onRendered: (_start, end, count) => {
        // Near the end of what is loaded: fetch the next page before the user gets there.
        if (this.next !== null && end >= count - 30) void this.loadMore();
      },
      overscan: 8,
    });
  }

  private rowContext(): RowContext {
    const setSize = this.next === null ? this.touchpoints.length : (isFiltered(this.filter) ? -1 : this.total ?? -1);
    return { fmt: this.options.fmt, baseUrl: this.options.baseUrl, setSize };
  }

  private query(): string {
    return touchpointQuery(this.options.scope, this.filter, this.options.fmt.timeZone);
  }

  /** Summary and first page together: two requests. */
  async load(): Promise<void> {
    const { data, scope, fmt } = this.options;
    this.options.root.setAttribute('aria-busy', 'true');
    const generation = ++this.generation;
    try {
      const summaryPromise = scope.kind === 'incident'
        ? data.retrievePage('cx_casescore', caseScoreQuery(scope.id), 1).then((p) => {
          const summary = p.rows[0] ? toCaseSummary(p.rows[0]) : null;
          this.total = null;
          return renderCaseSummary(summary, fmt);
        })
        : data.retrievePage('cx_journey', journeyQuery(scope.id), 1).then((p) => {
          const journey = p.rows[0] ? toJourney(p.rows[0]) : null;
          this.total = journey?.totalTouchpoints ?? null;
          return renderJourneySummary(journey, fmt);
        });
      const [summary, page] = await Promise.all([summaryPromise, data.retrievePage('cx_touchpoint', this.query(), this.pageSize)]);
      replaceChildren(this.summary, summary);
      if (generation === this.generation) this.show(page, true);
    } catch (e) {
      this.fail(e);
    } finally {
      this.options.root.setAttribute('aria-busy', 'false');
    }
  }

  async applyFilter(filter: TimelineFilter): Promise<void> {
    if (JSON.stringify(filter) === JSON.stringify(this.filter)) return;
    this.filter = filter;
    const generation = ++this.generation;
    this.loadingMore = false;
    this.status.textContent = 'Loading…';
    try {
      const page = await this.options.data.retrievePage('cx_touchpoint', this.query(), this.pageSize);
      if (generation === this.generation) this.show(page, true);
    } catch (e) {
      if (generation === this.generation) this.fail(e);
    }
  }

  async loadMore(): Promise<void> {
    if (this.loadingMore || this.next === null) return;
    this.loadingMore = true;
    const generation = this.generation;
    try {
      const page = await this.options.data.retrievePage('cx_touchpoint', this.next, this.pageSize);
      if (generation === this.generation) this.show(page, false);
    } catch (e) {
      if (generation === this.generation) this.fail(e);
    } finally {
      if (generation === this.generation) this.loadingMore = false;
    }
  }

  private show(page: Page, reset: boolean): void {
    const started = performance.now();
    const tz = this.options.fmt.timeZone;
    const incoming = page.rows.map(toTouchpoint).filter((t): t is Touchpoint => t !== null && matchesFilter(t, this.filter, tz));
    this.touchpoints = reset ? mergeTouchpoints([], incoming) : mergeTouchpoints(this.touchpoints, incoming);
    this.next = page.next;
    this.rows = groupByDay(this.touchpoints, tz);
    this.list.setRows(this.rows, reset);
    this.updateStatus();
    measure('cx-timeline-render', started, this.touchpoints.length);
    if (!this.firstScreenMarked) {
      this.firstScreenMarked = true;
      markFirstScreen(this.options.root, 'cx-timeline-first-screen');
    }
  }

  private updateStatus(): void {
    const { fmt } = this.options;
    const n = this.touchpoints.length;
    let text: string;
    if (n === 0) text = isFiltered(this.filter) ? 'No touchpoints match the filters.' : 'No touchpoints yet.';
    else if (this.next === null) text = `${fmt.number(n)} touchpoint${n === 1 ? '' : 's'}${isFiltered(this.filter) ? ' match the filters' : ''}.`;
    else if (this.total !== null && !isFiltered(this.filter)) text = `Showing ${fmt.number(n)} of ${fmt.number(this.total)} touchpoints; scroll for older ones.`;
    else text = `Showing the latest ${fmt.number(n)} touchpoints; scroll for older ones.`;
    this.status.textContent = text;
    this.moreButton.hidden = this.next === null;
    this.options.root.dataset.loaded = String(n);
    this.options.root.dataset.requests = String(this.options.data.requestCount);
  }

  private fail(e: unknown): void {
    const message = e instanceof Error ? e.message : typeof e === 'object' && e && 'message' in e ? String((e as { message: unknown }).message) : String(e);
    replaceChildren(this.status, h('span', { role: 'alert', class: 'cx-error' }, `Could not load the timeline: ${message}`));
  }

  get loadedTouchpoints(): readonly Touchpoint[] {
    return this.touchpoints;
  }
}

/** Records how long shaping and rendering took (read by bench/timeline-10k.mjs). */
function measure(name: string, start: number, touchpoints: number): void {
  try {
    performance.measure(name, { start, end: performance.now(), detail: { touchpoints } });
  } catch {
    // Older engines without measure options: the benchmark then reports only the first screen.
  }
}
