// The touchpoint query behind the timeline. Filters run on the server: with paged loading only the
// server sees all of a contact's touchpoints, so a filter must narrow the query, not the page.
import { lookupProperty } from '../shared/webapi';
import { dayRange } from '../shared/time';
import { TP, touchpointSelect, type Touchpoint } from './model';

export type Scope = { kind: 'contact' | 'incident'; id: string };

export interface TimelineFilter {
  /** A cx_channel value, or null for every channel. */
  channel: number | null;
  /** A cx_direction value, or null for every direction. */
  direction: number | null;
  /** First day shown (YYYY-MM-DD in the user's zone), inclusive. */
  from: string | null;
  /** Last day shown, inclusive. */
  to: string | null;
}

export const NO_FILTER: TimelineFilter = { channel: null, direction: null, from: null, to: null };

/** The UTC bounds [start, end) of the filter's days in the zone; null ends are open. */
export function filterBounds(filter: TimelineFilter, timeZone: string): { start: Date | null; end: Date | null } {
  return dayRange(filter.from, filter.to, timeZone);
}

export function touchpointFilter(scope: Scope, filter: TimelineFilter, timeZone: string): string {
  const owner = scope.kind === 'incident' ? lookupProperty(TP.case) : lookupProperty(TP.contact);
  const terms = [`${owner} eq ${scope.id}`];
  if (filter.channel !== null) terms.push(`${TP.channel} eq ${filter.channel}`);
  if (filter.direction !== null) terms.push(`${TP.direction} eq ${filter.direction}`);
  const { start, end } = filterBounds(filter, timeZone);
  // Date-time literals are unquoted ISO 8601 in OData filters.
  if (start) terms.push(`${TP.occurredOn} ge ${start.toISOString()}`);
  if (end) terms.push(`${TP.occurredOn} lt ${end.toISOString()}`);
  return terms.join(' and ');
}

export function touchpointQuery(scope: Scope, filter: TimelineFilter, timeZone: string): string {
  return `?$select=${touchpointSelect}&$filter=${touchpointFilter(scope, filter, timeZone)}&$orderby=${TP.occurredOn} desc,${TP.id} desc`;
}

/** The same filter applied to loaded touchpoints (used to check what the server sent). */
export function matchesFilter(t: Touchpoint, filter: TimelineFilter, timeZone: string): boolean {
  if (filter.channel !== null && t.channel !== filter.channel) return false;
  if (filter.direction !== null && t.direction !== filter.direction) return false;
  const { start, end } = filterBounds(filter, timeZone);
  if (start && t.occurredOn.getTime() < start.getTime()) return false;
  if (end && t.occurredOn.getTime() >= end.getTime()) return false;
  return true;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return filter.channel !== null || filter.direction !== null || filter.from !== null || filter.to !== null;
}
