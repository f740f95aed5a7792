/** Fixtures for the flows' unit tests: a small school in a MemoryStore, and submissions by key. */
import {
  choiceLabel,
  type FormDefinition,
  intakeForm,
  sessionForm,
} from '../../../src/core/forms/definitions';
import { answersOfFields } from '../../../src/core/forms/read';
import type { Submission } from '../../../src/flows/submission';
import { MemoryStore } from './store';

export const TODAY = '2026-11-16';
export const CTX = { lang: 'id' as const, today: TODAY };
export const INTAKE: FormDefinition = intakeForm('id', 'SMP Negeri 3');
export const SESSION: FormDefinition = sessionForm('id', 'SMP Negeri 3', [], []);

/** Two students (one with a leading-zero NISN, one with a school number) and two mentors. */
export function school(): MemoryStore {
  return new MemoryStore('id')
    .seed('students', [
      { student_id: '0115550102', name: 'Beni', class: '7A', grade: '7', status: 'aktif', consent: 'ya' },
      { student_id: 'NIS-7-031', name: 'Cici', class: '7B', status: 'aktif' },
    ])
    .seed('mentors', [
      { mentor_id: 'M01', name: 'Bu Sari', email: 'sari@smpn3.sch.id', active: 'ya' },
      { mentor_id: 'M02', name: 'Pak Yos', email: 'yos@smpn3.sch.id', active: 'ya' },
    ]);
}

let serial = 0;

/** A response: answers by question key, arriving at `at` (ISO). */
export function submission(
  def: FormDefinition,
  fields: Record<string, string>,
  at = '2026-11-16T01:00:00.000Z',
): Submission {
  serial++;
  return {
    answers: answersOfFields(def, fields),
    sheet: 'Jawaban Formulir 1',
    shownAt: at.replace('T', ' ').slice(0, 19),
    receivedAt: at,
    key: `k${serial}.x`,
  };
}

export const intake = (over: Record<string, string> = {}, at?: string) =>
  submission(
    INTAKE,
    {
      student_id: '0012345678',
      name: 'Sinta',
      class: '8A',
      grade: '8',
      consent: 'Ya, orang tua/wali setuju',
      social_pressure: '2',
      economic_hardship: '3',
      low_home_support: '1',
      motivation: '4',
      wellbeing: '3',
      notes: 'RAHASIA ayah merantau',
      ...over,
    },
    at,
  );

export const session = (over: Record<string, string> = {}, at?: string) =>
  submission(
    SESSION,
    {
      mentor_id: choiceLabel('M01', 'Bu Sari'),
      student_id: choiceLabel('0115550102', 'Beni', '7A'),
      date: '2026-11-16',
      type: 'individu',
      minutes: '30',
      attended: 'ya',
      topics: 'PR matematika',
      ...over,
    },
    at,
  );
