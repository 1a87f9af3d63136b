// A fake of Xrm.WebApi: canned rows per table, server-side paging by maxPageSize with a nextLink
// shaped like Dataverse's, and a log of every call so tests can count requests and read queries.
import type { Row, WebApiLike, RetrieveMultipleResult } from '../src/shared/webapi';

export interface Call {
  method: 'retrieveRecord' | 'retrieveMultipleRecords';
  entity: string;
  options: string;
  maxPageSize?: number;
}

export class FakeWebApi implements WebApiLike {
  readonly calls: Call[] = [];
  /** Rows per table; a function receives the options so a test can answer per query. */
  constructor(private readonly tables: Record<string, Row[] | ((options: string) => Row[])>) {}

  private rowsFor(entity: string, options: string): Row[] {
    const t = this.tables[entity];
    if (!t) throw { errorCode: 0x80040217, message: `Table ${entity} not in the fake` };
    return typeof t === 'function' ? t(options) : t;
  }

  retrieveRecord(entity: string, id: string, options = ''): Promise<Row> {
    this.calls.push({ method: 'retrieveRecord', entity, options });
    const row = this.rowsFor(entity, options).find((r) => Object.values(r).includes(id));
    return row ? Promise.resolve(row) : Promise.reject({ errorCode: 0x80040217, message: 'Not found' });
  }

  retrieveMultipleRecords(entity: string, options = '', maxPageSize?: number): Promise<RetrieveMultipleResult> {
    this.calls.push({ method: 'retrieveMultipleRecords', entity, options, ...(maxPageSize ? { maxPageSize } : {}) });
    const skip = /[?&]\$skiptoken=(\d+)/.exec(options);
    const base = options.replace(/[?&]\$skiptoken=\d+/, '');
    const start = skip ? Number(skip[1]) : 0;
    const all = this.rowsFor(entity, base);
    const size = maxPageSize ?? 5000;
    const entities = all.slice(start, start + size);
    const more = start + size < all.length;
    return Promise.resolve(more
      ? { entities, nextLink: `https://org.example/api/data/v9.2/${entity}s${base}${base.includes('?') ? '&' : '?'}$skiptoken=${start + size}` }
      : { entities });
  }
}

const FV = '@OData.Community.Display.V1.FormattedValue';

export function guid(n: number): string {
  return `00000000-0000-0000-0000-${n.toString(16).padStart(12, '0')}`;
}

export function touchpointRow(n: number, fields: Partial<{
  occurredOn: string; channel: number; direction: number; kind: number; subject: string; name: string; sentiment: number | null;
  agent: string | null; sourceTable: string; sourceId: string; systemic: boolean; channelLabel: string; status: number | null;
}> = {}): Row {
  const row: Row = {
    cx_touchpointid: guid(n),
    cx_name: fields.name ?? `Touchpoint ${n}`,
    cx_subjectsummary: fields.subject ?? `Subject ${n}`,
    cx_channel: fields.channel ?? 617500000,
    cx_direction: fields.direction ?? 617500000,
    cx_kind: fields.kind ?? 617500000,
    cx_occurredon: fields.occurredOn ?? new Date(Date.UTC(2025, 2, 1, 12) - n * 3600_000).toISOString(),
    cx_sentiment: fields.sentiment === undefined ? 0.1 : fields.sentiment,
    cx_sourcetable: fields.sourceTable ?? 'email',
    cx_sourceid: fields.sourceId ?? guid(100000 + n),
    cx_systemicissue: fields.systemic ?? false,
  };
  if (fields.status !== undefined) row.cx_status = fields.status;
  if (fields.channelLabel) row[`cx_channel${FV}`] = fields.channelLabel;
  if (fields.agent) {
    row._cx_agentid_value = guid(900);
    row[`_cx_agentid_value${FV}`] = fields.agent;
  }
  return row;
}

export { FV };
