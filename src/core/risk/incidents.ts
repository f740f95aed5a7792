import { dayNumber } from '../cells/dates';
import { DEFAULT_THRESHOLDS } from './thresholds';

/** A row of the Incidents sheet; kind is lower-cased text (referral, suspension, other …). */
export interface IncidentRecord {
  student_id: string;
  date: string;
  kind: string;
}

/** The window of SPEC §3: incidents in the last 30 days. */
export const INCIDENT_WINDOW_DAYS = 30;

/**
 * True for a suspension, by its key or its Indonesian label.
 * @example isSuspension(' Skorsing ') // true
 */
export function isSuspension(kind: string): boolean {
  const word = kind.trim().toLowerCase();
  return word === 'suspension' || word === 'skorsing';
}

/**
 * Each student's weighted count of incidents dated in (asOf − 30 days, asOf]: one per incident,
 * `incidentsHigh` per suspension (so that one suspension alone is a red flag). The Incidents
 * sheet is an event log, so a student with no rows had no incident: callers read a student
 * missing from the map as 0, never as unknown.
 * @example incidentCounts([{ student_id: '1', date: '2026-09-20', kind: 'suspension' }], '2026-09-30').get('1') // 3
 */
export function incidentCounts(
  records: readonly IncidentRecord[],
  asOf: string,
  incidentsHigh: number = DEFAULT_THRESHOLDS.incidents_high,
): Map<string, number> {
  const end = dayNumber(asOf);
  const counts = new Map<string, number>();
  for (const record of records) {
    const day = dayNumber(record.date);
    if (day <= end - INCIDENT_WINDOW_DAYS || day > end) continue;
    const weight = isSuspension(record.kind) ? incidentsHigh : 1;
    counts.set(record.student_id, (counts.get(record.student_id) ?? 0) + weight);
  }
  return counts;
}
