// The views read data only through Xrm.WebApi (or an object with the same two methods), so one
// bundle runs on a Dynamics form and against the local organization's Web API. Every call is
// counted: a view must load with at most three requests.
// https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi

export type Row = Record<string, unknown>;

export interface RetrieveMultipleResult {
  entities: Row[];
  nextLink?: string;
}

/** The subset of Xrm.WebApi the views use. */
export interface WebApiLike {
  retrieveRecord(entityLogicalName: string, id: string, options?: string): PromiseLike<Row>;
  retrieveMultipleRecords(entityLogicalName: string, options?: string, maxPageSize?: number): PromiseLike<RetrieveMultipleResult>;
}

export interface Page {
  rows: Row[];
  /** Options to pass back for the next page, or null on the last page. */
  next: string | null;
}

/** Dataverse returns at most 5000 rows a page. */
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
export const MAX_PAGE_SIZE = 5000;

export class DataAccess {
  private count = 0;
  private readonly listeners: ((count: number) => void)[] = [];

  constructor(private readonly api: WebApiLike) {}

  /** Requests made so far. */
  get requestCount(): number {
    return this.count;
  }

  onRequest(listener: (count: number) => void): void {
    this.listeners.push(listener);
  }

  private counted<T>(call: () => PromiseLike<T>): Promise<T> {
    this.count += 1;
    for (const l of this.listeners) l(this.count);
    return Promise.resolve(call());
  }

  retrieve(entity: string, id: string, options: string): Promise<Row> {
    return this.counted(() => this.api.retrieveRecord(entity, id, options));
  }

  async retrievePage(entity: string, options: string, pageSize: number): Promise<Page> {
    const result = await this.counted(() => this.api.retrieveMultipleRecords(entity, options, pageSize));
    return { rows: result.entities, next: nextOptions(result.nextLink) };
  }

  /** Follows the pages of a query to its end (one request a page). */
  async retrieveAll(entity: string, options: string, pageSize = MAX_PAGE_SIZE): Promise<Row[]> {
    const rows: Row[] = [];
    let page = await this.retrievePage(entity, options, pageSize);
    rows.push(...page.rows);
    while (page.next !== null) {
      page = await this.retrievePage(entity, page.next, pageSize);
      rows.push(...page.rows);
    }
    return rows;
  }
}

/**
 * Xrm.WebApi hands back the next page as a full URL; retrieveMultipleRecords takes the query part
 * ("?$select=...&$skiptoken=...") to fetch it.
 */
export function nextOptions(nextLink: string | undefined | null): string | null {
  if (!nextLink) return null;
  const q = nextLink.indexOf('?');
  return q < 0 ? null : nextLink.slice(q);
}

const FORMATTED = '@OData.Community.Display.V1.FormattedValue';

export function str(row: Row, key: string): string | null {
  const v = row[key];
  return typeof v === 'string' ? v : null;
}

export function num(row: Row, key: string): number | null {
  const v = row[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  // Decimal and money columns can arrive as strings from some serializers.
  if (typeof v === 'string' && v !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function bool(row: Row, key: string): boolean | null {
  const v = row[key];
  return typeof v === 'boolean' ? v : null;
}

/** The display text Dataverse sends beside a value (a choice label, a lookup's name). */
export function formatted(row: Row, key: string): string | null {
  return str(row, key + FORMATTED);
}

/** A lookup column's id property: _cx_contactid_value. */
export function lookupProperty(column: string): string {
  return `_${column}_value`;
}

export function lookupId(row: Row, column: string): string | null {
  const v = str(row, lookupProperty(column));
  return v ? v.toLowerCase() : null;
}

export function lookupName(row: Row, column: string): string | null {
  return formatted(row, lookupProperty(column));
}

/** A single-valued navigation property expanded in the same request. */
export function expanded(row: Row, navigation: string): Row | null {
  const v = row[navigation];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : null;
}

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** A record id as Dataverse writes it in URLs (lower case, no braces); null when not a GUID. */
export function normalizeGuid(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = GUID.exec(value.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** An OData string literal: single quotes doubled. */
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#use-single-quotes-in-strings
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Query options as Xrm.WebApi takes them: "?$select=a,b&$filter=...". Values are percent-encoded
 * where they would break the query string (&, #, +, %); spaces and quotes are left readable, which
 * both Dataverse and the local Web API accept.
 */
export function queryOptions(options: Record<string, string | undefined>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === '') continue;
    parts.push(`${key}=${value.replace(/[%&#+]/g, (c) => encodeURIComponent(c))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
