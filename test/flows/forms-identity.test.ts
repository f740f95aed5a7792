/**
 * Nothing lost, nothing doubled, whatever teachers do: sequences of submissions to both forms,
 * interleaved with what teachers do to the responses sheets (delete, sort, insert a row, correct
 * an answer), rebuilding a form, "Take pending form responses", and form-submit events delivered
 * late, out of order and twice. In the end every submission is exactly one row (Sessions or
 * Assessments) or exactly one whole Review row, where its answers say it should be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byTitle, choice, createForms } from '../helpers/forms';
import { schoolWithMentors } from '../helpers/school';
import { type Row, rowsOf } from '../helpers/tables';

type Rt = ReturnType<typeof schoolWithMentors>['rt'];

type Op =
  | { op: 'submit'; kind: 'intake' | 'session'; valid: boolean; nisn: number; seconds: number }
  | { op: 'repeat'; which: number; seconds: number }
  | { op: 'deliver'; which: number }
  | { op: 'delete' | 'insert' | 'edit'; kind: 'intake' | 'session'; which: number }
  | { op: 'sort'; kind: 'intake' | 'session'; column: number; descending: boolean }
  | { op: 'rebuild'; kind: 'intake' | 'session' }
  | { op: 'pending' };

const kind = fc.constantFrom('intake' as const, 'session' as const);
const which = fc.nat(40);
const ops: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('submit' as const),
      kind,
      valid: fc.boolean(),
      nisn: fc.nat(3),
      seconds: fc.integer({ min: 1, max: 200 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('repeat' as const),
      which,
      seconds: fc.integer({ min: 1, max: 400 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('deliver' as const), which }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom('delete' as const, 'insert' as const, 'edit' as const),
      kind,
      which,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('sort' as const),
      kind,
      column: fc.nat(12),
      descending: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rebuild' as const), kind }) },
  { weight: 1, arbitrary: fc.constant({ op: 'pending' as const }) },
);

interface Sent {
  marker: string;
  kind: 'intake' | 'session';
  valid: boolean;
  at: number;
  answers: Record<string, string>;
}

/** The responses sheet of a form, as a person finds it. */
const responsesOf = (rt: Rt, k: 'intake' | 'session') =>
  rt.forms.find((f) => f.title.startsWith(k === 'intake' ? 'Asesmen' : 'Catatan'))!.destination!;

/** A teacher sorts the responses (not the header) by one column: whole rows move, notes with them. */
function sortRows(rt: Rt, sheet: string, column: number, descending: boolean) {
  const data = rt.spreadsheet.sheetByName(sheet)!;
  const last = rt.spreadsheet.sheet(sheet).lastRow();
  if (last < 3) return;
  const key = (row: (typeof data.rows)[number]) => String(row?.[column]?.value ?? '');
  const body = data.rows.slice(1, last).map((row) => row ?? []);
  body.sort((a, b) => key(a).localeCompare(key(b)) * (descending ? -1 : 1));
  data.rows.splice(1, body.length, ...body);
  rt.spreadsheet.changed();
}

function answersFor(
  rt: Rt,
  forms: ReturnType<typeof createForms>,
  k: 'intake' | 'session',
  valid: boolean,
  n: number,
  nisn: number,
) {
  const marker = `sub-${n}`;
  if (k === 'session') {
    const mentor = ['M01', 'M02', 'M04'][n % 3]!;
    const student = ['0010000001', '0010000002', '0010000003'][n % 3]!;
    return byTitle('session', 'id', {
      mentor_id: choice(rt, forms.session, 'Pendamping', mentor),
      student_id: choice(rt, forms.session, 'Siswa', student),
      date: valid ? '2026-11-16' : '2026-12-24',
      type: 'individu',
      minutes: String(10 + n),
      attended: 'ya',
      topics: marker,
    });
  }
  // A new student, or one on the roster (every NISN here starts with zeros).
  const id = [`00300${String(n).padStart(5, '0')}`, '0010000004', '0010000005', '0010000006'][nisn]!;
  return byTitle('intake', 'id', {
    student_id: id,
    name: `Siswa ${n}`,
    consent: 'Ya, orang tua/wali setuju',
    birth_date: valid ? '2013-01-01' : '2027-01-01',
    social_pressure: '1',
    economic_hardship: '2',
    low_home_support: '0',
    motivation: '3',
    wellbeing: '4',
    aspirations: marker,
  });
}

/** Where each marker ended: table rows, and Review rows that hold it whole (not notes on a taken one). */
function endings(rt: Rt, marker: string) {
  const sessions = rowsOf(rt, 'sessions').filter((r) => r.topics === marker).length;
  const assessments = rowsOf(rt, 'assessments').filter((r) => r.aspirations === marker).length;
  const review = rowsOf(rt, 'review').filter(
    (r: Row) => r.taken === 'tidak' && (r.topics === marker || r.aspirations === marker),
  );
  return { taken: sessions + assessments, review };
}

describe('form responses, whatever teachers do and however events arrive (property)', () => {
  it('every submission ends exactly once, where its answers say; no two students share an ID', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    const snap = rt.snapshot();
    fc.assert(
      fc.property(fc.array(ops, { minLength: 4, maxLength: 14 }), (plan) => {
        rt.load(snap);
        rt.deferred.formSubmit = true;
        const sent: Sent[] = [];
        let clock = rt.now().getTime();
        const tick = (seconds: number) => {
          clock += seconds * 1000;
          rt.advanceTo(new Date(clock));
        };
        for (const step of plan) {
          switch (step.op) {
            case 'submit': {
              tick(step.seconds);
              const answers = answersFor(rt, forms, step.kind, step.valid, sent.length, step.nisn);
              rt.submitForm(step.kind === 'intake' ? forms.intake : forms.session, answers);
              sent.push({
                marker: `sub-${sent.length}`,
                kind: step.kind,
                valid: step.valid,
                at: clock,
                answers,
              });
              break;
            }
            case 'repeat': {
              const original = sent[step.which % Math.max(sent.length, 1)];
              if (!original) break;
              tick(step.seconds);
              rt.submitForm(original.kind === 'intake' ? forms.intake : forms.session, original.answers);
              sent.push({ ...original, at: clock });
              break;
            }
            case 'deliver': {
              const events = rt.formEvents;
              if (events.length > 0) rt.deliverFormEvent(events[step.which % events.length]!.index);
              break;
            }
            case 'delete':
            case 'insert':
            case 'edit': {
              const name = responsesOf(rt, step.kind);
              const sheet = rt.spreadsheet.sheet(name);
              const last = sheet.lastRow();
              if (last < 2) break;
              const row = 2 + (step.which % (last - 1));
              if (step.op === 'delete') sheet.deleteRows(row);
              else if (step.op === 'insert') sheet.insertRows(row);
              else {
                // A teacher corrects a typo in an answer that decides nothing (follow-up, assessor).
                const header = sheet.values()[0]!;
                const col = header.indexOf(step.kind === 'session' ? 'Tindak lanjut' : 'Penilai');
                if (sheet.values()[row - 1]?.[0] !== '')
                  sheet.setCell(`${String.fromCharCode(65 + col)}${row}`, 'dikoreksi');
              }
              break;
            }
            case 'sort':
              sortRows(rt, responsesOf(rt, step.kind), step.column, step.descending);
              break;
            case 'rebuild':
              rt.callFromPage('rebuildForm', [step.kind]);
              break;
            case 'pending':
              rt.call('takePendingFormResponses');
              break;
          }
        }
        // In the end every event arrives (the late ones too), and the menu takes what is left.
        for (const e of rt.formEvents) if (e.deliveries === 0) rt.deliverFormEvent(e.index);
        rt.call('takePendingFormResponses');

        expect(rt.triggerRuns.filter((r) => r.error)).toEqual([]);
        for (const marker of new Set(sent.map((s) => s.marker))) {
          const copies = sent.filter((s) => s.marker === marker);
          const { taken, review } = endings(rt, marker);
          // Exactly once each: a row, or a whole Review row.
          expect({ marker, ends: taken + review.length }).toEqual({ marker, ends: copies.length });
          if (!copies[0]!.valid) expect({ marker, taken }).toEqual({ marker, taken: 0 });
          else if (copies.length === 1) expect({ marker, taken }).toEqual({ marker, taken: 1 });
          // Sent again within ten minutes: taken once at most, the rest is Review's.
          const spread = Math.max(...copies.map((c) => c.at)) - Math.min(...copies.map((c) => c.at));
          if (spread <= 10 * 60_000)
            expect({ marker, taken: Math.min(taken, 2) }).toEqual({ marker, taken: Math.min(taken, 1) });
          for (const r of review) expect(String(r.raw)).toContain(marker);
        }
        const ids = rowsOf(rt, 'students').map((r) => String(r.student_id));
        const canonical = ids.map((id) => (/^\d{1,9}$/.test(id) ? id.padStart(10, '0') : id));
        expect(new Set(canonical).size).toBe(ids.length);
      }),
      { numRuns: 12, seed: 20261202, endOnFailure: true },
    );
  }, 600_000);
});
