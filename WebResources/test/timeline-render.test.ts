// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { TimelineController } from '../src/timeline/controller';
import { DataAccess } from '../src/shared/webapi';
import { Formatter } from '../src/shared/format';
import { FakeWebApi, guid, touchpointRow } from './fakes';

const CONTACT = guid(4242);
const PAYLOAD = '<img src=x onerror="window.__xss=1">';
const fmt = new Formatter({ locale: 'en-US', timeZone: 'Europe/Berlin' });

function flush(): Promise<void> {
  return new Promise((r) => setTimeout(r, 20));
}

function setup(touchpoints = 5, journey: Record<string, unknown> | null = { cx_name: PAYLOAD, cx_healthscore: 64, cx_npscategory: 617500000, cx_latestcsat: 4, cx_latestces: 2, cx_openfollowups: 3, cx_totaltouchpoints: touchpoints }) {
  const rows = Array.from({ length: touchpoints }, (_, i) => touchpointRow(i + 1, {
    occurredOn: new Date(Date.UTC(2025, 2, 2, 12) - i * 5 * 3600_000).toISOString(),
    subject: i === 1 ? PAYLOAD : `Subject ${i + 1}`,
    agent: i === 0 ? 'Avery' : null,
    sentiment: i === 0 ? -0.8 : null,
  }));
  const api = new FakeWebApi({
    cx_journey: journey ? [journey] : [],
    cx_touchpoint: (options) => {
      const channel = /cx_channel eq (\d+)/.exec(options);
      return channel ? rows.filter((r) => r.cx_channel === Number(channel[1])) : rows;
    },
  });
  document.body.innerHTML = '<main id="root"></main>';
  const root = document.getElementById('root')!;
  const data = new DataAccess(api);
  const controller = new TimelineController({ root, data, scope: { kind: 'contact', id: CONTACT }, fmt, baseUrl: 'https://org.example', pageSize: 50 });
  return { api, root, data, controller };
}

describe('timeline rendering', () => {
  beforeEach(() => {
    (window as unknown as { __xss?: number }).__xss = undefined;
  });

  it('loads with two requests: the journey and the first page of touchpoints', async () => {
    const { api, controller } = setup();
    await controller.load();
    expect(api.calls.map((c) => c.entity)).toEqual(['cx_journey', 'cx_touchpoint']);
    expect(api.calls[1]!.maxPageSize).toBe(50);
  });

  it('shows the summary and the touchpoints newest first under day headings', async () => {
    const { root, controller } = setup();
    await controller.load();
    expect(root.querySelector('[data-field="health"]')!.textContent).toBe('64');
    expect(root.querySelector('[data-field="nps-category"]')!.textContent).toBe('Promoter');
    expect(root.querySelector('[data-field="latest-csat"]')!.textContent).toBe('4 / 5');
    expect(root.querySelector('[data-field="open-followups"]')!.textContent).toBe('3');
    const rows = [...root.querySelectorAll('.cx-row')].map((r) => (r.classList.contains('cx-day') ? `day ${r.getAttribute('data-day')}` : r.getAttribute('data-id')!.slice(-1)));
    expect(rows).toEqual(['day 2025-03-02', '1', '2', '3', 'day 2025-03-01', '4', '5']);
    const first = root.querySelector('.cx-item')!;
    expect(first.querySelector('[data-field="agent"]')!.textContent).toBe('Agent: Avery');
    expect(first.querySelector('[data-field="sentiment"]')!.textContent).toBe('Sentiment: \u22120.80 (negative)');
    expect(first.querySelector('a')!.getAttribute('href')).toBe(`https://org.example/main.aspx?pagetype=entityrecord&etn=email&id=${guid(100001)}`);
    expect(root.querySelector('[data-field="status"]')!.textContent).toBe('5 touchpoints.');
  });

  it('renders an XSS payload in a subject or name as text', async () => {
    const { root, controller } = setup();
    await controller.load();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-field="journey-name"]')!.textContent).toBe(`Customer journey — ${PAYLOAD}`);
    const titles = [...root.querySelectorAll('[data-field="title"]')].map((t) => t.textContent);
    expect(titles).toContain(PAYLOAD);
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  it('labels every filter control and re-queries the server when a filter changes', async () => {
    const { root, api, controller } = setup();
    await controller.load();
    for (const control of root.querySelectorAll('select, input')) {
      const label = root.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent, control.outerHTML).toBeTruthy();
    }
    const channel = root.querySelector('[data-filter="channel"]') as HTMLSelectElement;
    channel.value = '617500001';
    channel.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect(api.calls).toHaveLength(3);
    expect(api.calls[2]!.options).toContain('cx_channel eq 617500001');
    expect(root.querySelectorAll('.cx-item')).toHaveLength(0);
    expect(root.querySelector('[data-field="status"]')!.textContent).toBe('No touchpoints match the filters.');
  });

  it('is keyboard-usable: the list is one tab stop and arrows move between touchpoints', async () => {
    const { root, controller } = setup();
    await controller.load();
    const viewport = root.querySelector('[data-field="timeline"]') as HTMLElement;
    expect(viewport.getAttribute('tabindex')).toBe('0');
    expect(viewport.getAttribute('aria-label')).toBe('Touchpoints, newest first');
    viewport.focus();
    expect(document.activeElement!.getAttribute('data-id')).toBe(guid(1));
    viewport.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement!.getAttribute('data-id')).toBe(guid(2));
    viewport.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement!.getAttribute('data-id')).toBe(guid(5));
    viewport.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement!.getAttribute('data-id')).toBe(guid(1));
    expect(document.activeElement!.getAttribute('aria-posinset')).toBe('1');
    expect(document.activeElement!.getAttribute('aria-setsize')).toBe('5');
  });

  it('loads further pages only as the list nears the end of what is loaded', async () => {
    const { api, root, controller } = setup(120);
    await controller.load();
    await flush();
    // 50 loaded and ~10 rows visible: the next page is 30 rows away, so nothing more yet.
    expect(api.calls).toHaveLength(2);
    expect(root.querySelectorAll('.cx-item').length).toBeLessThan(30);
    const viewport = root.querySelector('[data-field="timeline"]') as HTMLElement;
    viewport.focus();
    viewport.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await flush();
    expect(api.calls.length).toBeGreaterThanOrEqual(3);
    expect(api.calls[2]!.options).toContain('$skiptoken=50');
    expect(root.querySelector('[data-field="status"]')!.textContent).toMatch(/^Showing (100|120) of 120|^120 touchpoints/);
  });

  it('says so when the contact has no journey yet', async () => {
    const { root, controller } = setup(0, null);
    await controller.load();
    expect(root.querySelector('[data-field="no-journey"]')).not.toBeNull();
    expect(root.querySelector('[data-field="status"]')!.textContent).toBe('No touchpoints yet.');
  });

  it('shows a load failure as an alert', async () => {
    document.body.innerHTML = '<main id="root"></main>';
    const root = document.getElementById('root')!;
    const api = new FakeWebApi({});
    const controller = new TimelineController({ root, data: new DataAccess(api), scope: { kind: 'contact', id: CONTACT }, fmt, baseUrl: 'x' });
    await controller.load();
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/^Could not load the timeline: Table cx_\w+ not in the fake$/);
  });
});
