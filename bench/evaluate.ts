/**
 * evaluate.ms@5000: the programme evaluation of last school year for a demo school of 5,000
 * students with its year of monthly baselines (about 60,000 Risk history rows), sessions and
 * attendance: the pure work, what Apps Script does once the tables are read (each once).
 */
import { generateDemoSchool } from '../local/demo/data';
import { evaluateSchoolYear } from '../src/core/evaluation/evaluate';
import { medianMs, type Result } from './measure';

export function benchEvaluate(): Result[] {
  const school = generateDemoSchool({ students: 5000 });
  const input = {
    year: 2025,
    today: school.asOf,
    lang: 'id' as const,
    students: school.students,
    history: school.history.filter((r) => r.month <= '2026-06'),
    sessions: school.sessions,
    attendance: school.attendance,
    settings: {},
  };
  return [{ name: 'evaluate.ms@5000', value: medianMs(() => evaluateSchoolYear(input), 3), unit: 'ms' }];
}
