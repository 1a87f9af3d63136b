// The timeline's DOM: the summary cards, the filter form and one list row. Record texts only ever
// reach the page as text nodes (see shared/dom.ts).
import { h, uid } from '../shared/dom';
import { sentimentBand, type Formatter } from '../shared/format';
import { choice, optionsOf } from '../shared/schema';
import { openLabel, recordUrl } from '../shared/context';
import type { CaseSummary, JourneySummary, Touchpoint } from './model';
import type { TimelineRow } from './rows';
import type { TimelineFilter } from './query';

export const DAY_ROW_HEIGHT = 40;
export const ITEM_ROW_HEIGHT = 72;

function card(label: string, field: string, value: string, detail?: string | null): HTMLElement {
  return h('div', { class: 'cx-card' },
    h('dt', null, label),
    h('dd', { 'data-field': field }, value),
    detail ? h('dd', { class: 'cx-card-detail' }, detail) : null);
}

function healthBand(score: number | null): string {
  if (score === null) return 'none';
  return score >= 70 ? 'good' : score >= 40 ? 'fair' : 'poor';
}

function healthCard(score: number | null, fmt: Formatter): HTMLElement {
  const bar = h('meter', { min: 0, max: 100, low: 40, high: 70, optimum: 100, value: score ?? 0, 'aria-label': 'Journey health' });
  return h('div', { class: `cx-card cx-health cx-health-${healthBand(score)}` },
    h('dt', null, 'Journey health'),
    h('dd', { 'data-field': 'health' }, score === null ? '—' : fmt.number(score)),
    h('dd', { class: 'cx-card-detail' }, bar));
}

function journeyCards(j: JourneySummary, fmt: Formatter): HTMLElement[] {
  return [
    healthCard(j.health, fmt),
    card('Stage', 'stage', j.stageLabel ?? '—', j.stageReason),
    card('NPS category', 'nps-category', j.npsCategoryLabel ?? '—', j.latestNps === null ? null : `Latest NPS ${fmt.number(j.latestNps)}`),
    card('Latest CSAT', 'latest-csat', j.latestCsat === null ? '—' : `${fmt.number(j.latestCsat)} / 5`),
    card('Latest CES', 'latest-ces', j.latestCes === null ? '—' : `${fmt.number(j.latestCes)} / 7`),
    card('Open follow-ups', 'open-followups', fmt.number(j.openFollowUps)),
    card('Waiting for reply since', 'waiting-since', j.waitingSince ? fmt.dateTimeOf(j.waitingSince) : 'Nothing waiting'),
  ];
}

export function renderJourneySummary(j: JourneySummary | null, fmt: Formatter): HTMLElement {
  if (!j) {
    return h('section', { class: 'cx-summary', 'aria-labelledby': 'cx-summary-title' },
      h('h1', { id: 'cx-summary-title' }, 'Customer journey'),
      h('p', { class: 'cx-empty', 'data-field': 'no-journey' }, 'No journey yet: this contact has no recorded touchpoints.'));
  }
  return h('section', { class: 'cx-summary', 'aria-labelledby': 'cx-summary-title' },
    h('h1', { id: 'cx-summary-title', 'data-field': 'journey-name' }, j.name ? `Customer journey — ${j.name}` : 'Customer journey'),
    h('dl', { class: 'cx-cards' }, journeyCards(j, fmt)));
}

export function renderCaseSummary(c: CaseSummary | null, fmt: Formatter): HTMLElement {
  if (!c) {
    return h('section', { class: 'cx-summary', 'aria-labelledby': 'cx-summary-title' },
      h('h1', { id: 'cx-summary-title' }, 'Case experience'),
      h('p', { class: 'cx-empty', 'data-field': 'no-score' }, 'This case has not been scored yet.'));
  }
  const yesNo = (v: boolean | null) => (v === null ? '—' : v ? 'Yes' : 'No');
  const cards = [
    card('CSAT', 'csat', c.csat === null ? '—' : `${fmt.number(c.csat, 2)} / 5`, c.csatSourceLabel),
    card('CES', 'ces', c.ces === null ? '—' : `${fmt.number(c.ces, 2)} / 7`, c.cesSourceLabel),
    card('NPS', 'nps', c.nps === null ? '—' : fmt.number(c.nps), c.npsCategoryLabel),
    card('First contact resolution', 'fcr', yesNo(c.fcr)),
    card('First response', 'first-response', fmt.duration(c.firstResponseMinutes)),
    card('Resolve-by met', 'resolve-by-met', yesNo(c.resolveByMet), c.resolveBy ? `Due ${fmt.dateTimeOf(c.resolveBy)}` : null),
    card('Case score', 'composite', c.composite === null ? '—' : fmt.number(c.composite)),
  ];
  if (c.journey) {
    cards.push(healthCard(c.journey.health, fmt));
    cards.push(card('Open follow-ups', 'open-followups', fmt.number(c.journey.openFollowUps)));
  }
  return h('section', { class: 'cx-summary', 'aria-labelledby': 'cx-summary-title' },
    h('h1', { id: 'cx-summary-title', 'data-field': 'case-name' }, c.name ? `Case experience — ${c.name}` : 'Case experience'),
    h('dl', { class: 'cx-cards' }, cards),
    c.csatPredicted && c.csatExplanation
      ? h('details', { class: 'cx-explain' }, h('summary', null, 'Why this CSAT prediction'), h('pre', null, c.csatExplanation))
      : null);
}

export interface FilterControls {
  form: HTMLFormElement;
  read(): TimelineFilter;
}

function select(id: string, label: string, all: string, options: { value: number; label: string }[], field: string): HTMLElement[] {
  return [
    h('label', { for: id }, label),
    h('select', { id, name: field, 'data-filter': field },
      h('option', { value: '' }, all),
      options.map((o) => h('option', { value: String(o.value) }, o.label))),
  ];
}

export function renderFilters(): FilterControls {
  const ids = { channel: uid('f-channel'), direction: uid('f-direction'), from: uid('f-from'), to: uid('f-to') };
  const form = h('form', { class: 'cx-filters', role: 'search', 'aria-label': 'Filter touchpoints' },
    h('div', { class: 'cx-field' }, select(ids.channel, 'Channel', 'All channels', optionsOf('cx_channel'), 'channel')),
    h('div', { class: 'cx-field' }, select(ids.direction, 'Direction', 'All directions', optionsOf('cx_direction'), 'direction')),
    h('div', { class: 'cx-field' }, h('label', { for: ids.from }, 'From'), h('input', { id: ids.from, type: 'date', name: 'from', 'data-filter': 'from' })),
    h('div', { class: 'cx-field' }, h('label', { for: ids.to }, 'To'), h('input', { id: ids.to, type: 'date', name: 'to', 'data-filter': 'to' })),
    h('div', { class: 'cx-field cx-field-button' }, h('button', { type: 'reset' }, 'Clear filters')));
  const value = (name: string) => (form.querySelector(`[data-filter="${name}"]`) as HTMLInputElement | HTMLSelectElement).value;
  const numberOrNull = (v: string) => (v === '' ? null : Number(v));
  return {
    form,
    read: () => ({
      channel: numberOrNull(value('channel')),
      direction: numberOrNull(value('direction')),
      from: value('from') || null,
      to: value('to') || null,
    }),
  };
}

const INBOUND = choice('cx_direction', 'Inbound');
const OUTBOUND = choice('cx_direction', 'Outbound');

function directionClass(direction: number | null): string {
  return direction === INBOUND ? 'inbound' : direction === OUTBOUND ? 'outbound' : 'internal';
}

export interface RowContext {
  fmt: Formatter;
  baseUrl: string;
  /** Total touchpoints for aria-setsize (-1 when unknown). */
  setSize: number;
}

function renderItem(t: Touchpoint, position: number, ctx: RowContext): HTMLElement {
  const band = sentimentBand(t.sentiment);
  const url = recordUrl(ctx.baseUrl, t.sourceTable, t.sourceId);
  const title = t.title === '' ? '(no subject)' : t.title;
  return h('div', {
    role: 'listitem',
    class: `cx-row cx-item cx-dir-${directionClass(t.direction)} cx-status-${t.status}`,
    'data-status': t.status,
    'data-id': t.id,
    'data-occurred': t.occurredOn.toISOString(),
    'aria-posinset': position,
    'aria-setsize': ctx.setSize,
  },
  h('div', { class: 'cx-line' },
    h('time', { class: 'cx-time', datetime: t.occurredOn.toISOString() }, ctx.fmt.timeOf(t.occurredOn)),
    h('span', { class: 'cx-badge cx-channel', 'data-field': 'channel' }, t.channelLabel),
    h('span', { class: 'cx-badge cx-direction', 'data-field': 'direction' }, t.directionLabel),
    t.kindLabel ? h('span', { class: 'cx-kind', 'data-field': 'kind' }, t.kindLabel) : null,
    t.status !== 'happened'
      ? h('span', { class: `cx-badge cx-status`, 'data-field': 'status', title: t.status === 'planned' ? 'Planned: not happened yet, not counted' : 'Cancelled: did not happen, not counted' },
        t.status === 'planned' ? 'Planned' : 'Cancelled')
      : null,
    t.systemicIssue ? h('span', { class: 'cx-badge cx-flag', title: 'Flagged by an agent as a systemic issue' }, 'Systemic issue') : null,
    h('span', { class: 'cx-title', 'data-field': 'title', title }, title)),
  h('div', { class: 'cx-line cx-meta' },
    h('span', { 'data-field': 'agent' }, t.agentName ? `Agent: ${t.agentName}` : 'No agent'),
    h('span', { class: `cx-sentiment cx-sentiment-${band ?? 'none'}`, 'data-field': 'sentiment' },
      band === null ? 'Sentiment: —' : `Sentiment: ${ctx.fmt.signed(t.sentiment)} (${band})`),
    url
      ? h('a', { class: 'cx-source', href: url, target: '_blank', rel: 'noopener noreferrer', tabindex: -1 }, openLabel(t.sourceTable!))
      : h('span', { class: 'cx-source cx-muted' }, 'No source record')));
}

export function renderRow(row: TimelineRow, ctx: RowContext): HTMLElement {
  if (row.kind === 'day') {
    return h('div', { role: 'listitem', class: 'cx-row cx-day', 'data-day': row.key },
      h('h2', { class: 'cx-day-label' }, ctx.fmt.dayLabel(row.key)),
      h('span', { class: 'cx-day-count' }, row.count === 1 ? '1 touchpoint' : `${ctx.fmt.number(row.count)} touchpoints`));
  }
  return renderItem(row.touchpoint, row.position, ctx);
}

export function rowHeight(row: TimelineRow): number {
  return row.kind === 'day' ? DAY_ROW_HEIGHT : ITEM_ROW_HEIGHT;
}
