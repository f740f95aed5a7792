/**
 * FormApp over a real Workbook and SpreadsheetApp, with ScriptApp's trigger state and a fake
 * trigger runner that calls a handler the test gives (in AuthMode.FULL) and records its event.
 */

import type { Answer, SubmitOptions } from '../../../local/gas/forms';
import { createFormApp, createFormsState, formUrlOfSheet, submitForm } from '../../../local/gas/forms';
import { createScriptApp, createTriggerState } from '../../../local/gas/script-app';
import type { SpreadsheetHooks } from '../../../local/gas/spreadsheet';
import { createSpreadsheetApp, Workbook } from '../../../local/gas/spreadsheet';
import { testEnv } from '../spreadsheet/setup';

// biome-ignore lint/suspicious/noExplicitAny: the event is what the script receives, untyped.
export type FormEvent = Record<string, any>;

export function formsSetup(locale = 'en_US') {
  const env = testEnv();
  const wb = new Workbook({ id: 'sheet-1', locale, timeZone: 'Asia/Jakarta', sheets: ['Siswa'] });
  const state = createFormsState();
  const triggers = createTriggerState();
  const hooks: SpreadsheetHooks = { formUrl: (sheetId) => formUrlOfSheet(state, wb.id, sheetId) };
  const sheets = createSpreadsheetApp(
    env,
    wb,
    hooks,
  ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  // Who runs the script (a second coordinator in some tests).
  const who = { user: 'koordinator@sekolah.sch.id' };
  const forms = createFormApp(env, state, wb, () => who.user) as unknown as GoogleAppsScript.Forms.FormApp;
  const script = createScriptApp(env, triggers, wb.id) as unknown as GoogleAppsScript.Script.ScriptApp;
  const ss = sheets.getActiveSpreadsheet();
  const events: FormEvent[] = [];
  let handler: (e: FormEvent) => void = () => undefined;

  const submit = (formId: string, answers: Record<string, Answer>, options?: SubmitOptions) =>
    submitForm(
      {
        env,
        state,
        wb,
        hooks,
        triggers,
        now: () => env.now(),
        fire: (_trigger, event) => {
          events.push(event);
          const before = env.mode;
          env.mode = 'FULL';
          try {
            handler(event);
            return null;
          } catch (e) {
            return (e as Error).message;
          } finally {
            env.mode = before;
          }
        },
      },
      formId,
      answers,
      options,
    );

  return {
    env,
    wb,
    state,
    triggers,
    sheets,
    forms,
    script,
    ss,
    events,
    submit,
    who,
    onSubmit(fn: (e: FormEvent) => void) {
      handler = fn;
    },
  };
}

/** The session-log form of SPEC §4, linked to the spreadsheet. */
export function sessionForm(t: ReturnType<typeof formsSetup>) {
  const form = t.forms.create('Log sesi pendampingan');
  form.addListItem().setTitle('Siswa').setChoiceValues(['0012 – Budi', '0013 – Sari']).setRequired(true);
  form.addDateItem().setTitle('Tanggal').setRequired(true);
  form
    .addMultipleChoiceItem()
    .setTitle('Jenis')
    .setChoiceValues(['individual', 'group', 'home_visit'])
    .setRequired(true);
  form.addScaleItem().setTitle('Motivasi').setBounds(1, 5);
  form.addCheckboxItem().setTitle('Topik').setChoiceValues(['belajar', 'keluarga', 'teman']);
  form.addSectionHeaderItem().setTitle('Catatan');
  form.addTextItem().setTitle('NISN');
  form.addParagraphTextItem().setTitle('Catatan rahasia');
  form.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
  return form;
}
