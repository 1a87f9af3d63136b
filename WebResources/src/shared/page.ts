// What both pages do before showing data: find Xrm, read the URL, build the formatter; or say
// plainly why they cannot.
import { h, replaceChildren } from './dom';
import { Formatter } from './format';
import { clientUrl, findXrm, readParameters, type PageParameters, type XrmLike } from './context';
import { DataAccess } from './webapi';

export interface PageSetup {
  xrm: XrmLike;
  data: DataAccess;
  params: PageParameters;
  fmt: Formatter;
  baseUrl: string;
}

export function setUpPage(root: HTMLElement): PageSetup | null {
  const xrm = findXrm(window as unknown as Parameters<typeof findXrm>[0]);
  if (!xrm) {
    showError(root, 'Xrm.WebApi is not available. Open this page on a Dynamics form, or locally through host/index.html.');
    return null;
  }
  const defaultZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const params = readParameters(window.location.search, defaultZone);
  const locale = navigator.language || 'en-US';
  const fmt = new Formatter({ locale, timeZone: params.timeZone });
  const data = new DataAccess(xrm.WebApi);
  return { xrm, data, params, fmt, baseUrl: clientUrl(xrm, window.location.origin) };
}

export function showError(root: HTMLElement, message: string): void {
  root.setAttribute('aria-busy', 'false');
  replaceChildren(root, h('p', { role: 'alert', class: 'cx-error', 'data-field': 'error' }, message));
}

/** Marks the first frame that shows data, for the benchmark (a performance mark) and the tests. */
export function markFirstScreen(root: HTMLElement, name: string): void {
  const mark = () => {
    performance.mark(name);
    root.dataset.firstScreen = 'true';
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => mark());
  else mark();
}
