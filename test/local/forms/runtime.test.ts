/**
 * FormApp wired into the runtime: a tiny hand-written project (no build needed) makes a form from
 * a "menu click", a person submits it, and the installable trigger routes by the event's sheet.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../local/runtime';
import { project } from './project';

const NOW = '2026-09-15T10:00:00+07:00';

describe('FormApp in the runtime', () => {
  it('makes a form from a menu click, takes a submission, and runs the trigger in FULL mode', () => {
    const rt = createRuntime({ dist: project(), now: NOW, locale: 'id_ID' });
    const id = rt.call('createSessionForm') as string;
    expect(rt.calls['FormApp.create']).toBe(1);
    expect(rt.forms).toEqual([
      expect.objectContaining({
        id,
        title: 'Log sesi',
        destination: 'Jawaban Formulir 1',
        responses: 0,
        items: [
          expect.objectContaining({
            type: 'LIST',
            title: 'Siswa',
            required: true,
            choices: ['0012 – Budi', '0013 – Sari'],
          }),
          expect.objectContaining({ type: 'DATE', title: 'Tanggal', required: true }),
          expect.objectContaining({ type: 'TEXT', title: 'Catatan', required: false }),
        ],
      }),
    ]);
    const result = rt.submitForm(id, { Siswa: '0013 – Sari', Tanggal: '2026-09-14', Catatan: 'baik' });
    expect(result).toEqual({ responseId: expect.any(String), row: 2, triggered: true });
    expect(JSON.parse(rt.properties.document.last!)).toEqual({
      form: id,
      sheet: 'Jawaban Formulir 1',
      row: 2,
      values: ['15/09/2026 10:00:00', '0013 – Sari', '14/09/2026', 'baik'],
      named: {
        'Stempel waktu': ['15/09/2026 10:00:00'],
        Siswa: ['0013 – Sari'],
        Tanggal: ['14/09/2026'],
        Catatan: ['baik'],
      },
      stampIsDate: true,
      mode: 'FULL',
    });
    expect(rt.triggerRuns.at(-1)).toEqual({
      handler: 'onFormSubmitted',
      at: new Date(NOW).toISOString(),
      error: null,
      user: rt.user, // it runs as its creator
    });
  });

  it('records a failing handler like a failing clock trigger', () => {
    const rt = createRuntime({ dist: project(), now: NOW });
    const id = rt.call('createSessionForm') as string;
    const result = rt.submitForm(id, { Siswa: '0012 – Budi', Tanggal: '2026-09-14', Catatan: 'boom' });
    expect(result).toMatchObject({ triggered: true, error: 'cannot route' });
    expect(rt.triggerRuns.at(-1)?.error).toBe('cannot route');
  });

  it('refuses FormApp outside AuthMode.FULL', () => {
    const rt = createRuntime({ dist: project(), now: NOW });
    expect(() => rt.run('createSessionForm', [], 'LIMITED')).toThrow(/do not have permission to call create/);
  });

  it('keeps forms and responses in a snapshot, and loads an older snapshot without forms', () => {
    const dist = project();
    const rt = createRuntime({ dist, now: NOW, locale: 'en_US' });
    const id = rt.call('createSessionForm') as string;
    rt.call('refreshStudents', ['0012 – Budi', '0099 – Wayan']);
    rt.submitForm(id, { Siswa: '0099 – Wayan', Tanggal: '2026-09-14' });
    const snapshot = rt.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);

    const again = createRuntime({ dist, snapshot });
    expect(again.forms).toEqual(rt.forms);
    expect(again.submitForm(id, { Siswa: '0012 – Budi', Tanggal: '2026-09-15' }).row).toBe(3);
    expect(
      again.spreadsheet
        .sheet('Form Responses 1')
        .values()
        .map((r) => r[1]),
    ).toEqual(['Siswa', '0099 – Wayan', '0012 – Budi']);

    const { forms: _, ...older } = snapshot;
    again.load(older);
    expect(again.forms).toEqual([]);
    expect(() => again.call('refreshStudents', ['x'])).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });
});
