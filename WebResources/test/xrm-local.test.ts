import { describe, expect, it } from 'vitest';
import { LocalWebApi } from '../host/xrm-local';

function fakeFetch(responses: { status: number; body: unknown }[]) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fn = (async (url: string, init?: RequestInit) => {
    calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string> });
    const r = responses.shift()!;
    return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

describe('local Xrm.WebApi over fetch', () => {
  it('queries the entity set with annotations and page size, passing nextLink back', async () => {
    const { fn, calls } = fakeFetch([{ status: 200, body: { value: [{ a: 1 }], '@odata.nextLink': 'http://h/api/data/v9.2/cx_touchpoints?$skiptoken=x' } }]);
    const api = new LocalWebApi('http://h/api/data/v9.2/', fn);
    const r = await api.retrieveMultipleRecords('cx_touchpoint', '?$select=cx_name', 250);
    expect(r).toEqual({ entities: [{ a: 1 }], nextLink: 'http://h/api/data/v9.2/cx_touchpoints?$skiptoken=x' });
    expect(calls[0]!.url).toBe('http://h/api/data/v9.2/cx_touchpoints?$select=cx_name');
    expect(calls[0]!.headers.Prefer).toBe('odata.include-annotations="*",odata.maxpagesize=250');
    expect(api.requests).toHaveLength(1);
  });

  it('retrieves one record by id, braces removed', async () => {
    const { fn, calls } = fakeFetch([{ status: 200, body: { fullname: 'Dana' } }]);
    const api = new LocalWebApi('http://h/api/data/v9.2/', fn);
    expect(await api.retrieveRecord('contact', '{ABC}', '$select=fullname')).toEqual({ fullname: 'Dana' });
    expect(calls[0]!.url).toBe('http://h/api/data/v9.2/contacts(ABC)?$select=fullname');
  });

  it('rejects like Xrm.WebApi: message and error code from the OData error', async () => {
    const { fn } = fakeFetch([{ status: 400, body: { error: { code: '0x80060888', message: 'Could not find a property named x' } } }]);
    const api = new LocalWebApi('http://h/api/data/v9.2/', fn);
    await expect(api.retrieveMultipleRecords('cx_feedback', '?$select=x')).rejects.toMatchObject({ message: 'Could not find a property named x', errorCode: 0x80060888, status: 400 });
    await expect(api.retrieveMultipleRecords('nosuchtable')).rejects.toThrow(/Unknown table/);
  });
});
