/**
 * Plans an import of students: new students appended, known ones completed (blanks filled,
 * never a value overwritten), and every row or value it cannot take kept whole for Review
 * with the reason. Student IDs follow the forms' rule (core/forms/student-id): under a NISN
 * header an ID that is not 10 digits attaches to the student it names once its zeros are
 * restored, or goes to Review. Pure: the caller reads the sheets and writes the plan.
 */
import type { ReviewEntry } from '../forms/review';
import { nisnOfNumber, resolveStudentId, rosterIndex } from '../forms/student-id';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { columnLabel } from '../schema/labels';
import { SCHEMA_MESSAGES } from '../schema/messages';
import { fold, parseCell, type Value } from '../schema/parse';
import type { ReadRow } from '../schema/read';
import type { Student } from '../schema/records';
import { columnDef } from '../schema/sheets';
import { toCell } from '../schema/write';
import type { ImportMapping } from './mapping';
import { IMPORT_MESSAGES } from './messages';

/** A Review row of the import (the caller adds when it was received). */
export type ImportReview = Omit<ReviewEntry, 'receivedAt'>;

export interface ImportPlan {
  appends: Array<Record<string, Value>>;
  updates: Map<number, Record<string, Value>>;
  reviews: ImportReview[];
  counts: { rows: number; added: number; completed: number; unchanged: number; review: number };
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};

/** The grade a class name implies: "7A" → 7, "VIII-B" → 8, "Kelas 9 C" → 9. */
export function gradeFromClass(className: string): number | null {
  const m = /^(?:kelas\s*)?(\d{1,2}|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?![a-z0-9]*\d)/i.exec(
    className.trim(),
  );
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : ROMAN[m[1]!.toLowerCase()]!;
  return n >= 1 && n <= 12 ? n : null;
}

const showRaw = (v: unknown): string =>
  Object.prototype.toString.call(v) === '[object Date]'
    ? (v as Date).toISOString().slice(0, 10)
    : String(v ?? '');

/** The row whole, as a person reads it: "NISN: 0012345678 | Nama: Ayu | …". */
export function rawRow(headers: readonly string[], row: readonly unknown[]): string {
  return headers
    .map((h, i) => [h || `#${i + 1}`, showRaw(row[i])] as const)
    .filter(([, v]) => v !== '')
    .map(([h, v]) => `${h}: ${v}`)
    .join(' | ');
}

/** The ID cell as text: a number cell gives its digits (the zeros it lost are restored by the rule). */
function idText(raw: unknown): string {
  return typeof raw === 'number' ? String(Math.trunc(raw)) : String(raw ?? '').replace(/\s+/g, '');
}

/** A value as the sheet shows it (a code as its label), to compare and to report. */
const display = (key: string, value: Value, lang: Lang): string =>
  String(toCell(columnDef('students', key), value, lang));

export function planImport(
  sheetName: string,
  mapping: ImportMapping,
  rows: readonly unknown[][],
  existing: readonly ReadRow<Student>[],
  ctx: {
    lang: Lang;
    timeZone?: string /** Default: the ID column's header is "NISN". */;
    nisnOnly?: boolean;
  },
): ImportPlan {
  const t = translator(IMPORT_MESSAGES, ctx.lang);
  const ts = translator(SCHEMA_MESSAGES, ctx.lang);
  const source = t('source', { sheet: sheetName });
  const known = new Map(existing.map((r) => [r.record.student_id, r]));
  const roster = rosterIndex(known.keys());
  const nisnOnly = ctx.nisnOnly ?? fold(mapping.headers[mapping.keys.indexOf('student_id')] ?? '') === 'nisn';
  const seen = new Map<string, number>();
  const plan: ImportPlan = {
    appends: [],
    updates: new Map(),
    reviews: [],
    counts: { rows: 0, added: 0, completed: 0, unchanged: 0, review: 0 },
  };
  const review = (problem: string, row: readonly unknown[], taken = false, status?: 'done') => {
    const answers: Record<string, string> = {};
    mapping.keys.forEach((key, c) => {
      if (key && showRaw(row[c]).trim() !== '') answers[key] = showRaw(row[c]).trim();
    });
    const entry: ImportReview = {
      source,
      problem,
      origin: 'import',
      taken,
      raw: rawRow(mapping.headers, row),
      answers,
    };
    plan.reviews.push(status ? { ...entry, status } : entry);
  };
  const idColumn = mapping.keys.indexOf('student_id');

  rows.slice(mapping.headerRow + 1).forEach((row, i) => {
    const sourceRow = mapping.headerRow + 2 + i;
    if (row.every((v) => showRaw(v).trim() === '')) return;
    plan.counts.rows++;
    let resolved = resolveStudentId(idText(row[idColumn]), roster, nisnOnly);
    const restored = resolved.ok ? null : nisnOfNumber(row[idColumn]);
    if (restored !== null) {
      const again = resolveStudentId(restored, roster, nisnOnly);
      if (again.ok) resolved = { ...again, repairedFrom: idText(row[idColumn]) };
    }
    if (!resolved.ok) {
      const message =
        resolved.problem === 'missing'
          ? ts('row_problem', {
              sheet: sheetName,
              row: sourceRow,
              column: mapping.headers[idColumn] ?? '',
              value: ts('blank'),
              problem: ts('required'),
            })
          : t(resolved.problem, { id: resolved.id });
      review(message, row);
      return;
    }
    const id = resolved.id;
    if (seen.has(id)) {
      review(t('duplicate', { id, first: seen.get(id)! }), row);
      return;
    }
    seen.set(id, sourceRow);

    const record: Record<string, Value> = { student_id: id };
    const problems: string[] = [];
    const notes = !resolved.repairedFrom
      ? []
      : restored !== null
        ? [t('restored', { typed: resolved.repairedFrom, id })]
        : [t('repaired', { typed: resolved.repairedFrom, id })];
    mapping.keys.forEach((key, c) => {
      if (!key || key === 'student_id') return;
      const parsed = parseCell({ ...columnDef('students', key), required: false }, row[c], ctx.timeZone);
      if (parsed.ok) {
        if (parsed.value !== null) record[key] = parsed.value;
      } else {
        problems.push(
          t('cell', {
            column: mapping.headers[c]!,
            value: `'${showRaw(row[c])}'`,
            problem: ts(parsed.problem, parsed.params),
          }),
        );
      }
    });
    if (record.grade === undefined && typeof record.class === 'string') {
      const grade = gradeFromClass(record.class);
      if (grade !== null) record.grade = grade;
    }
    if (!record.name) {
      problems.push(
        t('cell', {
          column: columnLabel('students', 'name', ctx.lang),
          value: ts('blank'),
          problem: ts('required'),
        }),
      );
      review([...notes, ...problems].join('; '), row);
      return;
    }

    const current = known.get(id);
    if (!current) {
      plan.appends.push({ status: 'active', ...record });
      plan.counts.added++;
    } else {
      const fill: Record<string, Value> = {};
      for (const [key, value] of Object.entries(record)) {
        const kept = (current.record as unknown as Record<string, Value>)[key];
        if (kept === null || kept === undefined || kept === '') fill[key] = value;
        else if (display(key, kept, ctx.lang) !== display(key, value, ctx.lang)) {
          problems.push(
            t('conflict', {
              column: columnLabel('students', key, ctx.lang),
              kept: display(key, kept, ctx.lang),
              given: display(key, value, ctx.lang),
            }),
          );
        }
      }
      if (Object.keys(fill).length > 0) {
        plan.updates.set(current.row, fill);
        plan.counts.completed++;
      } else plan.counts.unchanged++;
    }
    // Taken: a note of what needs a person (a conflict, a cell it could not read), or of a repair.
    if (problems.length > 0) review([...notes, ...problems].join('; '), row, true);
    else if (notes.length > 0) review(notes.join('; '), row, true, 'done');
  });
  plan.counts.review = plan.reviews.length;
  return plan;
}
