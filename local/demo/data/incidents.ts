/**
 * The Incidents sheet: referrals, suspensions (skorsing) and other events. Recent ones fall
 * within the 30 days before asOf that SPEC §3 counts; old ones at least 35 days before it.
 */
import type { IncidentRow } from '../../../src/core/schema/records';
import { addDays, type DemoCalendar, toSchoolDay } from './calendar';
import type { Rng } from './random';
import type { Pupil } from './students';
import { INCIDENT_NOTES } from './texts';

type Kind = IncidentRow['kind'];

// At most 24 days back, so that moving off a weekend or holiday stays well inside 30 days.
const recent = (rng: Rng, cal: DemoCalendar) => toSchoolDay(addDays(cal.asOf, -rng.int(1, 24)), -1);
const old = (rng: Rng, cal: DemoCalendar) => toSchoolDay(addDays(cal.asOf, -rng.int(35, 110)), -1);

function incident(rng: Rng, date: string, student_id: string, kind: Kind): IncidentRow {
  return { date, student_id, kind, note: rng.chance(0.9) ? rng.pick(INCIDENT_NOTES[kind]) : null };
}

const minorKind = (rng: Rng): Kind => (rng.chance(0.7) ? 'referral' : 'other');

/**
 * The incident rows, by date. A student who left has incidents only before leaving.
 */
export function logIncidents(rng: Rng, pupils: readonly Pupil[], cal: DemoCalendar): IncidentRow[] {
  const rows: IncidentRow[] = [];
  for (const { student, plan } of pupils) {
    const id = student.student_id;
    const add = (date: string, kind: Kind) => rows.push(incident(rng, date, id, kind));
    const left = student.status_date;
    if (left) {
      if (plan.incidents !== 'none') add(toSchoolDay(addDays(left, -rng.int(5, 40)), -1), minorKind(rng));
      continue;
    }
    switch (plan.incidents) {
      case 'old':
        for (let i = rng.int(1, 2); i > 0; i--)
          add(old(rng, cal), rng.chance(0.15) ? 'suspension' : minorKind(rng));
        break;
      case 'watch':
        for (let i = rng.int(1, 2); i > 0; i--) add(recent(rng, cal), minorKind(rng));
        if (rng.chance(0.3)) add(old(rng, cal), minorKind(rng));
        break;
      case 'high':
        for (let i = 0; i < 3; i++) add(recent(rng, cal), minorKind(rng));
        break;
      case 'suspension':
        add(recent(rng, cal), 'suspension');
        if (rng.chance(0.5)) add(old(rng, cal), 'referral');
        break;
    }
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
