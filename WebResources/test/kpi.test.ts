import { describe, expect, it } from 'vitest';
import {
  breakdown, cesFigures, computeKpis, csatFigures, detractors, fcrFigures, firstResponseFigures, median, npsFigures,
  openFollowUpsByContact, poorCases, predictionFigures, resolveByFigures, withinRange,
} from '../src/dashboard/kpi';
import type { CaseFact, FeedbackFact } from '../src/dashboard/model';
import { choice } from '../src/shared/schema';

const RETAIL = choice('cx_segment', 'Retail');
const ENTERPRISE = choice('cx_segment', 'Enterprise');
const EMAIL = choice('cx_channel', 'Email');
const PHONE = choice('cx_channel', 'Phone');
const KIOSK = choice('cx_channel', 'In-store kiosk');
const NOW = new Date('2025-06-30T12:00:00Z');

function caseFact(id: string, f: Partial<CaseFact> = {}): CaseFact {
  return {
    id, name: `Case ${id}`, caseId: `case-${id}`, contactId: `contact-${id}`, contactName: null, agentId: null, agentName: null,
    segment: RETAIL, channel: EMAIL, fcr: null, firstResponseMinutes: null, resolveBy: null, resolveByMet: null, resolvedOn: null,
    createdOn: new Date('2025-05-01T10:00:00Z'), csat: null, csatSurveyed: false, predictedCsat: null, ces: null, cesSurveyed: false, predictedCes: null, composite: null, openFollowUps: null, followUpStatus: null,
    ...f,
  };
}

function answer(id: string, f: Partial<FeedbackFact> = {}): FeedbackFact {
  return {
    id, name: id, csat: null, ces: null, nps: null, comment: null, channel: KIOSK, segment: RETAIL, contactId: null, contactName: null,
    caseId: null, caseName: null, answeredOn: new Date('2025-05-10T10:00:00Z'), ...f,
  };
}

describe('survey figures', () => {
  it('CSAT: average and top-2-box (4s and 5s)', () => {
    expect(csatFigures([5, 4, 3, 1])).toEqual({ count: 4, average: 3.25, top2Box: 0.5 });
    expect(csatFigures([])).toEqual({ count: 0, average: null, top2Box: null });
  });

  it('NPS: % promoters (9-10) minus % detractors (0-6)', () => {
    const f = npsFigures([10, 9, 8, 7, 6, 0, 10, 3]);
    expect(f).toMatchObject({ count: 8, promoters: 3, passives: 2, detractors: 3 });
    expect(f.score).toBe(0);
    expect(npsFigures([10, 9, 7]).score).toBeCloseTo(66.6667, 3);
    expect(npsFigures([6]).score).toBe(-100);
    expect(npsFigures([]).score).toBeNull();
  });

  it('CES: plain average', () => {
    expect(cesFigures([2, 3, 7])).toEqual({ count: 3, average: 4 });
  });
});

describe('case figures', () => {
  it('FCR counts resolved cases only', () => {
    const cases = [
      caseFact('a', { resolvedOn: NOW, fcr: true }),
      caseFact('b', { resolvedOn: NOW, fcr: false }),
      caseFact('c', { resolvedOn: NOW, fcr: true }),
      caseFact('d', { resolvedOn: null, fcr: false }), // open: not yet a resolution
    ];
    expect(fcrFigures(cases)).toEqual({ count: 3, met: 2, rate: 2 / 3 });
  });

  it('first response: median, even counts take the middle mean', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(firstResponseFigures([caseFact('a', { firstResponseMinutes: 30 }), caseFact('b'), caseFact('c', { firstResponseMinutes: 90 })]))
      .toEqual({ count: 2, median: 60 });
  });

  it('resolve-by met leaves out open cases that are not yet due', () => {
    const cases = [
      caseFact('met', { resolvedOn: new Date('2025-06-01T00:00:00Z'), resolveBy: new Date('2025-06-02T00:00:00Z'), resolveByMet: true }),
      caseFact('late', { resolvedOn: new Date('2025-06-03T00:00:00Z'), resolveBy: new Date('2025-06-02T00:00:00Z'), resolveByMet: false }),
      caseFact('overdue', { resolveBy: new Date('2025-06-29T00:00:00Z'), resolveByMet: false }),
      caseFact('not-due', { resolveBy: new Date('2025-07-05T00:00:00Z'), resolveByMet: false }),
      caseFact('unknown'),
    ];
    expect(resolveByFigures(cases, NOW)).toEqual({ count: 3, met: 1, rate: 1 / 3 });
  });

  it('prediction accuracy compares surveyed CSAT with the kept prediction', () => {
    const cases = [
      caseFact('a', { csat: 5, csatSurveyed: true, predictedCsat: 4.2 }),
      caseFact('b', { csat: 2, csatSurveyed: true, predictedCsat: 3.5 }),
      caseFact('c', { csat: 3.1, csatSurveyed: false, predictedCsat: 3.1 }), // still a prediction: not compared
      caseFact('d', { csat: 4, csatSurveyed: true, predictedCsat: null }),
    ];
    const p = predictionFigures(cases);
    expect(p.count).toBe(2);
    expect(p.mae).toBeCloseTo((0.8 + 1.5) / 2, 10);
    expect(p.bias).toBeCloseTo((0.8 - 1.5) / 2, 10);
    // Baseline: always the mean of the compared answers (3.5): |5 − 3.5| and |2 − 3.5|.
    expect(p.baselineMae).toBeCloseTo(1.5, 10);
  });
});

describe('breakdowns', () => {
  const cases = [
    caseFact('1', { agentId: 'u1', agentName: 'Avery', segment: RETAIL, channel: EMAIL, resolvedOn: new Date('2025-04-30T23:30:00Z'), fcr: true }),
    caseFact('2', { agentId: 'u2', agentName: 'Blake', segment: ENTERPRISE, channel: PHONE, resolvedOn: new Date('2025-05-15T10:00:00Z'), fcr: false }),
    caseFact('3', { agentId: 'u1', agentName: 'Avery', segment: null, channel: PHONE, resolvedOn: new Date('2025-05-20T10:00:00Z'), fcr: true }),
  ];
  const feedback = [
    answer('f1', { csat: 5, caseId: 'case-1', answeredOn: new Date('2025-04-10T10:00:00Z') }),
    answer('f2', { csat: 2, caseId: 'case-2', segment: ENTERPRISE, channel: choice('cx_channel', 'Survey') }),
    answer('f3', { csat: 4, nps: 3 }), // anonymous kiosk answer: no case, no agent
  ];
  const options = { timeZone: 'UTC', granularity: 'month' as const, now: NOW };

  it('by agent: an answer takes the agent of its case; answers without a case have none', () => {
    const groups = breakdown(cases, feedback, 'agent', options);
    expect(groups.map((g) => [g.key, g.label, g.kpis.csat.count, g.kpis.fcr.count])).toEqual([
      ['u1', 'Avery', 1, 2], ['u2', 'Blake', 1, 1], ['(none)', '(none)', 1, 0],
    ]);
    expect(groups[0]!.kpis.fcr.rate).toBe(1);
  });

  it('by segment and channel in option order, "(none)" last', () => {
    expect(breakdown(cases, feedback, 'segment', options).map((g) => [g.label, g.kpis.csat.count, g.kpis.fcr.count])).toEqual([
      ['Retail', 2, 1], ['Enterprise', 1, 1], ['(none)', 0, 1],
    ]);
    expect(breakdown(cases, feedback, 'channel', options).map((g) => g.label)).toEqual(['Email', 'Phone', 'In-store kiosk', 'Survey']);
  });

  it('by period in the user zone, in time order', () => {
    const utc = breakdown(cases, feedback, 'period', options).map((g) => `${g.key}:${g.kpis.fcr.count}/${g.kpis.csat.count}`);
    expect(utc).toEqual(['2025-04:1/1', '2025-05:2/2']);
    const berlin = breakdown(cases, feedback, 'period', { ...options, timeZone: 'Europe/Berlin' }).map((g) => `${g.key}:${g.kpis.fcr.count}`);
    expect(berlin).toEqual(['2025-04:0', '2025-05:3']); // case 1 resolved 01:30 on 1 May in Berlin
  });

  it('group figures add up to the totals', () => {
    const total = computeKpis(cases, feedback, NOW);
    for (const dim of ['segment', 'channel', 'agent', 'period'] as const) {
      const groups = breakdown(cases, feedback, dim, options);
      expect(groups.reduce((n, g) => n + g.kpis.csat.count, 0)).toBe(total.csat.count);
      expect(groups.reduce((n, g) => n + g.kpis.fcr.met, 0)).toBe(total.fcr.met);
    }
  });

  it('filters by date range on the resolution or answer date', () => {
    const r = withinRange(cases, feedback, { start: new Date('2025-05-01T00:00:00Z'), end: new Date('2025-06-01T00:00:00Z') });
    expect(r.cases.map((c) => c.id)).toEqual(['2', '3']);
    expect(r.feedback.map((f) => f.id)).toEqual(['f2', 'f3']);
    expect(withinRange(cases, feedback, { start: null, end: null }).cases).toHaveLength(3);
  });
});

describe('lists', () => {
  it('poor cases have CSAT at most 2, detractors NPS at most 6, newest first', () => {
    const cases = [caseFact('a', { csat: 2 }), caseFact('b', { csat: 2.01 }), caseFact('c', { csat: 1.4, resolvedOn: new Date('2025-06-01T00:00:00Z') })];
    expect(poorCases(cases).map((c) => c.id)).toEqual(['c', 'a']);
    const answers = [answer('x', { nps: 7 }), answer('y', { nps: 6 }), answer('z', { nps: 0, answeredOn: new Date('2025-06-01T00:00:00Z') })];
    expect(detractors(answers).map((f) => f.id)).toEqual(['z', 'y']);
  });

  it('follow-up status per contact comes from the expanded journeys', () => {
    const map = openFollowUpsByContact([caseFact('a', { openFollowUps: 2 }), caseFact('b', { openFollowUps: null })]);
    expect(map.get('contact-a')).toBe(2);
    expect(map.has('contact-b')).toBe(false);
  });
});
