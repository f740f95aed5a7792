/**
 * The demo school (local/demo) as a MemoryStore: Settings as Setup writes them, then every table
 * typed in as a school keeps it. `upTo` keeps the records dated up to a day (attendance recaps of
 * the months before it), so a test can walk the school year.
 */
import type { DemoSchool } from '../../../local/demo/data';
import type { Lang } from '../../../src/core/i18n/lang';
import { SETTING_DEFAULTS } from '../../../src/core/settings/defaults';
import { MemoryStore } from './store';

export function settingsRows(lang: Lang, values: Record<string, string>): Array<Record<string, unknown>> {
  return SETTING_DEFAULTS.map((s) => ({
    key: s.key,
    value: s.key in values ? values[s.key] : s.value === '' ? null : String(s.value),
    description: s.description(lang),
  }));
}

/** The demo school in a store, with its records up to `upTo` (default: all of them). */
export function demoStore(school: DemoSchool, upTo = school.asOf): MemoryStore {
  const store = new MemoryStore('id');
  store.seed(
    'settings',
    settingsRows('id', {
      school_name: school.school.name,
      coordinator_emails: school.school.coordinatorEmails.join(', '),
      as_of_date: upTo,
    }),
  );
  store.seed('mentors', school.mentors as unknown as Array<Record<string, unknown>>);
  store.seed(
    'students',
    school.students.map((s) => {
      const left = s.status_date !== null && s.status_date > upTo;
      const later = s.mentor_since !== null && s.mentor_since > upTo;
      return {
        ...s,
        status: left ? 'active' : s.status,
        status_date: left ? null : s.status_date,
        mentor_id: later ? null : s.mentor_id,
        mentor_since: later ? null : s.mentor_since,
      };
    }),
  );
  const dated = <T extends { date: string }>(rows: readonly T[]) => rows.filter((r) => r.date <= upTo);
  store.seed(
    'attendance',
    school.attendance.filter((r) => r.month < upTo.slice(0, 7)) as unknown as Array<Record<string, unknown>>,
  );
  store.seed('grades', school.grades as unknown as Array<Record<string, unknown>>);
  store.seed('incidents', dated(school.incidents) as unknown as Array<Record<string, unknown>>);
  store.seed('assessments', dated(school.assessments) as unknown as Array<Record<string, unknown>>);
  store.seed('sessions', dated(school.sessions) as unknown as Array<Record<string, unknown>>);
  return store;
}
