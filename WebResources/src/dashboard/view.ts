// The dashboard's sections. Figures carry their exact value in data-value (the text shows it
// rounded), so the browser suite compares what the page computed, not how it is formatted.
import { h, uid } from '../shared/dom';
import type { Formatter } from '../shared/format';
import { optionLabel } from '../shared/schema';
import { openLabel, recordUrl } from '../shared/context';
import { lineChart } from './charts';
import { casePeriodDate, type CaseFact, type FeedbackFact, type SystemicIssue } from './model';
import type { Dimension, Group, Kpis } from './kpi';

export interface KpiSpec {
  id: string;
  label: string;
  value(k: Kpis): number | null;
  count(k: Kpis): number;
  text(fmt: Formatter, v: number | null): string;
  chart?: { min?: number; max?: number };
}

export const KPI_SPECS: readonly KpiSpec[] = [
  { id: 'csat-average', label: 'CSAT (average)', value: (k) => k.csat.average, count: (k) => k.csat.count, text: (f, v) => f.number(v, 2), chart: { min: 1, max: 5 } },
  { id: 'csat-top2', label: 'CSAT top-2-box', value: (k) => k.csat.top2Box, count: (k) => k.csat.count, text: (f, v) => f.percent(v), chart: { min: 0, max: 1 } },
  { id: 'nps', label: 'NPS', value: (k) => k.nps.score, count: (k) => k.nps.count, text: (f, v) => f.signed(v, 1), chart: { min: -100, max: 100 } },
  { id: 'ces-average', label: 'CES (average, lower is better)', value: (k) => k.ces.average, count: (k) => k.ces.count, text: (f, v) => f.number(v, 2), chart: { min: 1, max: 7 } },
  { id: 'fcr', label: 'First contact resolution', value: (k) => k.fcr.rate, count: (k) => k.fcr.count, text: (f, v) => f.percent(v), chart: { min: 0, max: 1 } },
  { id: 'first-response-median', label: 'First response (median)', value: (k) => k.firstResponse.median, count: (k) => k.firstResponse.count, text: (f, v) => f.duration(v), chart: {} },
  { id: 'resolve-by-met', label: 'Resolve-by met', value: (k) => k.resolveBy.rate, count: (k) => k.resolveBy.count, text: (f, v) => f.percent(v), chart: { min: 0, max: 1 } },
  { id: 'prediction-mae', label: 'CSAT prediction error (MAE)', value: (k) => k.prediction.mae, count: (k) => k.prediction.count, text: (f, v) => f.number(v, 2), chart: { min: 0 } },
];

function countText(n: number): string {
  return n === 1 ? '1 answer or case' : `${n} answers or cases`;
}

function dataValue(v: number | null): string {
  return v === null ? '' : String(v);
}

export function renderKpiCards(kpis: Kpis, fmt: Formatter): HTMLElement {
  return h('dl', { class: 'cx-cards cx-kpis' }, KPI_SPECS.map((spec) => {
    const v = spec.value(kpis);
    return h('div', { class: 'cx-card' },
      h('dt', null, spec.label),
      h('dd', { 'data-kpi': spec.id, 'data-value': dataValue(v), 'data-count': spec.count(kpis) }, spec.text(fmt, v)),
      h('dd', { class: 'cx-card-detail' }, `n = ${fmt.number(spec.count(kpis))}`));
  }));
}

export function renderTrends(groups: readonly Group[], fmt: Formatter): HTMLElement {
  if (groups.length === 0) return h('p', { class: 'cx-empty' }, 'No data in the selected period.');
  return h('div', { class: 'cx-charts' }, KPI_SPECS.map((spec) => lineChart({
    id: spec.id,
    title: spec.label,
    points: groups.map((g) => ({ label: fmt.periodLabel(g.key), value: spec.value(g.kpis) })),
    format: (v) => spec.text(fmt, v),
    ...(spec.chart?.min !== undefined ? { min: spec.chart.min } : {}),
    ...(spec.chart?.max !== undefined ? { max: spec.chart.max } : {}),
  })));
}

const DIMENSION_NAMES: Record<Dimension, string> = { segment: 'Segment', channel: 'Channel', agent: 'Agent', period: 'Period' };

export function renderBreakdown(groups: readonly Group[], dimension: Dimension, fmt: Formatter): HTMLElement {
  const label = (g: Group) => (g.key === '(none)' ? `No ${DIMENSION_NAMES[dimension].toLowerCase()}` : dimension === 'period' ? fmt.periodLabel(g.key) : g.label);
  return h('table', { class: 'cx-table', 'data-breakdown': dimension },
    h('caption', null, `Figures by ${DIMENSION_NAMES[dimension].toLowerCase()}`),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, DIMENSION_NAMES[dimension]),
      KPI_SPECS.map((spec) => h('th', { scope: 'col' }, spec.label)))),
    h('tbody', null, groups.map((g) => h('tr', { 'data-group': g.key },
      h('th', { scope: 'row' }, label(g)),
      KPI_SPECS.map((spec) => {
        const v = spec.value(g.kpis);
        return h('td', { 'data-kpi': spec.id, 'data-value': dataValue(v), 'data-count': spec.count(g.kpis), title: countText(spec.count(g.kpis)) }, spec.text(fmt, v));
      })))));
}

export function followUpStatus(open: number | undefined | null): { text: string; state: 'open' | 'none' | 'unknown' } {
  if (open === undefined || open === null) return { text: 'Unknown', state: 'unknown' };
  return open > 0 ? { text: `Open (${open})`, state: 'open' } : { text: 'None open', state: 'none' };
}

function followUpCell(open: number | null | undefined, rules: string | null | undefined): HTMLElement {
  const status = followUpStatus(open);
  return h('td', { 'data-field': 'followup', 'data-state': status.state },
    h('span', { class: 'cx-followup-open' }, status.text),
    rules ? h('span', { class: 'cx-followup-rules', 'data-field': 'followup-rules' }, rules) : null);
}

export function renderDetractors(list: readonly FeedbackFact[], followUps: ReadonlyMap<string, number>, rulesByCase: ReadonlyMap<string, string>, fmt: Formatter): HTMLElement {
  if (list.length === 0) return h('p', { class: 'cx-empty', 'data-field': 'no-detractors' }, 'No detractor answers in the selected period.');
  return h('table', { class: 'cx-table', 'data-list': 'detractors' },
    h('caption', null, 'NPS answers from 0 to 6, newest first. Follow-up: the customer\'s open follow-up activities, and what the follow-up rules did on the case.'),
    h('thead', null, h('tr', null, ['Answered', 'Customer', 'Case', 'NPS', 'Segment', 'Comment', 'Follow-up'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, list.map((f) => {
      return h('tr', { 'data-id': f.id },
        h('td', null, fmt.dateTimeOf(f.answeredOn)),
        h('td', null, f.contactName ?? 'Anonymous'),
        h('td', null, f.caseName ?? '—'),
        h('td', { 'data-field': 'nps' }, f.nps === null ? '—' : fmt.number(f.nps)),
        h('td', null, optionLabel('cx_segment', f.segment) ?? '—'),
        h('td', { class: 'cx-comment', 'data-field': 'comment' }, f.comment ?? ''),
        followUpCell(f.contactId ? followUps.get(f.contactId) : null, f.caseId ? rulesByCase.get(f.caseId) : null));
    })));
}

export function renderPoorCases(list: readonly CaseFact[], fmt: Formatter): HTMLElement {
  if (list.length === 0) return h('p', { class: 'cx-empty', 'data-field': 'no-poor-cases' }, 'No poor cases in the selected period.');
  return h('table', { class: 'cx-table', 'data-list': 'poor-cases' },
    h('caption', null, 'Cases with CSAT of 2 or less (surveyed or predicted). Follow-up: the customer\'s open follow-up activities, and what the follow-up rules did on the case.'),
    h('thead', null, h('tr', null, ['Case', 'Customer', 'Agent', 'CSAT', 'Resolved', 'Follow-up'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, list.map((c) => {
      return h('tr', { 'data-id': c.id },
        h('td', { 'data-field': 'name' }, c.name || '—'),
        h('td', null, c.contactName ?? '—'),
        h('td', null, c.agentName ?? '—'),
        h('td', { 'data-field': 'csat' }, `${fmt.number(c.csat, 2)} (${c.csatSurveyed ? 'surveyed' : 'predicted'})`),
        h('td', null, c.resolvedOn ? fmt.dateTimeOf(c.resolvedOn) : `Open since ${fmt.dateTimeOf(casePeriodDate(c))}`),
        followUpCell(c.openFollowUps, c.followUpStatus));
    })));
}

export function renderSystemicIssues(list: readonly SystemicIssue[], fmt: Formatter, baseUrl: string): HTMLElement {
  if (list.length === 0) return h('p', { class: 'cx-empty', 'data-field': 'no-systemic' }, 'No touchpoint is flagged as a systemic issue.');
  return h('ul', { class: 'cx-issues', 'data-list': 'systemic' }, list.map((i) => {
    const url = recordUrl(baseUrl, i.sourceTable, i.sourceId);
    const titleId = uid('issue');
    return h('li', { 'data-id': i.id, 'aria-labelledby': titleId },
      h('p', { class: 'cx-issue-title', id: titleId }, i.title || '(no subject)'),
      i.note ? h('p', { class: 'cx-issue-note', 'data-field': 'note' }, i.note) : null,
      h('p', { class: 'cx-muted' },
        `${fmt.dateTimeOf(i.occurredOn)} · ${i.channelLabel} · ${i.agentName ? `flagged on ${i.agentName}'s touchpoint` : 'no agent'}${i.contactName ? ` · ${i.contactName}` : ''}`,
        url ? ' · ' : null,
        url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, openLabel(i.sourceTable!)) : null));
  }));
}

export function renderPrediction(kpis: Kpis, fmt: Formatter): HTMLElement {
  const p = kpis.prediction;
  if (p.count === 0) return h('p', { class: 'cx-empty', 'data-field': 'no-prediction' }, 'No case has both a predicted and a surveyed CSAT yet.');
  // The model's error means little alone: beside it, the error of always answering the mean surveyed value.
  const c = kpis.cesPrediction;
  return h('dl', { class: 'cx-cards' },
    h('div', { class: 'cx-card' }, h('dt', null, 'CSAT: mean absolute error'), h('dd', { 'data-kpi': 'prediction-mae', 'data-value': dataValue(p.mae) }, fmt.number(p.mae, 2))),
    h('div', { class: 'cx-card' }, h('dt', null, 'CSAT: error of always guessing the mean'), h('dd', { 'data-kpi': 'prediction-baseline-mae', 'data-value': dataValue(p.baselineMae) }, fmt.number(p.baselineMae, 2))),
    h('div', { class: 'cx-card' }, h('dt', null, 'Bias (surveyed − predicted)'), h('dd', { 'data-kpi': 'prediction-bias', 'data-value': dataValue(p.bias) }, fmt.signed(p.bias, 2))),
    h('div', { class: 'cx-card' }, h('dt', null, 'Cases compared'), h('dd', { 'data-kpi': 'prediction-count', 'data-value': p.count }, fmt.number(p.count))),
    c.count === 0 ? null : h('div', { class: 'cx-card' }, h('dt', null, 'CES: mean absolute error'), h('dd', { 'data-kpi': 'ces-prediction-mae', 'data-value': dataValue(c.mae) }, fmt.number(c.mae, 2))),
    c.count === 0 ? null : h('div', { class: 'cx-card' }, h('dt', null, 'CES: error of always guessing the mean'), h('dd', { 'data-kpi': 'ces-prediction-baseline-mae', 'data-value': dataValue(c.baselineMae) }, fmt.number(c.baselineMae, 2))));
}
