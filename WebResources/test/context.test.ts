import { describe, expect, it } from 'vitest';
import { clientUrl, findXrm, readParameters, recordUrl } from '../src/shared/context';
import { FakeWebApi } from './fakes';

describe('page context', () => {
  it('reads the id and table a form passes to a web resource', () => {
    const p = readParameters('?id=%7B8A0E1B1C-0000-4000-8000-00000000ABCD%7D&typename=incident&orgname=org&userlcid=1033', 'UTC');
    expect(p).toEqual({ recordId: '8a0e1b1c-0000-4000-8000-00000000abcd', recordKind: 'incident', timeZone: 'UTC', pageSize: null });
  });

  it('reads them from the custom data parameter too', () => {
    expect(readParameters('?data=8a0e1b1c-0000-4000-8000-00000000abcd', 'UTC').recordId).toBe('8a0e1b1c-0000-4000-8000-00000000abcd');
    const p = readParameters(`?data=${encodeURIComponent('id=8a0e1b1c-0000-4000-8000-00000000abcd&typename=incident&tz=Asia/Tokyo&pagesize=9000')}`, 'UTC');
    expect(p).toEqual({ recordId: '8a0e1b1c-0000-4000-8000-00000000abcd', recordKind: 'incident', timeZone: 'Asia/Tokyo', pageSize: 5000 });
  });

  it('falls back to contact, the default zone and no id', () => {
    expect(readParameters('?id=not-a-guid&tz=Nowhere/Land', 'Europe/Berlin')).toEqual({ recordId: null, recordKind: 'contact', timeZone: 'Europe/Berlin', pageSize: null });
  });

  it('finds Xrm on the page or on the hosting form', () => {
    const xrm = { WebApi: new FakeWebApi({}) };
    expect(findXrm({ Xrm: xrm })).toBe(xrm);
    const child: { parent?: unknown } = { parent: { Xrm: xrm } };
    expect(findXrm(child as never)).toBe(xrm);
    const crossOrigin = { get parent(): never { throw new Error('SecurityError'); } };
    expect(findXrm(crossOrigin as never)).toBeNull();
    expect(findXrm({})).toBeNull();
  });

  it('links to records only for a plain table name and a GUID', () => {
    expect(recordUrl('https://org.example', 'email', '8A0E1B1C-0000-4000-8000-00000000ABCD'))
      .toBe('https://org.example/main.aspx?pagetype=entityrecord&etn=email&id=8a0e1b1c-0000-4000-8000-00000000abcd');
    expect(recordUrl('https://org.example', 'email"><img', '8a0e1b1c-0000-4000-8000-00000000abcd')).toBeNull();
    expect(recordUrl('https://org.example', 'email', 'javascript:alert(1)')).toBeNull();
    expect(clientUrl({ WebApi: new FakeWebApi({}), Utility: { getGlobalContext: () => ({ getClientUrl: () => 'https://org.example/' }) } }, 'x')).toBe('https://org.example');
    expect(clientUrl(null, 'http://127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
  });
});
