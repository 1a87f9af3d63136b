import { describe, expect, it } from 'vitest';
import { toCaseSummary, toJourney, toTouchpoint } from '../src/timeline/model';
import { toCaseFact, toFeedbackFact, toSystemicIssue } from '../src/dashboard/model';
import { FV, guid, touchpointRow } from './fakes';

describe('rows to view models', () => {
  it('a touchpoint takes labels from formatted values, else from the solution\'s choices', () => {
    const t = toTouchpoint(touchpointRow(7, { channel: 617500003, channelLabel: 'Live chat', agent: 'Avery', subject: '  ', name: 'Inbound chat' }))!;
    expect(t.channelLabel).toBe('Live chat');
    expect(t.directionLabel).toBe('Inbound');
    expect(t.kindLabel).toBe('Created');
    expect(t.title).toBe('Inbound chat'); // blank subject falls back to the name
    expect(t.agentName).toBe('Avery');
    expect(toTouchpoint({ cx_touchpointid: guid(1) })).toBeNull(); // no time: not shown
  });

  it('a journey summary with empty columns', () => {
    const j = toJourney({ cx_name: 'Dana', cx_healthscore: 72, cx_npscategory: 617500002, cx_stage: 617500004, cx_latestcsat: null });
    expect(j).toMatchObject({ name: 'Dana', health: 72, npsCategoryLabel: 'Detractor', stageLabel: 'Service', latestCsat: null, openFollowUps: 0 });
  });

  it('a case summary with its expanded journey', () => {
    const c = toCaseSummary({ cx_name: 'CAS-1', cx_csat: 2.4, cx_csatsource: 617500001, cx_firstcontactresolution: false, cx_JourneyId: { cx_healthscore: 40, cx_openfollowups: 2 } });
    expect(c).toMatchObject({ csat: 2.4, csatPredicted: true, csatSourceLabel: 'Predicted', fcr: false });
    expect(c.journey).toMatchObject({ health: 40, openFollowUps: 2 });
  });

  it('dashboard facts', () => {
    const c = toCaseFact({ cx_casescoreid: guid(1).toUpperCase(), cx_csatsource: 617500000, cx_csat: 5, cx_predictedcsat: 4.1, _cx_agentid_value: guid(9), [`_cx_agentid_value${FV}`]: 'Blake', cx_JourneyId: { cx_openfollowups: 1 }, cx_resolvedon: '2025-05-01T00:00:00Z' })!;
    expect(c).toMatchObject({ id: guid(1), csatSurveyed: true, agentName: 'Blake', openFollowUps: 1, predictedCsat: 4.1 });
    expect(c.resolvedOn!.toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(toCaseFact({ cx_casescoreid: guid(2) })!.openFollowUps).toBeNull();
    const f = toFeedbackFact({ cx_feedbackid: guid(3), cx_nps: 3, createdon: '2025-05-02T00:00:00Z' })!;
    expect(f.answeredOn!.toISOString()).toBe('2025-05-02T00:00:00.000Z');
    expect(toSystemicIssue({ cx_touchpointid: guid(4), cx_name: 'n', cx_channel: 617500001 })).toMatchObject({ title: 'n', channelLabel: 'Phone' });
    expect(toFeedbackFact({})).toBeNull();
  });
});
