/**
 * Parental consent and PIP (Program Indonesia Pintar) aid, decided once the needs are known:
 * about 8% of students have no consent recorded (at least one mentee and two unassigned
 * at-risk students among them), about 20% hold PIP, more often where economic hardship was
 * scored, and some mentees with hardship have none, so that the mentor email suggests a check.
 */
import type { AssessmentRow } from '../../../src/core/schema/records';
import type { Rng } from './random';
import type { Pupil } from './students';

// Each student's economic_hardship at the latest assessment that scored it.
function hardship(assessments: readonly AssessmentRow[]): Map<string, number> {
  const latest = new Map<string, AssessmentRow>();
  for (const row of assessments) {
    if (row.economic_hardship === null) continue;
    const current = latest.get(row.student_id);
    if (!current || row.date >= current.date) latest.set(row.student_id, row);
  }
  return new Map([...latest].map(([id, row]) => [id, row.economic_hardship!]));
}

/** Sets consent and pip on every student. */
export function settleConsentAndAid(
  rng: Rng,
  pupils: readonly Pupil[],
  assessments: readonly AssessmentRow[],
): void {
  const students = pupils.map((p) => p.student);
  const atRisk = (p: Pupil) => p.plan.tier === 2 || p.plan.tier === 3;
  const mentee = rng.shuffle(students.filter((s) => s.mentor_id && s.status === 'active')).slice(0, 1);
  const unassigned = rng.shuffle(pupils.filter((p) => atRisk(p) && !p.student.mentor_id)).slice(0, 2);
  const others = rng.shuffle(students.filter((s) => !mentee.includes(s)));
  const withoutConsent = new Set([...mentee, ...unassigned.map((p) => p.student)]);
  for (const s of others) if (withoutConsent.size < Math.round(students.length * 0.08)) withoutConsent.add(s);
  for (const s of students) s.consent = !withoutConsent.has(s);

  const hard = hardship(assessments);
  for (const s of students) s.pip = rng.chance((hard.get(s.student_id) ?? 0) >= 2 ? 0.45 : 0.17);
  const check = students.filter(
    (s) => s.mentor_id && s.status === 'active' && (hard.get(s.student_id) ?? 0) >= 2,
  );
  const unchecked = check.filter((s) => !s.pip).length;
  for (const s of check.filter((x) => x.pip).slice(0, Math.max(0, 2 - unchecked))) s.pip = false;
}
