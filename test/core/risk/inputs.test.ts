import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/core/risk/assess';
import { riskColumn } from '../../../src/core/risk/custom-functions';
import { indicatorColumn } from '../../../src/core/risk/indicators';
import { type RiskTables, riskInputsByStudent } from '../../../src/core/risk/inputs';
import { describeRisk } from '../../../src/core/risk/reasons';

const TABLES: RiskTables = {
  students: [
    { student_id: '0012345', grade: 7, birth_date: '2011-06-30' },
    { student_id: '12345', grade: 8, birth_date: '2012-08-01' },
    { student_id: '0099999', grade: null, birth_date: null },
  ],
  attendance: [
    { student_id: '0012345', month: '2026-09', school_days: 20, sick: 1, excused: 1, unexcused: 1 },
    { student_id: '12345', month: '2026-09', school_days: 20, sick: 0, excused: 0, unexcused: 3 },
  ],
  grades: [
    { student_id: '0012345', term: '2025-2', average: 82, below_passing: 0 },
    { student_id: '0012345', term: '2026-1', average: 71, below_passing: 2 },
    { student_id: '12345', term: '2026-1', average: 88, below_passing: 0 },
  ],
  incidents: [{ student_id: '12345', date: '2026-09-20', kind: 'suspension' }],
  assessments: [
    {
      student_id: '0012345',
      date: '2026-07-15',
      social_pressure: 2,
      economic_hardship: 3,
      low_home_support: 0,
    },
  ],
};

const col = (values: unknown[]) => values.map((v) => [v]);
const flat = (column: unknown) => (column as unknown[][]).map((row) => row[0]);

describe('riskInputsByStudent', () => {
  const inputs = riskInputsByStudent(TABLES, '2026-10-01');

  it('computes every input per student; incidents are 0, never unknown', () => {
    expect(Object.fromEntries(inputs)).toEqual({
      '0012345': {
        attendance: 0.85,
        unexcused: 1,
        incidents: 0,
        below_passing: 2,
        average: 71,
        previous_average: 82,
        overage: 2,
        needs: 2,
      },
      '12345': {
        attendance: 0.85,
        unexcused: 3,
        incidents: 3,
        below_passing: 0,
        average: 88,
        previous_average: null,
        overage: 0,
        needs: null,
      },
      '0099999': {
        attendance: null,
        unexcused: null,
        incidents: 0,
        below_passing: null,
        average: null,
        previous_average: null,
        overage: null,
        needs: null,
      },
    });
    expect(describeRisk(assessRisk(inputs.get('0012345')!), 'en')).toBe(
      'Attendance 85% (< 90%) · 2 subjects below passing (≥ 2) · Term average 71 (< 75) · Average down 11 points (≥ 10) · 2 years over age for grade (≥ 2) · 2 need areas in assessment (≥ 2)',
    );
  });

  it('agrees with the custom functions computed from the same sheets', () => {
    const ids = col(TABLES.students.map((s) => s.student_id));
    const a = TABLES.attendance;
    const g = TABLES.grades;
    const inc = TABLES.incidents;
    const asm = TABLES.assessments;
    const en = { lang: 'en' as const };
    const columns = [
      indicatorColumn(
        'STUDENT_ATTENDANCE',
        [
          ids,
          ...(['student_id', 'month', 'school_days', 'sick', 'excused', 'unexcused'] as const).map((k) =>
            col(a.map((r) => r[k])),
          ),
        ],
        en,
      ),
      indicatorColumn(
        'STUDENT_UNEXCUSED',
        [ids, col(a.map((r) => r.student_id)), col(a.map((r) => r.month)), col(a.map((r) => r.unexcused))],
        en,
      ),
      indicatorColumn(
        'STUDENT_INCIDENTS',
        [
          ids,
          col(inc.map((r) => r.date)),
          col(inc.map((r) => r.student_id)),
          col(inc.map((r) => r.kind)),
          '2026-10-01',
        ],
        en,
      ),
      indicatorColumn(
        'STUDENT_BELOW_PASSING',
        [ids, col(g.map((r) => r.student_id)), col(g.map((r) => r.term)), col(g.map((r) => r.below_passing))],
        en,
      ),
      indicatorColumn(
        'STUDENT_AVERAGE',
        [ids, col(g.map((r) => r.student_id)), col(g.map((r) => r.term)), col(g.map((r) => r.average)), 0],
        en,
      ),
      indicatorColumn(
        'STUDENT_AVERAGE',
        [ids, col(g.map((r) => r.student_id)), col(g.map((r) => r.term)), col(g.map((r) => r.average)), 1],
        en,
      ),
      indicatorColumn(
        'STUDENT_OVERAGE',
        [
          col(TABLES.students.map((s) => s.grade ?? '')),
          col(TABLES.students.map((s) => s.birth_date ?? '')),
          '2026-10-01',
        ],
        en,
      ),
      indicatorColumn(
        'STUDENT_NEEDS',
        [
          ids,
          ...(
            ['student_id', 'date', 'social_pressure', 'economic_hardship', 'low_home_support'] as const
          ).map((k) => col(asm.map((r) => r[k]))),
        ],
        en,
      ),
    ];
    const keys = [
      'attendance',
      'unexcused',
      'incidents',
      'below_passing',
      'average',
      'previous_average',
      'overage',
      'needs',
    ] as const;
    TABLES.students.forEach(({ student_id }, row) => {
      const fromColumns = keys.map((_, k) => flat(columns[k])[row]);
      const fromRecords = keys.map((key) => inputs.get(student_id)![key] ?? '');
      expect(fromColumns).toEqual(fromRecords);
    });
    expect(flat(riskColumn('score', columns, 'en'))).toEqual(
      TABLES.students.map(({ student_id }) => assessRisk(inputs.get(student_id)!).score),
    );
  });
});
