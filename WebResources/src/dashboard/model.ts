// The dashboard's facts, read from cx_casescore (one row per case: operational figures and the
// CSAT prediction), cx_feedback (every survey answer, anonymous ones included) and the touchpoints
// agents flagged as systemic issues. Three queries; every figure is computed from these rows in the
// browser, so a manager sees the data as it is now, not as of a nightly job.
import { choice, col, navigationOf, optionLabel } from '../shared/schema';
import { bool, expanded, formatted, lookupId, lookupName, lookupProperty, num, str, type Row } from '../shared/webapi';
import { parseDate } from '../shared/time';

const CS = {
  id: col('cx_casescore', 'cx_casescoreid'),
  name: col('cx_casescore', 'cx_name'),
  case: col('cx_casescore', 'cx_caseid'),
  contact: col('cx_casescore', 'cx_contactid'),
  journey: col('cx_casescore', 'cx_journeyid'),
  agent: col('cx_casescore', 'cx_agentid'),
  segment: col('cx_casescore', 'cx_segment'),
  channel: col('cx_casescore', 'cx_channel'),
  fcr: col('cx_casescore', 'cx_firstcontactresolution'),
  firstResponse: col('cx_casescore', 'cx_firstresponseminutes'),
  resolveBy: col('cx_casescore', 'cx_resolveby'),
  resolveByMet: col('cx_casescore', 'cx_resolvebymet'),
  resolvedOn: col('cx_casescore', 'cx_resolvedon'),
  csat: col('cx_casescore', 'cx_csat'),
  csatSource: col('cx_casescore', 'cx_csatsource'),
  predictedCsat: col('cx_casescore', 'cx_predictedcsat'),
  ces: col('cx_casescore', 'cx_ces'),
  cesSource: col('cx_casescore', 'cx_cessource'),
  predictedCes: col('cx_casescore', 'cx_predictedces'),
  composite: col('cx_casescore', 'cx_compositescore'),
  createdOn: col('cx_casescore', 'createdon'),
  followUpStatus: col('cx_casescore', 'cx_followupstatus'),
} as const;

const JOURNEY_OPEN_FOLLOWUPS = col('cx_journey', 'cx_openfollowups');
const journeyNav = navigationOf('cx_casescore', CS.journey);

export interface CaseFact {
  id: string;
  name: string;
  caseId: string | null;
  contactId: string | null;
  contactName: string | null;
  agentId: string | null;
  agentName: string | null;
  segment: number | null;
  channel: number | null;
  fcr: boolean | null;
  firstResponseMinutes: number | null;
  resolveBy: Date | null;
  resolveByMet: boolean | null;
  resolvedOn: Date | null;
  createdOn: Date | null;
  csat: number | null;
  csatSurveyed: boolean;
  predictedCsat: number | null;
  ces: number | null;
  cesSurveyed: boolean;
  predictedCes: number | null;
  composite: number | null;
  /** Open follow-up activities of the case's contact (the journey rollup); null when unknown. */
  openFollowUps: number | null;
  /** What the follow-up rules did on the case's latest event (created, held back and why). */
  followUpStatus: string | null;
}

export const caseScoreQuery = `?$select=${[
  CS.id, CS.name, lookupProperty(CS.case), lookupProperty(CS.contact), lookupProperty(CS.agent), CS.segment, CS.channel,
  CS.fcr, CS.firstResponse, CS.resolveBy, CS.resolveByMet, CS.resolvedOn, CS.csat, CS.csatSource, CS.predictedCsat,
  CS.ces, CS.cesSource, CS.predictedCes,
  CS.composite, CS.createdOn, CS.followUpStatus,
].join(',')}&$expand=${journeyNav}($select=${JOURNEY_OPEN_FOLLOWUPS})`;

const SURVEYED = choice('cx_scoresource', 'Surveyed');

export function toCaseFact(row: Row): CaseFact | null {
  const id = str(row, CS.id);
  if (!id) return null;
  const journey = expanded(row, journeyNav);
  return {
    id: id.toLowerCase(),
    name: str(row, CS.name) ?? '',
    caseId: lookupId(row, CS.case),
    contactId: lookupId(row, CS.contact),
    contactName: lookupName(row, CS.contact),
    agentId: lookupId(row, CS.agent),
    agentName: lookupName(row, CS.agent),
    segment: num(row, CS.segment),
    channel: num(row, CS.channel),
    fcr: bool(row, CS.fcr),
    firstResponseMinutes: num(row, CS.firstResponse),
    resolveBy: parseDate(row[CS.resolveBy]),
    resolveByMet: bool(row, CS.resolveByMet),
    resolvedOn: parseDate(row[CS.resolvedOn]),
    createdOn: parseDate(row[CS.createdOn]),
    csat: num(row, CS.csat),
    csatSurveyed: num(row, CS.csatSource) === SURVEYED,
    predictedCsat: num(row, CS.predictedCsat),
    ces: num(row, CS.ces),
    cesSurveyed: num(row, CS.cesSource) === SURVEYED,
    predictedCes: num(row, CS.predictedCes),
    composite: num(row, CS.composite),
    openFollowUps: journey ? num(journey, JOURNEY_OPEN_FOLLOWUPS) ?? 0 : null,
    followUpStatus: str(row, CS.followUpStatus),
  };
}

/** The date a case counts in for periods: when it was resolved, else when its score was created. */
export function casePeriodDate(c: CaseFact): Date | null {
  return c.resolvedOn ?? c.createdOn;
}

const FB = {
  id: col('cx_feedback', 'cx_feedbackid'),
  name: col('cx_feedback', 'cx_name'),
  csat: col('cx_feedback', 'cx_csat'),
  ces: col('cx_feedback', 'cx_ces'),
  nps: col('cx_feedback', 'cx_nps'),
  comment: col('cx_feedback', 'cx_comment'),
  channel: col('cx_feedback', 'cx_channel'),
  segment: col('cx_feedback', 'cx_segment'),
  contact: col('cx_feedback', 'cx_contactid'),
  case: col('cx_feedback', 'cx_caseid'),
  answeredOn: col('cx_feedback', 'cx_answeredon'),
  createdOn: col('cx_feedback', 'createdon'),
} as const;

export interface FeedbackFact {
  id: string;
  name: string;
  csat: number | null;
  ces: number | null;
  nps: number | null;
  comment: string | null;
  channel: number | null;
  segment: number | null;
  contactId: string | null;
  contactName: string | null;
  caseId: string | null;
  caseName: string | null;
  answeredOn: Date | null;
}

export const feedbackQuery = `?$select=${[
  FB.id, FB.name, FB.csat, FB.ces, FB.nps, FB.comment, FB.channel, FB.segment, lookupProperty(FB.contact),
  lookupProperty(FB.case), FB.answeredOn, FB.createdOn,
].join(',')}`;

export function toFeedbackFact(row: Row): FeedbackFact | null {
  const id = str(row, FB.id);
  if (!id) return null;
  return {
    id: id.toLowerCase(),
    name: str(row, FB.name) ?? '',
    csat: num(row, FB.csat),
    ces: num(row, FB.ces),
    nps: num(row, FB.nps),
    comment: str(row, FB.comment),
    channel: num(row, FB.channel),
    segment: num(row, FB.segment),
    contactId: lookupId(row, FB.contact),
    contactName: lookupName(row, FB.contact),
    caseId: lookupId(row, FB.case),
    caseName: lookupName(row, FB.case),
    answeredOn: parseDate(row[FB.answeredOn]) ?? parseDate(row[FB.createdOn]),
  };
}

const TP = {
  id: col('cx_touchpoint', 'cx_touchpointid'),
  name: col('cx_touchpoint', 'cx_name'),
  subject: col('cx_touchpoint', 'cx_subjectsummary'),
  note: col('cx_touchpoint', 'cx_systemicissuenote'),
  flag: col('cx_touchpoint', 'cx_systemicissue'),
  channel: col('cx_touchpoint', 'cx_channel'),
  occurredOn: col('cx_touchpoint', 'cx_occurredon'),
  agent: col('cx_touchpoint', 'cx_agentid'),
  contact: col('cx_touchpoint', 'cx_contactid'),
  sourceTable: col('cx_touchpoint', 'cx_sourcetable'),
  sourceId: col('cx_touchpoint', 'cx_sourceid'),
} as const;

export interface SystemicIssue {
  id: string;
  title: string;
  note: string | null;
  channelLabel: string;
  occurredOn: Date | null;
  agentName: string | null;
  contactName: string | null;
  sourceTable: string | null;
  sourceId: string | null;
}

export const systemicIssueQuery = `?$select=${[
  TP.id, TP.name, TP.subject, TP.note, TP.channel, TP.occurredOn, lookupProperty(TP.agent), lookupProperty(TP.contact),
  TP.sourceTable, TP.sourceId,
].join(',')}&$filter=${TP.flag} eq true&$orderby=${TP.occurredOn} desc`;

export function toSystemicIssue(row: Row): SystemicIssue | null {
  const id = str(row, TP.id);
  if (!id) return null;
  const subject = str(row, TP.subject);
  const channel = num(row, TP.channel);
  return {
    id: id.toLowerCase(),
    title: subject && subject.trim() !== '' ? subject : (str(row, TP.name) ?? ''),
    note: str(row, TP.note),
    channelLabel: formatted(row, TP.channel) ?? optionLabel('cx_channel', channel) ?? '—',
    occurredOn: parseDate(row[TP.occurredOn]),
    agentName: lookupName(row, TP.agent),
    contactName: lookupName(row, TP.contact),
    sourceTable: str(row, TP.sourceTable),
    sourceId: str(row, TP.sourceId),
  };
}
