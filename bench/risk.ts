/**
 * The custom functions at 10,000 students, in the built bundle as Sheets calls them: one
 * call over whole columns. risk_score.ms@10000 and indicators.ms@10000 pass the data rows
 * only; indicators.ms@10000.sheet passes what Sheets really passes for open-ended ranges
 * (`A2:A`): every row of the sheet, blanks included — a 20,000-row Students sheet and a
 * 150,000-row Attendance sheet. risk_score.core.ms@10000 is the core alone, without the
 * emulator copying arguments into the script realm.
 */
import { generateDemoSchool } from '../local/demo/data';
import { createRuntime } from '../local/runtime';
import { riskColumn } from '../src/core/risk/custom-functions';
import { medianMs, type Result } from './measure';

const column = <T>(values: readonly T[]) => values.map((v) => [v ?? '']);
/** A column padded with blank rows to `height`, as an open-ended range reaches the sheet's end. */
const sheetHigh = (rows: unknown[][], height: number) => [
  ...rows,
  ...Array.from({ length: height - rows.length }, () => rows[0]!.map(() => '')),
];
const STUDENTS_SHEET_ROWS = 20_000 - 1; // below the header
const ATTENDANCE_SHEET_ROWS = 150_000 - 1;

export function benchRisk(): Result[] {
  const school = generateDemoSchool({ students: 10_000, history: false }); // this year's roster alone
  const rt = createRuntime({ locale: 'id_ID', now: `${school.asOf}T08:00:00+07:00` });
  const n = school.students.length;
  // Risk inputs spread like a real school's, cycling through plausible values.
  const inputs = [
    Array.from({ length: n }, (_, i) => 0.75 + ((i * 37) % 26) / 100),
    Array.from({ length: n }, (_, i) => (i * 7) % 5),
    Array.from({ length: n }, (_, i) => (i * 11) % 4),
    Array.from({ length: n }, (_, i) => (i * 13) % 3),
    Array.from({ length: n }, (_, i) => 60 + ((i * 17) % 35)),
    Array.from({ length: n }, (_, i) => 62 + ((i * 19) % 33)),
    Array.from({ length: n }, (_, i) => (i * 23) % 3),
    Array.from({ length: n }, (_, i) => (i * 29) % 4),
  ].map(column);
  const riskMs = medianMs(() => rt.run('RISK_SCORE', inputs, 'CUSTOM_FUNCTION'), 7);
  const coreMs = medianMs(() => riskColumn('score', inputs, 'id'), 7);

  // 12 monthly recaps per student: 120,000 attendance rows.
  const ids = school.students.map((s) => s.student_id);
  const months = Array.from(
    { length: 12 },
    (_, m) => `${m < 6 ? 2026 : 2025}-${String(((m + 6) % 12) + 1).padStart(2, '0')}`,
  );
  const att = ids.flatMap((id, i) => months.map((month, m) => [id, month, 20, (i + m) % 2, 0, (i * m) % 3]));
  const col = (rows: unknown[][], c: number) => rows.map((r) => [r[c]]);
  const grades = school.grades.map((g) => [g.student_id, g.term, g.average ?? '', g.below_passing ?? '']);
  const incidents = school.incidents.map((x) => [x.date, x.student_id, x.kind]);
  const assessments = school.assessments.map((a) => [
    a.student_id,
    a.date,
    a.social_pressure ?? '',
    a.economic_hardship ?? '',
    a.low_home_support ?? '',
  ]);
  const idCol = column(ids);
  const calls: Array<[string, unknown[]]> = [
    [
      'STUDENT_ATTENDANCE',
      [idCol, col(att, 0), col(att, 1), col(att, 2), col(att, 3), col(att, 4), col(att, 5)],
    ],
    ['STUDENT_UNEXCUSED', [idCol, col(att, 0), col(att, 1), col(att, 5)]],
    ['STUDENT_INCIDENTS', [idCol, col(incidents, 0), col(incidents, 1), col(incidents, 2), school.asOf, 3]],
    ['STUDENT_BELOW_PASSING', [idCol, col(grades, 0), col(grades, 1), col(grades, 3)]],
    ['STUDENT_AVERAGE', [idCol, col(grades, 0), col(grades, 1), col(grades, 2), 0]],
    ['STUDENT_AVERAGE', [idCol, col(grades, 0), col(grades, 1), col(grades, 2), 1]],
    [
      'STUDENT_OVERAGE',
      [
        column(school.students.map((s) => s.grade)),
        column(school.students.map((s) => s.birth_date)),
        school.asOf,
      ],
    ],
    [
      'STUDENT_NEEDS',
      [
        idCol,
        col(assessments, 0),
        col(assessments, 1),
        col(assessments, 2),
        col(assessments, 3),
        col(assessments, 4),
      ],
    ],
  ];
  const indicatorsMs = medianMs(() => {
    for (const [name, args] of calls) rt.run(name, args, 'CUSTOM_FUNCTION');
  }, 3);
  // The same calls with sheet-high arguments: Students columns 20,000 rows high, Attendance
  // columns 150,000 (the other tables stay at their data: they are small).
  const attendanceColumns = new Set(['STUDENT_ATTENDANCE', 'STUDENT_UNEXCUSED']);
  const sheetCalls = calls.map(([name, args]): [string, unknown[]] => [
    name,
    args.map((arg, i) => {
      if (!Array.isArray(arg)) return arg;
      const studentsColumn = i === 0 || name === 'STUDENT_OVERAGE';
      if (studentsColumn) return sheetHigh(arg, STUDENTS_SHEET_ROWS);
      return attendanceColumns.has(name) ? sheetHigh(arg, ATTENDANCE_SHEET_ROWS) : arg;
    }),
  ]);
  const sheetMs = medianMs(() => {
    for (const [name, args] of sheetCalls) rt.run(name, args, 'CUSTOM_FUNCTION');
  }, 3);
  return [
    { name: 'risk_score.ms@10000', value: riskMs, unit: 'ms' },
    { name: 'risk_score.core.ms@10000', value: coreMs, unit: 'ms' },
    { name: 'indicators.ms@10000', value: indicatorsMs, unit: 'ms' },
    { name: 'indicators.ms@10000.sheet', value: sheetMs, unit: 'ms' },
  ];
}
