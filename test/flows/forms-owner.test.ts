/**
 * A second coordinator: a form belongs to whoever created it (FormApp opens it for nobody else),
 * so the add-on records the owner, says so, and never fails or writes a false error for it.
 */
import { describe, expect, it } from 'vitest';
import { byTitle, choice, createForms } from '../helpers/forms';
import { schoolWithMentors } from '../helpers/school';
import { rowsOf } from '../helpers/tables';

const OWNER = 'koordinator@sekolah.sch.id';
const OTHER = 'wakasek@sekolah.sch.id';

const intake = (id: string, name: string) =>
  byTitle('intake', 'id', {
    student_id: id,
    name,
    class: '7B',
    consent: 'Belum',
    social_pressure: '1',
    economic_hardship: '1',
    low_home_support: '1',
    motivation: '3',
    wellbeing: '3',
  });

describe('forms of another coordinator', () => {
  it('the menu says whose the form is, and offers no rebuild to anyone else', () => {
    const { rt } = schoolWithMentors();
    createForms(rt);
    rt.call('createIntakeForm');
    expect(rt.ui.dialogs.at(-1)!.html).toContain(`Pemilik: ${OWNER}.`);
    expect(rt.ui.dialogs.at(-1)!.html).toContain('Bangun ulang pertanyaan');
    rt.as(OTHER, () => {
      rt.call('createIntakeForm');
      const html = rt.ui.dialogs.at(-1)!.html;
      expect(html).toContain(`Pemilik: ${OWNER}.`);
      expect(html).toContain(`Hanya ${OWNER} yang dapat membangun ulang formulir ini`);
      expect(html).not.toContain('id="rebuild"');
      expect(() => rt.callFromPage('rebuildForm', ['intake'])).toThrow(`Formulir ini milik ${OWNER}`);
      rt.call('refreshFormLists');
      expect(rt.ui.toasts.at(-1)!.message).toMatch(new RegExp(`^Hanya ${OWNER} yang dapat`));
    });
  });

  it('two coordinators, each with a form and a trigger: each response taken once, without a false error, and the lists refreshed', () => {
    const { rt } = schoolWithMentors();
    rt.call('createIntakeForm');
    rt.as(OTHER, () => rt.call('createSessionForm'));
    const [intakeForm, sessionForm] = rt.forms;
    const list = () =>
      rt.forms.find((f) => f.id === sessionForm!.id)!.items.find((i) => i.title === 'Siswa')!.choices!;
    const before = rt.triggerRuns.length;
    rt.submitForm(intakeForm!.id, intake('0012345001', 'Yakobus'));
    // Both triggers fire, each as its creator: the first takes the response (and cannot open the
    // other's form), the second finds it taken and refreshes the list of the form it owns.
    const runs = rt.triggerRuns.slice(before);
    expect(runs.map((r) => [r.user, r.error])).toEqual([
      [OWNER, null],
      [OTHER, null],
    ]);
    expect(rowsOf(rt, 'students').filter((s) => s.student_id === '0012345001')).toHaveLength(1);
    expect(rowsOf(rt, 'assessments').filter((a) => a.student_id === '0012345001')).toHaveLength(1);
    expect(rowsOf(rt, 'review')).toEqual([]);
    expect(list().some((c) => c.includes('Yakobus') && c.endsWith('(0012345001)'))).toBe(true);

    const again = rt.triggerRuns.length;
    rt.submitForm(
      sessionForm!.id,
      byTitle('session', 'id', {
        mentor_id: choice(rt, sessionForm!.id, 'Pendamping', 'M01'),
        student_id: choice(rt, sessionForm!.id, 'Siswa', '0012345001'),
        date: '2026-11-16',
        type: 'individu',
        attended: 'ya',
      }),
    );
    expect(rt.triggerRuns.slice(again).map((r) => r.error)).toEqual([null, null]);
    expect(rowsOf(rt, 'sessions').filter((s) => s.student_id === '0012345001')).toHaveLength(1);
    expect(rowsOf(rt, 'review')).toEqual([]);
  });
});
