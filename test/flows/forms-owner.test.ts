/**
 * A second coordinator: a form belongs to whoever created it (FormApp opens it for nobody else),
 * so the add-on records the owner, says so, and never fails or writes a false error for it.
 */
import { describe, expect, it } from 'vitest';
import { byTitle, choice, createForms } from '../helpers/forms';
import { schoolWithMentors } from '../helpers/school';
import { rowsOf } from '../helpers/tables';

type Rt = ReturnType<typeof schoolWithMentors>['rt'];

const OWNER = 'koordinator@sekolah.sch.id';
const OTHER = 'wakasek@sekolah.sch.id';

/** The same workbook, now used by another person (what rt.as will do once the runtime has it). */
function as(rt: Rt, user: string) {
  rt.load({ ...rt.snapshot(), user });
}

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
    as(rt, OTHER);
    rt.call('createIntakeForm');
    const html = rt.ui.dialogs.at(-1)!.html;
    expect(html).toContain(`Pemilik: ${OWNER}.`);
    expect(html).toContain(`Hanya ${OWNER} yang dapat membangun ulang formulir ini`);
    expect(html).not.toContain('id="rebuild"');
    expect(() => rt.callFromPage('rebuildForm', ['intake'])).toThrow(`Formulir ini milik ${OWNER}`);
    rt.call('refreshFormLists');
    expect(rt.ui.toasts.at(-1)!.message).toMatch(new RegExp(`^Hanya ${OWNER} yang dapat`));
  });

  it('a response taken in a run that cannot open the form: taken, no false error, the lists refreshed by the owner’s next run', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    as(rt, OTHER);
    rt.submitForm(forms.intake, intake('0012345001', 'Yakobus'));
    expect(rt.triggerRuns.at(-1)!.error).toBeNull();
    expect(rowsOf(rt, 'students').map((s) => s.student_id)).toContain('0012345001');
    expect(rowsOf(rt, 'review')).toEqual([]);
    const list = () =>
      rt.forms.find((f) => f.id === forms.session)!.items.find((i) => i.title === 'Siswa')!.choices!;
    expect(list().some((c) => c.startsWith('0012345001'))).toBe(false);
    as(rt, OWNER);
    rt.submitForm(
      forms.session,
      byTitle('session', 'id', {
        mentor_id: choice(rt, forms.session, 'Pendamping', 'M01'),
        student_id: choice(rt, forms.session, 'Siswa', '0010000002'),
        date: '2026-11-16',
        type: 'individu',
        attended: 'ya',
      }),
    );
    expect(list().some((c) => c.startsWith('0012345001 – Yakobus'))).toBe(true);
  });
});
