// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mergeTouchpoints, toTouchpoint, type Touchpoint } from '../src/timeline/model';
import { renderRow } from '../src/timeline/view';
import { Formatter } from '../src/shared/format';
import { touchpointRow } from './fakes';

// Option values of Solution/OptionSets: cx_touchpointstatus, cx_touchpointkind, cx_direction.
const PLANNED = 617500000;
const HAPPENED = 617500001;
const CANCELLED = 617500002;
const CREATED = 617500000;
const COMPLETED = 617500001;
const INBOUND = 617500000;
const OUTBOUND = 617500001;
const fmt = new Formatter({ locale: 'en-US', timeZone: 'UTC' });
const AT = '2025-03-01T10:00:00.000Z';

function tp(n: number, fields: Parameters<typeof touchpointRow>[1]): Touchpoint {
  return toTouchpoint(touchpointRow(n, fields))!;
}

function render(t: Touchpoint): HTMLElement {
  return renderRow({ kind: 'item', touchpoint: t, day: '2025-03-01', position: 1 }, { fmt, baseUrl: 'https://org.example', setSize: 1 });
}

describe('timeline: one row per interaction, planned and cancelled marked', () => {
  it('marks a planned call and a cancelled appointment, and leaves a happened moment unmarked', () => {
    const planned = render(tp(1, { status: PLANNED, sourceTable: 'phonecall' }));
    const cancelled = render(tp(2, { status: CANCELLED, sourceTable: 'appointment' }));
    const happened = render(tp(3, { status: HAPPENED }));
    expect(planned.getAttribute('data-status')).toBe('planned');
    expect(planned.querySelector('[data-field="status"]')!.textContent).toBe('Planned');
    expect(planned.classList.contains('cx-status-planned')).toBe(true);
    expect(cancelled.querySelector('[data-field="status"]')!.textContent).toBe('Cancelled');
    expect(happened.querySelector('[data-field="status"]')).toBeNull();
    expect(happened.getAttribute('data-status')).toBe('happened');
  });

  it('reads a row without a status (recorded before statuses) as happened', () => {
    const legacy = tp(4, {});
    expect(legacy.status).toBe('happened');
    expect(legacy.legacy).toBe(true);
    expect(tp(5, { status: HAPPENED }).legacy).toBe(false);
  });

  it('shows legacy twins of one moment once: the sent row of an outbound email, the received row of an inbound one', () => {
    const sentDraft = tp(10, { sourceId: 'a', occurredOn: AT, direction: OUTBOUND, kind: CREATED });
    const sent = tp(11, { sourceId: 'a', occurredOn: AT, direction: OUTBOUND, kind: COMPLETED });
    const received = tp(12, { sourceId: 'b', occurredOn: AT, direction: INBOUND, kind: CREATED });
    const closed = tp(13, { sourceId: 'b', occurredOn: AT, direction: INBOUND, kind: COMPLETED });
    const merged = mergeTouchpoints([sentDraft, closed], [sent, received]);
    expect(merged.map((t) => t.id).sort()).toEqual([sent.id, received.id].sort());
  });

  it('keeps every row that has a status, and legacy rows of one record at different instants', () => {
    const booked = tp(20, { sourceTable: 'appointment', sourceId: 'c', occurredOn: AT, kind: CREATED, status: HAPPENED });
    const held = tp(21, { sourceTable: 'appointment', sourceId: 'c', occurredOn: '2025-03-02T10:00:00.000Z', kind: COMPLETED, status: HAPPENED });
    const legacyCreated = tp(22, { sourceId: 'd', occurredOn: AT, direction: OUTBOUND, kind: CREATED });
    const legacyLater = tp(23, { sourceId: 'd', occurredOn: '2025-03-01T11:00:00.000Z', direction: OUTBOUND, kind: COMPLETED });
    expect(mergeTouchpoints([], [booked, held, legacyCreated, legacyLater])).toHaveLength(4);
  });
});
