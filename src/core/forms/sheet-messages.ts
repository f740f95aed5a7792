import { defineMessages } from '../i18n/messages';
import type { FormKind } from './definitions';

/** The names Setup gives the forms' responses sheets (Google names them "Jawaban Formulir N"). */
export const responseSheetMessages = defineMessages({
  en: { intake: 'Intake responses', session: 'Session responses' },
  id: { intake: 'Jawaban Asesmen', session: 'Jawaban Sesi' },
});

/**
 * The name for a form's responses sheet: its own name, or with a number when another sheet
 * already has it (a second form made after the first was unlinked). Sheet names are compared
 * without case, as Sheets refuses two that differ only in case.
 * @example responseSheetName('intake', 'id', ['Siswa', 'Jawaban Asesmen']) // 'Jawaban Asesmen 2'
 */
export function responseSheetName(kind: FormKind, lang: 'en' | 'id', taken: readonly string[]): string {
  const base = responseSheetMessages[lang][kind];
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  let n = 2;
  while (used.has(`${base} ${n}`.toLowerCase())) n++;
  return `${base} ${n}`;
}
