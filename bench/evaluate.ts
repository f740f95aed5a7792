/**
 * evaluate.ms@5000: the programme evaluation of last school year for a demo school of 5,000
 * students with its year of monthly baselines (about 60,000 Risk history rows), sessions and
 * attendance: the pure work, what Apps Script does once the tables are read (each once).
 * evaluate.calls@N: the service calls of "Programme evaluation" from the menu (reading the
 * tables, writing the sheet and its charts) on the demo school with its history.
 */
import { generateDemoSchool } from '../local/demo/data';
import { createDemoRuntime } from '../local/demo/school';
import { evaluateSchoolYear } from '../src/core/evaluation/evaluate';
import { medianMs, type Result } from './measure';

function menuCalls(students: number): Result {
  const rt = createDemoRuntime({ students });
  rt.ui.answers.push('2025/2026');
  const { total } = rt.measure(() => rt.call('openProgrammeEvaluation'));
  return { name: `evaluate.calls@${students}`, value: total, unit: 'calls' };
}

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
  return [
    menuCalls(100),
    menuCalls(1000),
    { name: 'evaluate.ms@5000', value: medianMs(() => evaluateSchoolYear(input), 3), unit: 'ms' },
  ];
}
