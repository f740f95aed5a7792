/**
 * Start here over the add-on runtime: Setup ends on it, it reads the workbook, and each button
 * does what its step needs (the menu action, or the sheet to fill), as the sidebar calls them.
 */
import { describe, expect, it } from 'vitest';
import type { StartHereView } from '../../src/core/onboarding/checklist';
import { schoolWithMentors } from '../helpers/school';
import { setUp } from '../helpers/workbook';

const view = (rt: ReturnType<typeof setUp>['rt']) => rt.callFromPage('getStartHere', []) as StartHereView;
const doneOf = (v: StartHereView) => Object.fromEntries(v.steps.map((s) => [s.key, s.done]));

describe('Start here', () => {
  it('opens at the end of Setup, on the Students sheet, with every step open', () => {
    const { rt } = setUp();
    expect(rt.ui.sidebar?.title).toBe('Mulai di sini');
    expect(rt.ui.sidebar?.html).toContain('Mulai di sini / Start here');
    const active = rt.spreadsheet.sheetById(rt.spreadsheet.activeSheetId);
    expect(active?.name).toBe('Siswa');
    const v = view(rt);
    expect(v.progress).toBe('0 dari 7 langkah selesai.');
    expect(v.steps.every((s) => !s.done)).toBe(true);
  });

  it('is in the menu, first', () => {
    const { rt } = setUp({ locale: 'en_US' });
    rt.open('NONE');
    expect(rt.ui.menu?.[0]).toEqual({ label: 'Start here', run: 'openStartHere' });
    rt.call('openAssignSidebar');
    expect(rt.ui.sidebar?.title).toBe('Pendamping');
    rt.call('openStartHere');
    expect(rt.ui.sidebar?.title).toBe('Start here');
  });

  it('turns steps done from the workbook itself: roster, mentors, forms, settings, trigger, assignments', () => {
    const { rt } = schoolWithMentors();
    expect(doneOf(view(rt))).toMatchObject({ students: true, mentors: true, intake_form: false });
    expect(view(rt).steps.find((s) => s.key === 'mentors')?.detail).toBe('3 pendamping aktif.');
    rt.callFromPage('runStartHereAction', ['intake_form']);
    expect(rt.forms).toHaveLength(1);
    expect(rt.ui.dialogs.at(-1)?.title).toBe('Formulir asesmen');
    rt.callFromPage('runStartHereAction', ['session_form']);
    rt.callFromPage('runStartHereAction', ['monthly_emails']);
    expect(rt.triggers.some((t) => t.handler === 'monthlyRun')).toBe(true);
    expect(doneOf(view(rt))).toMatchObject({
      intake_form: true,
      session_form: true,
      monthly_emails: true,
      coordinator_emails: false,
      first_assignment: false,
    });
  });

  it('opens Settings on the coordinator_emails value, where the address is typed', () => {
    const { rt } = setUp();
    rt.callFromPage('runStartHereAction', ['open_settings']);
    expect(rt.spreadsheet.sheetById(rt.spreadsheet.activeSheetId)?.name).toBe('Pengaturan');
    const settings = rt.spreadsheet.sheet('Pengaturan');
    const row = settings.values().findIndex((r) => r[0] === 'coordinator_emails') + 1;
    expect(settings.setCell(`B${row}`, 'bk@smpn3.sch.id, kepala').ok).toBe(true);
    const step = view(rt).steps.find((s) => s.key === 'coordinator_emails')!;
    expect(step.done).toBe(false);
    expect(step.detail).toContain('Bukan alamat email: kepala.');
    settings.setCell(`B${row}`, 'bk@smpn3.sch.id');
    expect(doneOf(view(rt)).coordinator_emails).toBe(true);
  });

  it('opens the import dialog and the assignment sidebar from their steps, and refuses anything else', () => {
    const { rt } = setUp();
    rt.callFromPage('runStartHereAction', ['import']);
    expect(rt.ui.dialogs.at(-1)?.title).toBe('Impor siswa');
    rt.callFromPage('runStartHereAction', ['assign']);
    expect(rt.ui.sidebar?.title).toBe('Pendamping');
    expect(() => rt.callFromPage('runStartHereAction', ['setupWorkbook'])).toThrow(/Unknown step/);
  });
});
