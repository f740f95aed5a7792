import { describe, expect, it } from 'vitest';
import { responseSheetName } from '../../../src/core/forms/sheet-messages';

describe('responseSheetName', () => {
  it('names each form’s responses sheet after what it holds, in the workbook’s language', () => {
    expect(responseSheetName('intake', 'id', ['Siswa'])).toBe('Jawaban Asesmen');
    expect(responseSheetName('session', 'id', [])).toBe('Jawaban Sesi');
    expect(responseSheetName('intake', 'en', [])).toBe('Intake responses');
    expect(responseSheetName('session', 'en', ['Intake responses'])).toBe('Session responses');
  });

  it('takes the next free number when the name is taken, ignoring case as Sheets does', () => {
    expect(responseSheetName('intake', 'id', ['jawaban asesmen'])).toBe('Jawaban Asesmen 2');
    expect(responseSheetName('session', 'en', ['Session responses', 'Session Responses 2'])).toBe(
      'Session responses 3',
    );
  });
});
