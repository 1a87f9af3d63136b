// Local only (never packed into the solution): provides window.Xrm.WebApi over fetch to the local
// organization's Web API at /api/data/v9.2/ and frames a view the way a Dynamics form frames a web
// resource, so the views find Xrm on their parent exactly as they do in Dynamics.
//   /host/index.html?page=timeline&id=<contact id>[&typename=incident][&tz=Europe/Berlin]
//   /host/index.html?page=dashboard
import { EntitySets } from '../src/shared/schema.generated';

type Row = Record<string, unknown>;

/** An error shaped like the one Xrm.WebApi rejects with ({ errorCode, message }). */
class WebApiError extends Error {
  constructor(message: string, readonly errorCode: number, readonly status: number) {
    super(message);
  }
}

export class LocalWebApi {
  /** Every URL requested, in order, for tests and for the request budget. */
  readonly requests: string[] = [];

  constructor(private readonly baseUrl: string, private readonly fetcher: typeof fetch = (...a) => fetch(...a)) {}

  private setOf(entity: string): string {
    const set = EntitySets[entity];
    if (!set) throw new WebApiError(`Unknown table '${entity}'.`, 0x80040217, 404);
    return set;
  }

  private async get(url: string, maxPageSize?: number): Promise<Row> {
    this.requests.push(url);
    const prefer = ['odata.include-annotations="*"'];
    if (maxPageSize) prefer.push(`odata.maxpagesize=${maxPageSize}`);
    const response = await this.fetcher(url, {
      headers: { Accept: 'application/json', 'OData-MaxVersion': '4.0', 'OData-Version': '4.0', Prefer: prefer.join(',') },
      credentials: 'same-origin',
    });
    const body = (await response.json().catch(() => ({}))) as Row;
    if (!response.ok) {
      const error = (body.error ?? {}) as { code?: string; message?: string };
      throw new WebApiError(error.message ?? `HTTP ${response.status}`, error.code ? parseInt(error.code, 16) : 0, response.status);
    }
    return body;
  }

  private static withQuestionMark(options: string | undefined): string {
    if (!options) return '';
    return options.startsWith('?') ? options : `?${options}`;
  }

  async retrieveRecord(entityLogicalName: string, id: string, options?: string): Promise<Row> {
    const key = id.replace(/[{}]/g, '');
    return this.get(`${this.baseUrl}${this.setOf(entityLogicalName)}(${encodeURIComponent(key)})${LocalWebApi.withQuestionMark(options)}`);
  }

  async retrieveMultipleRecords(entityLogicalName: string, options?: string, maxPageSize?: number): Promise<{ entities: Row[]; nextLink?: string }> {
    const body = await this.get(`${this.baseUrl}${this.setOf(entityLogicalName)}${LocalWebApi.withQuestionMark(options)}`, maxPageSize);
    const entities = Array.isArray(body.value) ? (body.value as Row[]) : [];
    const nextLink = typeof body['@odata.nextLink'] === 'string' ? (body['@odata.nextLink'] as string) : undefined;
    return nextLink ? { entities, nextLink } : { entities };
  }
}

const PAGES = new Set(['timeline', 'dashboard']);

function frame(): void {
  const target = document.getElementById('host-frame');
  if (!target) return;
  const params = new URLSearchParams(window.location.search);
  const page = params.get('page') ?? 'timeline';
  params.delete('page');
  if (!PAGES.has(page)) {
    const p = document.createElement('p');
    p.className = 'host-error';
    p.setAttribute('role', 'alert');
    p.textContent = `Unknown page '${page}': use timeline or dashboard.`;
    target.appendChild(p);
    return;
  }
  const iframe = document.createElement('iframe');
  iframe.title = page === 'timeline' ? 'Customer journey timeline' : 'Customer experience dashboard';
  iframe.id = 'cx-view';
  const query = params.toString();
  iframe.src = `/WebResources/cx_/journey/${page}.html${query ? `?${query}` : ''}`;
  target.appendChild(iframe);
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  const webApi = new LocalWebApi(`${window.location.origin}/api/data/v9.2/`);
  // Only what the views use: retrieveRecord, retrieveMultipleRecords and the client URL.
  (window as unknown as { Xrm: unknown }).Xrm = {
    WebApi: webApi,
    Utility: {
      getGlobalContext: () => ({
        getClientUrl: () => window.location.origin,
        userSettings: { languageId: 1033 },
      }),
    },
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', frame);
  else frame();
}
