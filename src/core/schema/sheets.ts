import type { ColumnDef, SheetDef, SheetKey } from './types';

export const STATUS = ['active', 'dropped_out', 'transferred', 'graduated'] as const;
export const GENDER = ['L', 'P'] as const;
export const ROLE = ['teacher', 'counsellor', 'volunteer'] as const;
export const NEEDS = ['academic', 'social_emotional', 'family_economic'] as const;
export const INCIDENT_KIND = ['referral', 'suspension', 'other'] as const;
export const SESSION_TYPE = ['individual', 'counselling', 'group', 'family', 'home_visit'] as const;
export const EMAIL_KIND = ['mentor', 'coordinator', 'test'] as const;
export const EMAIL_STATUS = ['sent', 'held', 'failed', 'skipped'] as const;
/** A monthly run's snapshot is the month's baseline; one taken from the menu is kept apart, marked manual. */
export const SNAPSHOT_KIND = ['baseline', 'manual'] as const;
/** A Review row is a task: open (needs a person), fixed (re-take it), dismissed, done. */
export const REVIEW_STATUS = ['open', 'fixed', 'dismissed', 'done'] as const;
/** Where a Review row came from, so that "re-take fixed rows" knows how to take it. */
export const REVIEW_ORIGIN = ['intake', 'session', 'import'] as const;

/**
 * The Review sheet's answer columns: a person's original answers, one field each (text, as typed),
 * each named by the field it fills (the student's status is `student_status` here, beside the
 * row's own status). Together they hold an intake, a session log or an imported row.
 */
export const REVIEW_ANSWERS: ReadonlyArray<readonly [column: string, field: string]> = [
  ['student_id', 'student_id'],
  ['name', 'name'],
  ['class', 'class'],
  ['grade', 'grade'],
  ['gender', 'gender'],
  ['birth_date', 'birth_date'],
  ['guardian_name', 'guardian_name'],
  ['guardian_phone', 'guardian_phone'],
  ['consent', 'consent'],
  ['student_status', 'status'],
  ['status_date', 'status_date'],
  ['pip', 'pip'],
  ['languages', 'languages'],
  ['mentor_since', 'mentor_since'],
  ['mentor_id', 'mentor_id'],
  ['date', 'date'],
  ['type', 'type'],
  ['minutes', 'minutes'],
  ['attended', 'attended'],
  ['topics', 'topics'],
  ['follow_up', 'follow_up'],
  ['next_check', 'next_check'],
  ['assessor', 'assessor'],
  ['social_pressure', 'social_pressure'],
  ['economic_hardship', 'economic_hardship'],
  ['low_home_support', 'low_home_support'],
  ['motivation', 'motivation'],
  ['wellbeing', 'wellbeing'],
  ['aspirations', 'aspirations'],
  ['notes', 'notes'],
];

const id = (key: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  type: 'id',
  width: 110,
  ...extra,
});
const text = (key: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ key, type: 'text', ...extra });
const int = (key: string, min: number, max: number, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  type: 'int',
  min,
  max,
  width: 80,
  ...extra,
});
const computed = (key: string, type: ColumnDef['type'] = 'number'): ColumnDef => ({
  key,
  type,
  computed: true,
  width: 90,
});

/** The indicator and risk columns of the Students sheet, in order; Setup writes one formula in each. */
export const COMPUTED_STUDENT_COLUMNS = [
  computed('attendance'),
  computed('unexcused', 'int'),
  computed('incidents', 'int'),
  computed('below_passing', 'int'),
  computed('average'),
  computed('previous_average'),
  computed('overage', 'int'),
  computed('needs', 'int'),
  computed('risk_score', 'int'),
  computed('risk_tier', 'int'),
  { ...computed('risk_reasons', 'text'), width: 360 },
] as const satisfies readonly ColumnDef[];

const sheets: Record<SheetKey, SheetDef> = {
  students: {
    key: 'students',
    table: true,
    columns: [
      id('student_id', { required: true }),
      text('name', { required: true, width: 200 }),
      text('class', { width: 70 }),
      int('grade', 1, 12),
      { key: 'gender', type: 'enum', values: GENDER, width: 60 },
      { key: 'birth_date', type: 'date', width: 100 },
      text('guardian_name', { width: 160 }),
      { key: 'guardian_phone', type: 'phone', width: 120 },
      { key: 'status', type: 'enum', values: STATUS, width: 110 },
      { key: 'status_date', type: 'date', width: 100 },
      { key: 'consent', type: 'bool', width: 80 },
      { key: 'pip', type: 'bool', width: 60 },
      { key: 'languages', type: 'text', width: 110 },
      id('mentor_id', { width: 90 }),
      // When the current mentor was assigned: the clock of "overdue" starts here, not at the first session.
      { key: 'mentor_since', type: 'date', width: 100 },
      ...COMPUTED_STUDENT_COLUMNS,
    ],
  },
  mentors: {
    key: 'mentors',
    table: true,
    columns: [
      id('mentor_id', { required: true, width: 90 }),
      text('name', { required: true, width: 200 }),
      { key: 'email', type: 'email', width: 220 },
      { key: 'gender', type: 'enum', values: GENDER, width: 60 },
      { key: 'role', type: 'enum', values: ROLE, width: 110 },
      int('capacity', 0, 200),
      { key: 'grades', type: 'list', min: 1, max: 12, width: 90 },
      { key: 'strengths', type: 'list', values: NEEDS, set: 'needs', width: 220 },
      text('languages', { width: 110 }),
      { key: 'active', type: 'bool', width: 60 },
    ],
  },
  attendance: {
    key: 'attendance',
    table: true,
    columns: [
      id('student_id', { required: true }),
      { key: 'month', type: 'month', required: true, width: 90 },
      int('school_days', 0, 31, { required: true }),
      int('sick', 0, 31),
      int('excused', 0, 31),
      int('unexcused', 0, 31),
    ],
  },
  grades: {
    key: 'grades',
    table: true,
    columns: [
      id('student_id', { required: true }),
      { key: 'term', type: 'term', required: true, width: 90 },
      { key: 'average', type: 'number', min: 0, max: 100, width: 80 },
      int('below_passing', 0, 30),
    ],
  },
  incidents: {
    key: 'incidents',
    table: true,
    columns: [
      { key: 'date', type: 'date', required: true, width: 100 },
      id('student_id', { required: true }),
      { key: 'kind', type: 'enum', values: INCIDENT_KIND, set: 'incident_kind', required: true, width: 110 },
      text('note', { width: 300 }),
    ],
  },
  assessments: {
    key: 'assessments',
    table: true,
    columns: [
      { key: 'date', type: 'date', required: true, width: 100 },
      id('student_id', { required: true }),
      text('assessor', { width: 150 }),
      int('social_pressure', 0, 3),
      int('economic_hardship', 0, 3),
      int('low_home_support', 0, 3),
      int('motivation', 1, 5),
      int('wellbeing', 1, 5),
      text('aspirations', { width: 220 }),
      text('notes', { confidential: true, width: 300 }),
    ],
  },
  sessions: {
    key: 'sessions',
    table: true,
    columns: [
      { key: 'date', type: 'date', required: true, width: 100 },
      id('student_id', { required: true }),
      id('mentor_id', { required: true, width: 90 }),
      { key: 'type', type: 'enum', values: SESSION_TYPE, set: 'session_type', required: true, width: 120 },
      int('minutes', 1, 600),
      { key: 'attended', type: 'bool', width: 80 },
      text('topics', { width: 220 }),
      text('follow_up', { width: 220 }),
      { key: 'next_check', type: 'date', width: 100 },
      text('notes', { confidential: true, width: 300 }),
    ],
  },
  settings: {
    key: 'settings',
    table: true,
    columns: [
      text('key', { required: true, width: 200 }),
      text('value', { width: 160 }),
      text('description', { width: 520 }),
    ],
  },
  risk_history: {
    key: 'risk_history',
    table: true,
    columns: [
      { key: 'month', type: 'month', required: true, width: 90 },
      id('student_id', { required: true }),
      int('score', 0, 100),
      int('tier', 1, 3),
      text('reasons', { width: 420 }),
      { key: 'kind', type: 'enum', values: SNAPSHOT_KIND, set: 'snapshot_kind', width: 100 },
      { key: 'taken_at', type: 'datetime', width: 150 },
      // The eight indicator values the tier came from (not confidential): the evaluation's what-if
      // recomputes tiers from them under other thresholds.
      { key: 'attendance', type: 'number', width: 90 },
      int('unexcused', 0, 31),
      int('incidents', 0, 1000),
      int('below_passing', 0, 30),
      { key: 'average', type: 'number', min: 0, max: 100, width: 80 },
      { key: 'previous_average', type: 'number', min: 0, max: 100, width: 80 },
      int('overage', 0, 20),
      int('needs', 0, 3),
    ],
  },
  review: {
    key: 'review',
    table: true,
    columns: [
      { key: 'received_at', type: 'datetime', width: 150 },
      text('source', { width: 140 }),
      text('problem', { width: 360 }),
      // A blank status (rows from before the column, or written by other parts) counts as open.
      { key: 'status', type: 'enum', values: REVIEW_STATUS, set: 'review_status', width: 110 },
      // Yes when the input was taken and the row only notes something (a conflict, a repaired ID).
      { key: 'taken', type: 'bool', width: 80 },
      { key: 'origin', type: 'enum', values: REVIEW_ORIGIN, set: 'review_origin', width: 110 },
      // The form response's identity: the same response never lands twice.
      text('ref', { width: 100 }),
      // When the mentor was told that their session log is here.
      { key: 'notified', type: 'datetime', width: 130 },
      // The input whole, exactly as it came; the answer columns below split it for fixing.
      text('raw', { width: 520 }),
      ...REVIEW_ANSWERS.map(([column]) =>
        column === 'student_id' || column === 'mentor_id'
          ? id(column, { width: 110 })
          : text(column, { width: column === 'notes' ? 200 : 110, confidential: column === 'notes' }),
      ),
    ],
  },
  email_log: {
    key: 'email_log',
    table: true,
    columns: [
      { key: 'month', type: 'month', required: true, width: 90 },
      text('recipient', { required: true, width: 220 }),
      { key: 'kind', type: 'enum', values: EMAIL_KIND, set: 'email_kind', width: 110 },
      { key: 'status', type: 'enum', values: EMAIL_STATUS, set: 'email_status', width: 100 },
      { key: 'at', type: 'datetime', width: 150 },
    ],
  },
  dashboard: { key: 'dashboard', table: false, columns: [] },
  // Written by "Programme evaluation" from the menu, not by Setup: figures, not a table.
  evaluation: { key: 'evaluation', table: false, columns: [] },
};

/** Every sheet, in the order Setup creates them. */
export const SHEETS: readonly SheetDef[] = Object.values(sheets);

/** A sheet's definition by key. */
export function sheetDef(key: SheetKey): SheetDef {
  return sheets[key];
}

/**
 * A column's definition by sheet and key.
 * @example columnDef('students', 'grade').type // 'int'
 */
export function columnDef(sheet: SheetKey, key: string): ColumnDef {
  const found = sheets[sheet].columns.find((c) => c.key === key);
  if (!found) throw new Error(`No column ${key} in ${sheet}`);
  return found;
}
