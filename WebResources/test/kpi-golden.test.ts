import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeKpis } from '../src/dashboard/kpi';
import type { CaseFact, FeedbackFact } from '../src/dashboard/model';

// One KPI definition: the golden file holds case scores, survey answers and the figures they must give. The C# demo
// summary (Cli/Demo/DemoKpis.cs) is tested against the same file (tests/CxJourney.Cli.Tests/Demo/KpiGoldenTests.cs).
const golden = JSON.parse(readFileSync(fileURLToPath(new URL('../../tests/fixtures/kpi-golden.json', import.meta.url)), 'utf8'));

type Nullable<T> = T | null;
interface GoldenCase {
  resolvedOn: Nullable<string>; fcr: Nullable<boolean>; resolveBy: Nullable<string>; resolveByMet: Nullable<boolean>;
  firstResponseMinutes: Nullable<number>; csat: Nullable<number>; csatSurveyed: boolean; predictedCsat: Nullable<number>;
  ces: Nullable<number>; cesSurveyed: boolean; predictedCes: Nullable<number>;
}
interface GoldenAnswer { csat: Nullable<number>; ces: Nullable<number>; nps: Nullable<number> }

const date = (s: Nullable<string>) => (s === null ? null : new Date(s));

function caseFact(c: GoldenCase, i: number): CaseFact {
  return {
    id: `score-${i}`, name: `Case ${i}`, caseId: `case-${i}`, contactId: null, contactName: null, agentId: null, agentName: null,
    segment: null, channel: null, fcr: c.fcr, firstResponseMinutes: c.firstResponseMinutes, resolveBy: date(c.resolveBy),
    resolveByMet: c.resolveByMet, resolvedOn: date(c.resolvedOn), createdOn: null, csat: c.csat, csatSurveyed: c.csatSurveyed,
    predictedCsat: c.predictedCsat, ces: c.ces, cesSurveyed: c.cesSurveyed, predictedCes: c.predictedCes, composite: null,
    openFollowUps: null, followUpStatus: null,
  };
}

function answer(f: GoldenAnswer, i: number): FeedbackFact {
  return {
    id: `answer-${i}`, name: `Answer ${i}`, csat: f.csat, ces: f.ces, nps: f.nps, comment: null, channel: null, segment: null,
    contactId: null, contactName: null, caseId: null, caseName: null, answeredOn: null,
  };
}

describe('the golden KPI fixture', () => {
  it('gives the expected figures through the dashboard definitions', () => {
    const cases = (golden.cases as GoldenCase[]).map(caseFact);
    const k = computeKpis(cases, (golden.feedback as GoldenAnswer[]).map(answer), new Date(golden.now));
    const percent = (rate: number | null) => (rate === null ? null : 100 * rate);
    const actual: Record<string, number | null> = {
      casesScored: cases.length,
      answers: golden.feedback.length,
      csatAverage: k.csat.average,
      csatTop2Percent: percent(k.csat.top2Box),
      nps: k.nps.score,
      cesAverage: k.ces.average,
      fcrPercent: percent(k.fcr.rate),
      resolveByMetPercent: percent(k.resolveBy.rate),
      firstResponseMinutesMedian: k.firstResponse.median,
      csatPredictionMae: k.prediction.mae,
      csatBaselineMae: k.prediction.baselineMae,
      cesPredictionMae: k.cesPrediction.mae,
      cesBaselineMae: k.cesPrediction.baselineMae,
    };
    const expected = golden.expected as Record<string, number>;
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) {
      expect(actual[name], name).not.toBeNull();
      expect(actual[name]!, name).toBeCloseTo(value, 5);
    }
  });
});
