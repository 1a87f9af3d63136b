// Touchpoints, the contact's journey and the case's score as the timeline shows them, read from
// Web API rows of cx_touchpoint, cx_journey and cx_casescore.
import { col, choice, optionLabel } from '../shared/schema';
import { bool, expanded, formatted, lookupId, lookupName, lookupProperty, num, str, type Row } from '../shared/webapi';
import { parseDate } from '../shared/time';
import { navigationOf } from '../shared/schema';

export const TP = {
  id: col('cx_touchpoint', 'cx_touchpointid'),
  name: col('cx_touchpoint', 'cx_name'),
  subject: col('cx_touchpoint', 'cx_subjectsummary'),
  contact: col('cx_touchpoint', 'cx_contactid'),
  case: col('cx_touchpoint', 'cx_caseid'),
  channel: col('cx_touchpoint', 'cx_channel'),
  direction: col('cx_touchpoint', 'cx_direction'),
  kind: col('cx_touchpoint', 'cx_kind'),
  status: col('cx_touchpoint', 'cx_status'),
  occurredOn: col('cx_touchpoint', 'cx_occurredon'),
  sentiment: col('cx_touchpoint', 'cx_sentiment'),
  agent: col('cx_touchpoint', 'cx_agentid'),
  sourceTable: col('cx_touchpoint', 'cx_sourcetable'),
  sourceId: col('cx_touchpoint', 'cx_sourceid'),
  systemicIssue: col('cx_touchpoint', 'cx_systemicissue'),
  systemicIssueNote: col('cx_touchpoint', 'cx_systemicissuenote'),
  nps: col('cx_touchpoint', 'cx_nps'),
  csat: col('cx_touchpoint', 'cx_csat'),
} as const;

export interface Touchpoint {
  id: string;
  /** What the timeline shows as the line's text: the source's subject, else the touchpoint's name. */
  title: string;
  channel: number | null;
  channelLabel: string;
  direction: number | null;
  directionLabel: string;
  kind: number | null;
  kindLabel: string;
  /**
   * Whether the moment happened: 'planned' (a call logged open) and 'cancelled' (a call or appointment called off)
   * are shown, marked, but counted nowhere. Rows recorded before statuses existed have none: 'happened'.
   */
  status: TouchpointStatus;
  /** True for a row recorded before statuses existed (issue 17): it may duplicate its record's moment. */
  legacy: boolean;
  occurredOn: Date;
  sentiment: number | null;
  agentName: string | null;
  sourceTable: string | null;
  sourceId: string | null;
  caseId: string | null;
  systemicIssue: boolean;
  nps: number | null;
  csat: number | null;
}

export type TouchpointStatus = 'planned' | 'happened' | 'cancelled';

/** cx_touchpointstatus option values (Solution/OptionSets/cx_touchpointstatus.xml). */
const STATUS_PLANNED = 617500000;
const STATUS_CANCELLED = 617500002;
const KIND_CREATED = 617500000;
const KIND_COMPLETED = 617500001;
const DIRECTION_INBOUND = 617500000;

function statusOf(value: number | null): TouchpointStatus {
  return value === STATUS_PLANNED ? 'planned' : value === STATUS_CANCELLED ? 'cancelled' : 'happened';
}

export const touchpointSelect = [
  TP.id, TP.name, TP.subject, TP.channel, TP.direction, TP.kind, TP.status, TP.occurredOn, TP.sentiment,
  lookupProperty(TP.agent), TP.sourceTable, TP.sourceId, lookupProperty(TP.case), TP.systemicIssue, TP.nps, TP.csat,
].join(',');

/** A Web API row as a touchpoint; null when it lacks an id or a readable time. */
export function toTouchpoint(row: Row): Touchpoint | null {
  const id = str(row, TP.id);
  const occurredOn = parseDate(row[TP.occurredOn]);
  if (!id || !occurredOn) return null;
  const channel = num(row, TP.channel);
  const direction = num(row, TP.direction);
  const kind = num(row, TP.kind);
  const subject = str(row, TP.subject);
  return {
    id: id.toLowerCase(),
    title: subject && subject.trim() !== '' ? subject : (str(row, TP.name) ?? ''),
    channel,
    channelLabel: formatted(row, TP.channel) ?? optionLabel('cx_channel', channel) ?? '—',
    direction,
    directionLabel: formatted(row, TP.direction) ?? optionLabel('cx_direction', direction) ?? '—',
    kind,
    kindLabel: formatted(row, TP.kind) ?? optionLabel('cx_touchpointkind', kind) ?? '',
    status: statusOf(num(row, TP.status)),
    legacy: row[TP.status] === undefined || row[TP.status] === null,
    occurredOn,
    sentiment: num(row, TP.sentiment),
    agentName: lookupName(row, TP.agent),
    sourceTable: str(row, TP.sourceTable),
    sourceId: str(row, TP.sourceId),
    caseId: lookupId(row, TP.case),
    systemicIssue: bool(row, TP.systemicIssue) === true,
    nps: num(row, TP.nps),
    csat: num(row, TP.csat),
  };
}

/** Newest first; equal times by id descending, the same order the query asks the server for. */
export function compareNewestFirst(a: Touchpoint, b: Touchpoint): number {
  const dt = b.occurredOn.getTime() - a.occurredOn.getTime();
  if (dt !== 0) return dt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Adds a page to what is loaded: duplicates (same id) replaced, order kept newest first, and one row per
 * interaction: rows recorded before issue 17 could record one moment twice (an email "created" and "completed", a
 * call created and completed, at the same instant). Of such legacy twins (same source record, same instant) the
 * row naming the moment is kept: Created for an inbound message (received), Completed otherwise (sent, made).
 */
export function mergeTouchpoints(loaded: readonly Touchpoint[], page: readonly Touchpoint[]): Touchpoint[] {
  const byId = new Map<string, Touchpoint>();
  for (const t of loaded) byId.set(t.id, t);
  for (const t of page) byId.set(t.id, t);
  const moments = new Map<string, Touchpoint>();
  const kept: Touchpoint[] = [];
  for (const t of [...byId.values()].sort(compareNewestFirst)) {
    if (!t.legacy || !t.sourceTable || !t.sourceId) {
      kept.push(t);
      continue;
    }
    const key = `${t.sourceTable}|${t.sourceId}|${t.occurredOn.getTime()}`;
    const seen = moments.get(key);
    if (!seen) {
      moments.set(key, t);
      kept.push(t);
    } else if (momentRank(t) > momentRank(seen)) {
      moments.set(key, t);
      kept[kept.indexOf(seen)] = t;
    }
  }
  return kept;
}

function momentRank(t: Touchpoint): number {
  const moment = t.direction === DIRECTION_INBOUND ? KIND_CREATED : KIND_COMPLETED;
  return t.kind === moment ? 1 : 0;
}

const J = {
  id: col('cx_journey', 'cx_journeyid'),
  name: col('cx_journey', 'cx_name'),
  contact: col('cx_journey', 'cx_contactid'),
  health: col('cx_journey', 'cx_healthscore'),
  stage: col('cx_journey', 'cx_stage'),
  stageReason: col('cx_journey', 'cx_stagereason'),
  npsCategory: col('cx_journey', 'cx_npscategory'),
  latestCsat: col('cx_journey', 'cx_latestcsat'),
  latestCes: col('cx_journey', 'cx_latestces'),
  latestNps: col('cx_journey', 'cx_latestnps'),
  openFollowUps: col('cx_journey', 'cx_openfollowups'),
  total: col('cx_journey', 'cx_totaltouchpoints'),
  lastTouchpointOn: col('cx_journey', 'cx_lasttouchpointon'),
  waitingSince: col('cx_journey', 'cx_waitingforreplysince'),
  openCases: col('cx_journey', 'cx_opencases'),
} as const;

export const journeySelect = [
  J.id, J.name, J.health, J.stage, J.stageReason, J.npsCategory, J.latestCsat, J.latestCes, J.latestNps,
  J.openFollowUps, J.total, J.lastTouchpointOn, J.waitingSince, J.openCases,
].join(',');

export interface JourneySummary {
  name: string;
  health: number | null;
  stageLabel: string | null;
  stageReason: string | null;
  npsCategory: number | null;
  npsCategoryLabel: string | null;
  latestCsat: number | null;
  latestCes: number | null;
  latestNps: number | null;
  openFollowUps: number;
  totalTouchpoints: number | null;
  lastTouchpointOn: Date | null;
  waitingSince: Date | null;
  openCases: number | null;
}

export function toJourney(row: Row): JourneySummary {
  const category = num(row, J.npsCategory);
  return {
    name: str(row, J.name) ?? '',
    health: num(row, J.health),
    stageLabel: formatted(row, J.stage) ?? optionLabel('cx_journeystage', num(row, J.stage)),
    stageReason: str(row, J.stageReason),
    npsCategory: category,
    npsCategoryLabel: formatted(row, J.npsCategory) ?? optionLabel('cx_npscategory', category),
    latestCsat: num(row, J.latestCsat),
    latestCes: num(row, J.latestCes),
    latestNps: num(row, J.latestNps),
    openFollowUps: num(row, J.openFollowUps) ?? 0,
    totalTouchpoints: num(row, J.total),
    lastTouchpointOn: parseDate(row[J.lastTouchpointOn]),
    waitingSince: parseDate(row[J.waitingSince]),
    openCases: num(row, J.openCases),
  };
}

/** The journey of one contact: cx_journey has one row per contact (alternate key cx_journey_contact). */
export function journeyQuery(contactId: string): string {
  return `?$select=${journeySelect}&$filter=${lookupProperty(J.contact)} eq ${contactId}`;
}

const CS = {
  id: col('cx_casescore', 'cx_casescoreid'),
  name: col('cx_casescore', 'cx_name'),
  case: col('cx_casescore', 'cx_caseid'),
  journey: col('cx_casescore', 'cx_journeyid'),
  csat: col('cx_casescore', 'cx_csat'),
  csatSource: col('cx_casescore', 'cx_csatsource'),
  predictedCsat: col('cx_casescore', 'cx_predictedcsat'),
  ces: col('cx_casescore', 'cx_ces'),
  cesSource: col('cx_casescore', 'cx_cessource'),
  nps: col('cx_casescore', 'cx_nps'),
  npsCategory: col('cx_casescore', 'cx_npscategory'),
  fcr: col('cx_casescore', 'cx_firstcontactresolution'),
  firstResponse: col('cx_casescore', 'cx_firstresponseminutes'),
  resolveBy: col('cx_casescore', 'cx_resolveby'),
  resolveByMet: col('cx_casescore', 'cx_resolvebymet'),
  resolvedOn: col('cx_casescore', 'cx_resolvedon'),
  composite: col('cx_casescore', 'cx_compositescore'),
  explanation: col('cx_casescore', 'cx_csatexplanation'),
} as const;

export interface CaseSummary {
  name: string;
  csat: number | null;
  csatSourceLabel: string | null;
  csatPredicted: boolean;
  ces: number | null;
  cesSourceLabel: string | null;
  nps: number | null;
  npsCategoryLabel: string | null;
  fcr: boolean | null;
  firstResponseMinutes: number | null;
  resolveBy: Date | null;
  resolveByMet: boolean | null;
  resolvedOn: Date | null;
  composite: number | null;
  csatExplanation: string | null;
  journey: JourneySummary | null;
}

const journeyNav = navigationOf('cx_casescore', CS.journey);

export function caseScoreQuery(caseId: string): string {
  const select = [
    CS.id, CS.name, CS.csat, CS.csatSource, CS.predictedCsat, CS.ces, CS.cesSource, CS.nps, CS.npsCategory, CS.fcr,
    CS.firstResponse, CS.resolveBy, CS.resolveByMet, CS.resolvedOn, CS.composite, CS.explanation,
  ].join(',');
  return `?$select=${select}&$filter=${lookupProperty(CS.case)} eq ${caseId}&$expand=${journeyNav}($select=${journeySelect})`;
}

export function toCaseSummary(row: Row): CaseSummary {
  const csatSource = num(row, CS.csatSource);
  const cesSource = num(row, CS.cesSource);
  const npsCategory = num(row, CS.npsCategory);
  const journeyRow = expanded(row, journeyNav);
  return {
    name: str(row, CS.name) ?? '',
    csat: num(row, CS.csat),
    csatSourceLabel: formatted(row, CS.csatSource) ?? optionLabel('cx_scoresource', csatSource),
    csatPredicted: csatSource === choice('cx_scoresource', 'Predicted'),
    ces: num(row, CS.ces),
    cesSourceLabel: formatted(row, CS.cesSource) ?? optionLabel('cx_scoresource', cesSource),
    nps: num(row, CS.nps),
    npsCategoryLabel: formatted(row, CS.npsCategory) ?? optionLabel('cx_npscategory', npsCategory),
    fcr: bool(row, CS.fcr),
    firstResponseMinutes: num(row, CS.firstResponse),
    resolveBy: parseDate(row[CS.resolveBy]),
    resolveByMet: bool(row, CS.resolveByMet),
    resolvedOn: parseDate(row[CS.resolvedOn]),
    composite: num(row, CS.composite),
    csatExplanation: str(row, CS.explanation),
    journey: journeyRow ? toJourney(journeyRow) : null,
  };
}
