import { describe, expect, it } from 'vitest';
import { matchesFilter, NO_FILTER, touchpointQuery } from '../src/timeline/query';
import { caseScoreQuery, journeyQuery, toTouchpoint } from '../src/timeline/model';
import { touchpointRow } from './fakes';

const ID = '8a0e1b1c-0000-4000-8000-00000000abcd';

describe('timeline queries', () => {
  it('asks for a contact\'s touchpoints newest first', () => {
    const q = touchpointQuery({ kind: 'contact', id: ID }, NO_FILTER, 'UTC');
    expect(q).toContain(`$filter=_cx_contactid_value eq ${ID}&`);
    expect(q).toContain('$orderby=cx_occurredon desc,cx_touchpointid desc');
    expect(q).toMatch(/\$select=[^&]*_cx_agentid_value/);
  });

  it('narrows by case, channel, direction and days in the user zone', () => {
    const q = touchpointQuery({ kind: 'incident', id: ID }, { channel: 617500001, direction: 617500000, from: '2025-03-01', to: '2025-03-31' }, 'Europe/Berlin');
    expect(q).toContain(`_cx_caseid_value eq ${ID} and cx_channel eq 617500001 and cx_direction eq 617500000`
      + ' and cx_occurredon ge 2025-02-28T23:00:00.000Z and cx_occurredon lt 2025-03-31T22:00:00.000Z');
  });

  it('applies the same filter to loaded touchpoints', () => {
    const t = toTouchpoint(touchpointRow(1, { occurredOn: '2025-02-28T23:30:00Z', channel: 617500001 }))!;
    const march = { ...NO_FILTER, from: '2025-03-01', to: '2025-03-01' };
    expect(matchesFilter(t, march, 'Europe/Berlin')).toBe(true);
    expect(matchesFilter(t, march, 'UTC')).toBe(false);
    expect(matchesFilter(t, { ...NO_FILTER, channel: 617500000 }, 'UTC')).toBe(false);
    expect(matchesFilter(t, { ...NO_FILTER, direction: 617500000 }, 'UTC')).toBe(true);
  });

  it('reads the journey by its contact and the case score with its journey expanded', () => {
    expect(journeyQuery(ID)).toContain(`$filter=_cx_contactid_value eq ${ID}`);
    expect(caseScoreQuery(ID)).toContain(`$filter=_cx_caseid_value eq ${ID}&$expand=cx_JourneyId($select=`);
  });
});
