// Loads the dashboard's three queries in parallel, then recomputes every figure in the browser when
// a filter changes (no further requests).
import { h, replaceChildren, uid } from '../shared/dom';
import type { Formatter } from '../shared/format';
import type { Granularity } from '../shared/time';
import type { DataAccess } from '../shared/webapi';
import { dayRange } from '../shared/time';
import { markFirstScreen } from '../shared/page';
import {
  caseScoreQuery, feedbackQuery, systemicIssueQuery, toCaseFact, toFeedbackFact, toSystemicIssue,
  type CaseFact, type FeedbackFact, type SystemicIssue,
} from './model';
import { breakdown, computeKpis, detractors, followUpStatusByCase, openFollowUpsByContact, poorCases, withinRange, type Dimension } from './kpi';
import { renderBreakdown, renderDetractors, renderKpiCards, renderPoorCases, renderPrediction, renderSystemicIssues, renderTrends } from './view';

export interface DashboardOptions {
  root: HTMLElement;
  data: DataAccess;
  fmt: Formatter;
  baseUrl: string;
  now?: () => Date;
}

export interface DashboardSettings {
  from: string | null;
  to: string | null;
  granularity: Granularity;
  dimension: Dimension;
}

function notNull<T>(v: T | null): v is T {
  return v !== null;
}

export class DashboardController {
  private cases: CaseFact[] = [];
  private feedback: FeedbackFact[] = [];
  private issues: SystemicIssue[] = [];
  private settings: DashboardSettings = { from: null, to: null, granularity: 'month', dimension: 'segment' };
  private readonly sections: Record<'kpis' | 'trends' | 'breakdown' | 'detractors' | 'poor' | 'systemic' | 'prediction', HTMLElement>;
  private readonly status: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly breakdownTitle: HTMLElement;

  constructor(private readonly options: DashboardOptions) {
    const ids = { from: uid('d-from'), to: uid('d-to'), granularity: uid('d-gran'), dimension: uid('d-dim') };
    this.form = h('form', { class: 'cx-filters', role: 'search', 'aria-label': 'Dashboard filters' },
      h('div', { class: 'cx-field' }, h('label', { for: ids.from }, 'From'), h('input', { id: ids.from, type: 'date', 'data-filter': 'from' })),
      h('div', { class: 'cx-field' }, h('label', { for: ids.to }, 'To'), h('input', { id: ids.to, type: 'date', 'data-filter': 'to' })),
      h('div', { class: 'cx-field' }, h('label', { for: ids.granularity }, 'Trend period'),
        h('select', { id: ids.granularity, 'data-filter': 'granularity' },
          h('option', { value: 'month' }, 'Month'), h('option', { value: 'week' }, 'Week'), h('option', { value: 'day' }, 'Day'))),
      h('div', { class: 'cx-field' }, h('label', { for: ids.dimension }, 'Break down by'),
        h('select', { id: ids.dimension, 'data-filter': 'dimension' },
          h('option', { value: 'segment' }, 'Segment'), h('option', { value: 'channel' }, 'Channel'),
          h('option', { value: 'agent' }, 'Agent'), h('option', { value: 'period' }, 'Period'))));
    this.form.addEventListener('change', () => this.readSettings());
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.status = h('p', { class: 'cx-status', role: 'status', 'aria-live': 'polite', 'data-field': 'status' }, 'Loading…');
    const section = (title: string, name: string, body: HTMLElement, titleEl?: HTMLElement) => {
      const id = uid('sec');
      const heading = titleEl ?? h('h2', null, title);
      heading.id = id;
      return h('section', { class: `cx-section cx-section-${name}`, 'aria-labelledby': id, 'data-section': name }, heading, body);
    };
    this.sections = {
      kpis: h('div'), trends: h('div'), breakdown: h('div'), detractors: h('div'), poor: h('div'), systemic: h('div'), prediction: h('div'),
    };
    this.breakdownTitle = h('h2', null, 'By segment');
    replaceChildren(options.root,
      h('header', { class: 'cx-header' }, h('h1', null, 'Customer experience'), this.status),
      this.form,
      section('Key figures', 'kpis', this.sections.kpis),
      section('Trends', 'trends', this.sections.trends),
      section('', 'breakdown', this.sections.breakdown, this.breakdownTitle),
      section('Detractors', 'detractors', this.sections.detractors),
      section('Poor cases', 'poor-cases', this.sections.poor),
      section('Systemic issues flagged by agents', 'systemic', this.sections.systemic),
      section('CSAT prediction accuracy', 'prediction', this.sections.prediction));
  }

  /** Three requests, in parallel. */
  async load(): Promise<void> {
    const { data, root } = this.options;
    root.setAttribute('aria-busy', 'true');
    try {
      const [cases, feedback, issues] = await Promise.all([
        data.retrieveAll('cx_casescore', caseScoreQuery),
        data.retrieveAll('cx_feedback', feedbackQuery),
        data.retrieveAll('cx_touchpoint', systemicIssueQuery),
      ]);
      this.cases = cases.map(toCaseFact).filter(notNull);
      this.feedback = feedback.map(toFeedbackFact).filter(notNull);
      this.issues = issues.map(toSystemicIssue).filter(notNull);
      this.render();
      markFirstScreen(root, 'cx-dashboard-first-screen');
    } catch (e) {
      const message = e instanceof Error ? e.message : typeof e === 'object' && e && 'message' in e ? String((e as { message: unknown }).message) : String(e);
      replaceChildren(this.status, h('span', { role: 'alert', class: 'cx-error' }, `Could not load the dashboard: ${message}`));
    } finally {
      root.setAttribute('aria-busy', 'false');
      root.dataset.requests = String(data.requestCount);
    }
  }

  private readSettings(): void {
    const value = (name: string) => (this.form.querySelector(`[data-filter="${name}"]`) as HTMLInputElement | HTMLSelectElement).value;
    this.settings = {
      from: value('from') || null,
      to: value('to') || null,
      granularity: value('granularity') as Granularity,
      dimension: value('dimension') as Dimension,
    };
    this.render();
  }

  render(): void {
    const { fmt } = this.options;
    const now = this.options.now?.() ?? new Date();
    const range = dayRange(this.settings.from, this.settings.to, fmt.timeZone);
    const { cases, feedback } = withinRange(this.cases, this.feedback, range);
    const kpis = computeKpis(cases, feedback, now);
    const options = { timeZone: fmt.timeZone, granularity: this.settings.granularity, now };
    const periods = breakdown(cases, feedback, 'period', options).filter((g) => g.key !== '(none)');
    const groups = breakdown(cases, feedback, this.settings.dimension, options);
    const followUps = openFollowUpsByContact(this.cases);
    const issues = this.issues.filter((i) => (range.start === null || (i.occurredOn !== null && i.occurredOn >= range.start))
      && (range.end === null || (i.occurredOn !== null && i.occurredOn < range.end)));

    replaceChildren(this.sections.kpis, renderKpiCards(kpis, fmt));
    replaceChildren(this.sections.trends, renderTrends(periods, fmt));
    this.breakdownTitle.textContent = `By ${this.settings.dimension}`;
    replaceChildren(this.sections.breakdown, renderBreakdown(groups, this.settings.dimension, fmt));
    replaceChildren(this.sections.detractors, renderDetractors(detractors(feedback), followUps, followUpStatusByCase(this.cases), fmt));
    replaceChildren(this.sections.poor, renderPoorCases(poorCases(cases), fmt));
    replaceChildren(this.sections.systemic, renderSystemicIssues(issues, fmt, this.options.baseUrl));
    replaceChildren(this.sections.prediction, renderPrediction(kpis, fmt));
    this.status.textContent = `${fmt.number(cases.length)} scored cases and ${fmt.number(feedback.length)} survey answers, computed ${fmt.dateTimeOf(now)} (${fmt.timeZone}).`;
    this.options.root.dataset.ready = 'true';
  }
}
