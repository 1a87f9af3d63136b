// Where a page finds Xrm and the record it shows.
//  - On a Dynamics form an HTML web resource runs in an iframe; the form's Xrm is parent.Xrm.
//    https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi
//  - Locally, host/index.html plays the form: it defines Xrm (host/xrm-local.js) and frames the page.
//  - With "Pass record object-type code and unique identifier as parameters" the form adds
//    ?id={GUID}&typename=contact&...; custom parameters arrive in one `data` parameter.
//    https://learn.microsoft.com/power-apps/developer/model-driven-apps/web-page-html-web-resources#passing-parameters-to-html-web-resources
import { MAX_PAGE_SIZE, normalizeGuid, type WebApiLike } from './webapi';
import { isValidTimeZone } from './time';

export interface XrmLike {
  WebApi: WebApiLike;
  Utility?: { getGlobalContext?: () => { getClientUrl?: () => string; userSettings?: { languageId?: number } } };
}

interface WindowWithXrm {
  Xrm?: XrmLike;
  parent?: WindowWithXrm | null;
}

/** Xrm of this window, else of the hosting form; null when neither has one. */
export function findXrm(win: WindowWithXrm): XrmLike | null {
  if (win.Xrm?.WebApi) return win.Xrm;
  try {
    const parent = win.parent;
    if (parent && parent !== win && parent.Xrm?.WebApi) return parent.Xrm;
  } catch {
    // A parent on another origin throws on access: no Xrm from there.
  }
  return null;
}

export type RecordKind = 'contact' | 'incident';

export interface PageParameters {
  recordId: string | null;
  recordKind: RecordKind;
  timeZone: string;
  /** Extra query options passed in `data` (page size, for the benchmark). */
  pageSize: number | null;
}

/** Reads the record id, table and options from the page URL's query string. */
export function readParameters(search: string, defaultTimeZone: string): PageParameters {
  const params = new URLSearchParams(search);
  const data = new URLSearchParams();
  const rawData = params.get('data');
  if (rawData) {
    // `data` is either a bare id or its own query string ("id=...&typename=incident").
    if (normalizeGuid(rawData)) data.set('id', rawData);
    else for (const [k, v] of new URLSearchParams(rawData)) data.set(k, v);
  }
  const pick = (name: string): string | null => params.get(name) ?? data.get(name);
  const typename = (pick('typename') ?? 'contact').toLowerCase();
  const tz = pick('tz');
  const pageSize = Number(pick('pagesize'));
  return {
    recordId: normalizeGuid(pick('id')),
    recordKind: typename === 'incident' ? 'incident' : 'contact',
    timeZone: tz && isValidTimeZone(tz) ? tz : defaultTimeZone,
    pageSize: Number.isInteger(pageSize) && pageSize > 0 ? Math.min(pageSize, MAX_PAGE_SIZE) : null,
  };
}

/** The organization's URL for links to records: Xrm's client URL, else this page's origin. */
export function clientUrl(xrm: XrmLike | null, fallbackOrigin: string): string {
  try {
    const url = xrm?.Utility?.getGlobalContext?.().getClientUrl?.();
    if (url) return url.replace(/\/+$/, '');
  } catch {
    // No global context (e.g. a test fake): use the page's origin.
  }
  return fallbackOrigin;
}

/** The URL that opens a record's form. */
// https://learn.microsoft.com/power-apps/developer/model-driven-apps/open-forms-views-dialogs-reports-url
export function recordUrl(baseUrl: string, table: string | null, id: string | null): string | null {
  const guid = normalizeGuid(id);
  if (!table || !guid || !/^[a-z_][a-z0-9_]*$/.test(table)) return null;
  const q = new URLSearchParams({ pagetype: 'entityrecord', etn: table, id: guid });
  return `${baseUrl}/main.aspx?${q.toString()}`;
}

const TABLE_NAMES: Record<string, string> = {
  email: 'email', phonecall: 'phone call', appointment: 'appointment', task: 'task', letter: 'letter', incident: 'case',
  cx_feedback: 'survey answer', salesorder: 'order', invoice: 'invoice', quote: 'quote', opportunity: 'opportunity', lead: 'lead',
};

/** What a link to a source record says: "Open email", "Open case". */
export function openLabel(table: string): string {
  return `Open ${TABLE_NAMES[table] ?? table}`;
}
