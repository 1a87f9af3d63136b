// The CX figures. Definitions (the e2e host computes the same ones independently in C#):
//  CSAT        surveyed answers 1-5 (cx_feedback.cx_csat): average, and top-2-box = share of 4s and 5s.
//  NPS         answers 0-10 (cx_feedback.cx_nps): % promoters (9-10) − % detractors (0-6), −100..100.
//  CES         surveyed answers 1-7 (cx_feedback.cx_ces): average (lower is better).
//  FCR         resolved cases (cx_resolvedon set) with cx_firstcontactresolution known: share resolved first time.
//  First resp. median of cx_firstresponseminutes over cases that have one.
//  Resolve-by  cases with cx_resolvebymet known, except open cases not yet due (cx_resolvedon empty and
//              cx_resolveby still ahead, which the score stores as No): share met.
//  Prediction  cases whose CSAT (CES) was surveyed and which kept the model's prediction: mean absolute error
//              |surveyed − predicted| and bias (mean surveyed − predicted); the baseline is the mean absolute error
//              of always answering the mean of those same surveyed values.
// tests/fixtures/kpi-golden.json holds data and expected figures that this file and Cli/Demo/DemoKpis.cs are
// both tested against: one definition, two implementations held together.
import { optionLabel } from '../shared/schema';
import { periodKey, type Granularity } from '../shared/time';
import { casePeriodDate, type CaseFact, type FeedbackFact } from './model';

export interface CsatFigures { count: number; average: number | null; top2Box: number | null }
export interface NpsFigures { count: number; promoters: number; passives: number; detractors: number; score: number | null }
export interface MeanFigures { count: number; average: number | null }
export interface RateFigures { count: number; met: number; rate: number | null }
export interface MedianFigures { count: number; median: number | null }
export interface PredictionFigures { count: number; mae: number | null; bias: number | null; baselineMae: number | null }

export interface Kpis {
  csat: CsatFigures;
  nps: NpsFigures;
  ces: MeanFigures;
  fcr: RateFigures;
  firstResponse: MedianFigures;
  resolveBy: RateFigures;
  prediction: PredictionFigures;
  cesPrediction: PredictionFigures;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function csatFigures(answers: readonly number[]): CsatFigures {
  const count = answers.length;
  return {
    count,
    average: mean(answers),
    top2Box: count === 0 ? null : answers.filter((a) => a >= 4).length / count,
  };
}

export function npsFigures(answers: readonly number[]): NpsFigures {
  const count = answers.length;
  const promoters = answers.filter((a) => a >= 9).length;
  const detractors = answers.filter((a) => a <= 6).length;
  return {
    count,
    promoters,
    passives: count - promoters - detractors,
    detractors,
    score: count === 0 ? null : (100 * (promoters - detractors)) / count,
  };
}

export function cesFigures(answers: readonly number[]): MeanFigures {
  return { count: answers.length, average: mean(answers) };
}

export function fcrFigures(cases: readonly CaseFact[]): RateFigures {
  const resolved = cases.filter((c) => c.resolvedOn !== null && c.fcr !== null);
  const met = resolved.filter((c) => c.fcr === true).length;
  return { count: resolved.length, met, rate: resolved.length === 0 ? null : met / resolved.length };
}

export function firstResponseFigures(cases: readonly CaseFact[]): MedianFigures {
  const minutes = cases.map((c) => c.firstResponseMinutes).filter((m): m is number => m !== null);
  return { count: minutes.length, median: median(minutes) };
}

/** Whether a case counts for resolve-by met at `now` (see the definitions above). */
export function isResolveByDecided(c: CaseFact, now: Date): boolean {
  if (c.resolveByMet === null) return false;
  if (c.resolvedOn === null && c.resolveBy !== null && c.resolveBy.getTime() > now.getTime()) return false;
  return true;
}

export function resolveByFigures(cases: readonly CaseFact[], now: Date): RateFigures {
  const decided = cases.filter((c) => isResolveByDecided(c, now));
  const met = decided.filter((c) => c.resolveByMet === true).length;
  return { count: decided.length, met, rate: decided.length === 0 ? null : met / decided.length };
}

function prediction(pairs: readonly { actual: number; predicted: number }[]): PredictionFigures {
  const errors = pairs.map((p) => p.actual - p.predicted);
  const average = mean(pairs.map((p) => p.actual));
  return {
    count: errors.length,
    mae: mean(errors.map(Math.abs)),
    bias: mean(errors),
    baselineMae: average === null ? null : mean(pairs.map((p) => Math.abs(p.actual - average))),
  };
}

export function predictionFigures(cases: readonly CaseFact[]): PredictionFigures {
  return prediction(cases
    .filter((c) => c.csatSurveyed && c.csat !== null && c.predictedCsat !== null)
    .map((c) => ({ actual: c.csat!, predicted: c.predictedCsat! })));
}

export function cesPredictionFigures(cases: readonly CaseFact[]): PredictionFigures {
  return prediction(cases
    .filter((c) => c.cesSurveyed && c.ces !== null && c.predictedCes !== null)
    .map((c) => ({ actual: c.ces!, predicted: c.predictedCes! })));
}

function answers(feedback: readonly FeedbackFact[], pick: (f: FeedbackFact) => number | null): number[] {
  const out: number[] = [];
  for (const f of feedback) {
    const v = pick(f);
    if (v !== null) out.push(v);
  }
  return out;
}

export function computeKpis(cases: readonly CaseFact[], feedback: readonly FeedbackFact[], now: Date): Kpis {
  return {
    csat: csatFigures(answers(feedback, (f) => f.csat)),
    nps: npsFigures(answers(feedback, (f) => f.nps)),
    ces: cesFigures(answers(feedback, (f) => f.ces)),
    fcr: fcrFigures(cases),
    firstResponse: firstResponseFigures(cases),
    resolveBy: resolveByFigures(cases, now),
    prediction: predictionFigures(cases),
    cesPrediction: cesPredictionFigures(cases),
  };
}

export type Dimension = 'segment' | 'channel' | 'agent' | 'period';

export interface BreakdownOptions {
  timeZone: string;
  granularity: Granularity;
  now: Date;
}

export interface Group {
  key: string;
  label: string;
  kpis: Kpis;
}

export const NONE_KEY = '(none)';

interface Keyed { key: string; label: string }

/**
 * Splits the facts by one dimension and computes the figures of each group. A survey answer takes
 * the agent of the case it is about (the case's score names the agent); periods are calendar
 * periods in the user's zone; rows without a value form a "(none)" group, listed last.
 */
export function breakdown(cases: readonly CaseFact[], feedback: readonly FeedbackFact[], dimension: Dimension, options: BreakdownOptions): Group[] {
  const agentOfCase = new Map<string, Keyed>();
  for (const c of cases) if (c.caseId && c.agentId) agentOfCase.set(c.caseId, { key: c.agentId, label: c.agentName ?? c.agentId });

  const choiceKey = (set: 'cx_segment' | 'cx_channel', value: number | null): Keyed | null =>
    value === null ? null : { key: String(value), label: optionLabel(set, value) ?? String(value) };
  const periodOf = (d: Date | null): Keyed | null => {
    if (!d) return null;
    const key = periodKey(d, options.timeZone, options.granularity);
    return { key, label: key };
  };

  const caseKey = (c: CaseFact): Keyed | null => {
    switch (dimension) {
      case 'segment': return choiceKey('cx_segment', c.segment);
      case 'channel': return choiceKey('cx_channel', c.channel);
      case 'agent': return c.agentId ? { key: c.agentId, label: c.agentName ?? c.agentId } : null;
      case 'period': return periodOf(casePeriodDate(c));
    }
  };
  const feedbackKey = (f: FeedbackFact): Keyed | null => {
    switch (dimension) {
      case 'segment': return choiceKey('cx_segment', f.segment);
      case 'channel': return choiceKey('cx_channel', f.channel);
      case 'agent': return f.caseId ? agentOfCase.get(f.caseId) ?? null : null;
      case 'period': return periodOf(f.answeredOn);
    }
  };

  const groups = new Map<string, { label: string; cases: CaseFact[]; feedback: FeedbackFact[] }>();
  const groupOf = (k: Keyed | null) => {
    const key = k?.key ?? NONE_KEY;
    let g = groups.get(key);
    if (!g) {
      g = { label: k?.label ?? NONE_KEY, cases: [], feedback: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const c of cases) groupOf(caseKey(c)).cases.push(c);
  for (const f of feedback) groupOf(feedbackKey(f)).feedback.push(f);

  const result = [...groups.entries()].map(([key, g]) => ({ key, label: g.label, kpis: computeKpis(g.cases, g.feedback, options.now) }));
  const choiceOrder = (key: string) => (key === NONE_KEY ? Number.POSITIVE_INFINITY : Number(key));
  result.sort((a, b) => {
    if ((a.key === NONE_KEY) !== (b.key === NONE_KEY)) return a.key === NONE_KEY ? 1 : -1;
    if (dimension === 'period') return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    if (dimension === 'agent') return a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1);
    return choiceOrder(a.key) - choiceOrder(b.key);
  });
  return result;
}

export interface DateRange {
  start: Date | null;
  end: Date | null;
}

/** Keeps facts whose period date lies in [start, end). */
export function withinRange(cases: readonly CaseFact[], feedback: readonly FeedbackFact[], range: DateRange): { cases: CaseFact[]; feedback: FeedbackFact[] } {
  const inside = (d: Date | null) => {
    if (range.start === null && range.end === null) return true;
    if (!d) return false;
    if (range.start && d.getTime() < range.start.getTime()) return false;
    if (range.end && d.getTime() >= range.end.getTime()) return false;
    return true;
  };
  return { cases: cases.filter((c) => inside(casePeriodDate(c))), feedback: feedback.filter((f) => inside(f.answeredOn)) };
}

/** Poor cases as the poor-case follow-up rule sees them: CSAT (surveyed or predicted) at most 2. */
export const POOR_CSAT = 2;
/** NPS detractors answer 0-6. */
export const DETRACTOR_NPS = 6;

export function poorCases(cases: readonly CaseFact[]): CaseFact[] {
  return cases.filter((c) => c.csat !== null && c.csat <= POOR_CSAT)
    .sort((a, b) => (casePeriodDate(b)?.getTime() ?? 0) - (casePeriodDate(a)?.getTime() ?? 0));
}

export function detractors(feedback: readonly FeedbackFact[]): FeedbackFact[] {
  return feedback.filter((f) => f.nps !== null && f.nps <= DETRACTOR_NPS)
    .sort((a, b) => (b.answeredOn?.getTime() ?? 0) - (a.answeredOn?.getTime() ?? 0));
}

/** What the follow-up rules did, per case id (the case score's follow-up status). */
export function followUpStatusByCase(cases: readonly CaseFact[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of cases) if (c.caseId && c.followUpStatus) map.set(c.caseId, c.followUpStatus);
  return map;
}

/** Open follow-ups per contact, from the journeys the case scores expanded. */
export function openFollowUpsByContact(cases: readonly CaseFact[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of cases) if (c.contactId && c.openFollowUps !== null) map.set(c.contactId, c.openFollowUps);
  return map;
}
