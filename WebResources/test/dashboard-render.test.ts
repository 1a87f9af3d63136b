// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DashboardController } from '../src/dashboard/controller';
import { TimelineController } from '../src/timeline/controller';
import { DataAccess } from '../src/shared/webapi';
import { Formatter } from '../src/shared/format';
import { FakeWebApi, FV, guid } from './fakes';

const PAYLOAD = '<img src=x onerror="window.__xss=1">';
const fmt = new Formatter({ locale: 'en-US', timeZone: 'UTC' });
const NOW = new Date('2025-06-30T12:00:00Z');

function caseRow(n: number, f: Record<string, unknown>): Record<string, unknown> {
  return {
    cx_casescoreid: guid(n), cx_name: `CAS-${n}`, _cx_caseid_value: guid(1000 + n), _cx_contactid_value: guid(2000 + n),
    [`_cx_contactid_value${FV}`]: `Customer ${n}`, cx_segment: 617500000, cx_channel: 617500000, createdon: '2025-05-01T08:00:00Z',
    cx_JourneyId: { cx_openfollowups: n % 2 }, ...f,
  };
}

function setup() {
  const api = new FakeWebApi({
    cx_casescore: [
      caseRow(1, { cx_resolvedon: '2025-05-02T10:00:00Z', cx_firstcontactresolution: true, cx_firstresponseminutes: 20, cx_resolvebymet: true, cx_csat: 5, cx_csatsource: 617500000, cx_predictedcsat: 4.5, _cx_agentid_value: guid(9001), [`_cx_agentid_value${FV}`]: 'Avery' }),
      caseRow(2, { cx_resolvedon: '2025-06-02T10:00:00Z', cx_firstcontactresolution: false, cx_firstresponseminutes: 100, cx_resolvebymet: false, cx_csat: 1.8, cx_csatsource: 617500001, cx_predictedcsat: 1.8, cx_name: PAYLOAD, cx_segment: 617500002, cx_followupstatus: 'Planned: poor-case (PhoneCall).' }),
    ],
    cx_feedback: [
      { cx_feedbackid: guid(11), cx_csat: 5, cx_nps: 10, cx_ces: 2, cx_answeredon: '2025-05-03T10:00:00Z', _cx_caseid_value: guid(1001), cx_segment: 617500000, cx_channel: 617500008 },
      { cx_feedbackid: guid(12), cx_csat: 2, cx_nps: 3, cx_ces: 6, cx_answeredon: '2025-06-03T10:00:00Z', cx_comment: PAYLOAD, _cx_contactid_value: guid(2001), [`_cx_contactid_value${FV}`]: 'Customer 1', cx_segment: 617500002, cx_channel: 617500007 },
    ],
    cx_touchpoint: [{ cx_touchpointid: guid(21), cx_subjectsummary: PAYLOAD, cx_systemicissuenote: 'Checkout fails for <b>everyone</b>', cx_channel: 617500006, cx_occurredon: '2025-06-01T00:00:00Z', cx_sourcetable: 'email', cx_sourceid: guid(31) }],
  });
  document.body.innerHTML = '<main id="root"></main>';
  const root = document.getElementById('root')!;
  const controller = new DashboardController({ root, data: new DataAccess(api), fmt, baseUrl: 'https://org.example', now: () => NOW });
  return { api, root, controller };
}

const kpi = (root: HTMLElement, id: string) => root.querySelector(`[data-section="kpis"] [data-kpi="${id}"]`)!;

describe('dashboard rendering', () => {
  it('loads with three requests and shows the figures', async () => {
    const { api, root, controller } = setup();
    await controller.load();
    expect(api.calls.map((c) => c.entity).sort()).toEqual(['cx_casescore', 'cx_feedback', 'cx_touchpoint']);
    expect(api.calls.find((c) => c.entity === 'cx_touchpoint')!.options).toContain('$filter=cx_systemicissue eq true');
    expect(kpi(root, 'csat-average').getAttribute('data-value')).toBe('3.5');
    expect(kpi(root, 'csat-average').textContent).toBe('3.50');
    expect(kpi(root, 'csat-top2').getAttribute('data-value')).toBe('0.5');
    expect(kpi(root, 'nps').getAttribute('data-value')).toBe('0');
    expect(kpi(root, 'ces-average').getAttribute('data-value')).toBe('4');
    expect(kpi(root, 'fcr').textContent).toBe('50.0 %');
    expect(kpi(root, 'first-response-median').textContent).toBe('1 h 00 min');
    expect(kpi(root, 'resolve-by-met').getAttribute('data-value')).toBe('0.5');
    expect(Number(kpi(root, 'prediction-mae').getAttribute('data-value'))).toBeCloseTo(0.5, 10);
    expect(root.querySelectorAll('[data-chart]')).toHaveLength(8);
  });

  it('keeps record texts as text in every list', async () => {
    const { root, controller } = setup();
    await controller.load();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('[data-list="detractors"] [data-field="comment"]')!.textContent).toBe(PAYLOAD);
    expect(root.querySelector('[data-list="poor-cases"] [data-field="name"]')!.textContent).toBe(PAYLOAD);
    expect(root.querySelector('[data-list="systemic"] [data-field="note"]')!.textContent).toBe('Checkout fails for <b>everyone</b>');
  });

  it('shows follow-up status of detractors and poor cases from the customers\' journeys', async () => {
    const { root, controller } = setup();
    await controller.load();
    expect(root.querySelector('[data-list="detractors"] [data-field="followup"]')!.textContent).toBe('Open (1)');
    expect(root.querySelector('[data-list="poor-cases"] [data-field="followup"]')!.getAttribute('data-state')).toBe('none');
    expect(root.querySelector('[data-list="poor-cases"] [data-field="followup"]')!.textContent).toBe('None openPlanned: poor-case (PhoneCall).');
    expect(root.querySelector('[data-list="poor-cases"] [data-field="followup-rules"]')!.textContent).toBe('Planned: poor-case (PhoneCall).');
    expect(root.querySelector('[data-list="poor-cases"] [data-field="csat"]')!.textContent).toBe('1.80 (predicted)');
  });

  it('recomputes by another dimension and date range without new requests', async () => {
    const { api, root, controller } = setup();
    await controller.load();
    const dimension = root.querySelector('[data-filter="dimension"]') as HTMLSelectElement;
    dimension.value = 'agent';
    dimension.dispatchEvent(new Event('change', { bubbles: true }));
    const groups = [...root.querySelectorAll('[data-breakdown="agent"] tbody tr')].map((r) => r.getAttribute('data-group'));
    expect(groups).toEqual([guid(9001), '(none)']);
    const from = root.querySelector('[data-filter="from"]') as HTMLInputElement;
    from.value = '2025-06-01';
    from.dispatchEvent(new Event('change', { bubbles: true }));
    expect(kpi(root, 'csat-average').getAttribute('data-value')).toBe('2');
    expect(api.calls).toHaveLength(3);
    for (const control of root.querySelectorAll('select, input')) expect(root.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
  });
});

describe('case timeline', () => {
  it('reads the case score with its journey in one request and the case\'s touchpoints', async () => {
    const api = new FakeWebApi({
      cx_casescore: [{ cx_name: 'CAS-9 Broken <script>', cx_csat: 2.35, cx_csatsource: 617500001, cx_csatexplanation: 'intercept 4.4\nreopen -0.6', cx_firstcontactresolution: true, cx_JourneyId: { cx_healthscore: 35, cx_openfollowups: 1 } }],
      cx_touchpoint: [],
    });
    document.body.innerHTML = '<main id="root"></main>';
    const root = document.getElementById('root')!;
    await new TimelineController({ root, data: new DataAccess(api), scope: { kind: 'incident', id: guid(5) }, fmt, baseUrl: 'x' }).load();
    expect(api.calls.map((c) => c.entity)).toEqual(['cx_casescore', 'cx_touchpoint']);
    expect(api.calls[1]!.options).toContain(`_cx_caseid_value eq ${guid(5)}`);
    expect(root.querySelector('[data-field="case-name"]')!.textContent).toBe('Case experience — CAS-9 Broken <script>');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('[data-field="csat"]')!.textContent).toBe('2.35 / 5');
    expect(root.querySelector('[data-field="health"]')!.textContent).toBe('35');
    expect(root.querySelector('details pre')!.textContent).toBe('intercept 4.4\nreopen -0.6');
  });
});
