/**
 * The forms on the two workbooks a school starts from: the demo school (a term of data, many
 * students with NISNs that start with zeros) and a blank workbook set up from the menu.
 */
import { describe, expect, it } from 'vitest';
import { createDemoRuntime } from '../../local/demo/school';
import { byTitle, createForms } from '../helpers/forms';
import { rowsOf } from '../helpers/tables';
import { setUp } from '../helpers/workbook';

type Rt = ReturnType<typeof setUp>['rt'];

const intake = (id: string, name: string) =>
  byTitle('intake', 'id', {
    student_id: id,
    name,
    class: '7A',
    consent: 'Ya, orang tua/wali setuju',
    social_pressure: '1',
    economic_hardship: '2',
    low_home_support: '0',
    motivation: '4',
    wellbeing: '3',
    aspirations: `penanda ${name}`,
  });

function sessionFor(rt: Rt, formId: string, student: string, topics: string) {
  const items = rt.forms.find((f) => f.id === formId)!.items;
  const pick = (title: string, id: string) =>
    items.find((i) => i.title === title)!.choices!.find((c) => c.endsWith(`(${id})`))!;
  return byTitle('session', 'id', {
    mentor_id: items.find((i) => i.title === 'Pendamping')!.choices![0]!,
    student_id: pick('Siswa', student),
    date: '2026-11-02',
    type: 'individu',
    attended: 'ya',
    topics,
  });
}

describe('on a blank workbook', () => {
  it('an intake adds the student, the session form lists them, and their log is taken, once each', () => {
    const { rt } = setUp();
    rt.spreadsheet.sheet('Pendamping').paste('A2', [['M01', 'Bu Sari', 'sari@x.sch.id']]);
    const forms = createForms(rt);
    rt.submitForm(forms.intake, intake('0012300045', 'Yohana'));
    rt.submitForm(forms.session, sessionFor(rt, forms.session, '0012300045', 'pertama'));
    rt.call('takePendingFormResponses');
    expect(rowsOf(rt, 'students').map((s) => s.student_id)).toEqual(['0012300045']);
    expect(rowsOf(rt, 'assessments')).toHaveLength(1);
    expect(rowsOf(rt, 'sessions').map((s) => [s.student_id, s.topics])).toEqual([['0012300045', 'pertama']]);
    expect(rowsOf(rt, 'review')).toEqual([]);
  });
});

describe('on the demo school', () => {
  it('responses for students whose NISNs start with zeros are taken once, whatever the order', () => {
    const rt = createDemoRuntime({ students: 40, now: '2026-11-16T08:00:00+07:00' });
    const forms = createForms(rt);
    const roster = rowsOf(rt, 'students').map((s) => String(s.student_id));
    const zeros = roster.filter((id) => id.startsWith('0')).slice(0, 3);
    expect(zeros).toHaveLength(3);
    const sessionsBefore = rowsOf(rt, 'sessions').length;
    const assessmentsBefore = rowsOf(rt, 'assessments').length;
    rt.deferred.formSubmit = true;
    for (const [i, id] of zeros.entries()) {
      rt.submitForm(forms.session, sessionFor(rt, forms.session, id, `demo ${i}`));
      rt.submitForm(forms.intake, intake(id, `Demo ${i}`));
      rt.advanceTo(new Date(rt.now().getTime() + 60_000));
    }
    for (const e of [...rt.formEvents].reverse()) rt.deliverFormEvent(e.index);
    rt.deliverFormEvent(0);
    rt.call('takePendingFormResponses');
    expect(rowsOf(rt, 'sessions').length - sessionsBefore).toBe(3);
    expect(rowsOf(rt, 'assessments').length - assessmentsBefore).toBe(3);
    expect(rowsOf(rt, 'students').map((s) => String(s.student_id))).toEqual(roster);
    expect(rowsOf(rt, 'review').every((r) => r.taken === 'ya')).toBe(true);
  });
});
