import { describe, expect, it } from 'vitest';
import { DataAccess, lookupId, lookupName, nextOptions, normalizeGuid, num, odataString, queryOptions } from '../src/shared/webapi';
import { FakeWebApi, FV, guid } from './fakes';

describe('data access', () => {
  it('counts every request and follows nextLink to the last page', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ cx_feedbackid: guid(i) }));
    const api = new FakeWebApi({ cx_feedback: rows });
    const data = new DataAccess(api);
    const seen: number[] = [];
    data.onRequest((n) => seen.push(n));
    const all = await data.retrieveAll('cx_feedback', '?$select=cx_feedbackid', 5);
    expect(all).toHaveLength(12);
    expect(data.requestCount).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
    expect(api.calls.map((c) => c.options)).toEqual([
      '?$select=cx_feedbackid', '?$select=cx_feedbackid&$skiptoken=5', '?$select=cx_feedbackid&$skiptoken=10',
    ]);
  });

  it('turns a nextLink into the options retrieveMultipleRecords takes', () => {
    expect(nextOptions('https://org.crm.dynamics.com/api/data/v9.2/cx_touchpoints?$select=a&$skiptoken=%3Ccookie%3E')).toBe('?$select=a&$skiptoken=%3Ccookie%3E');
    expect(nextOptions(undefined)).toBeNull();
  });

  it('reads values, lookups and formatted values from rows', () => {
    const row = { cx_csat: 4, cx_x: '2.5', cx_bad: 'abc', _cx_agentid_value: 'ABCDEF00-0000-0000-0000-000000000001', [`_cx_agentid_value${FV}`]: 'Avery' };
    expect(num(row, 'cx_csat')).toBe(4);
    expect(num(row, 'cx_x')).toBe(2.5);
    expect(num(row, 'cx_bad')).toBeNull();
    expect(lookupId(row, 'cx_agentid')).toBe('abcdef00-0000-0000-0000-000000000001');
    expect(lookupName(row, 'cx_agentid')).toBe('Avery');
  });

  it('normalizes GUIDs as forms pass them', () => {
    expect(normalizeGuid('{8A0E1B1C-0000-4000-8000-00000000ABCD}')).toBe('8a0e1b1c-0000-4000-8000-00000000abcd');
    expect(normalizeGuid("1' or 1 eq 1")).toBeNull();
    expect(normalizeGuid('')).toBeNull();
  });

  it('quotes OData strings and encodes what would break a query string', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(queryOptions({ $select: 'a,b', $filter: "name eq 'A&B #1 +50%'", $top: undefined })).toBe("?$select=a,b&$filter=name eq 'A%26B %231 %2B50%25'");
  });
});
