import { describe, expect, it } from 'vitest';
import {
  intakeForm,
  MINUTES_PATTERN,
  NISN_PATTERN,
  PHONE_PATTERN,
  sessionForm,
} from '../../../src/core/forms/definitions';

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

describe('the forms', () => {
  it.each(['id', 'en'] as const)(
    'give every question a title of its own (%s): a title names one column',
    (lang) => {
      for (const def of [intakeForm(lang, 'S'), sessionForm(lang, 'S', [], [])]) {
        const titles = def.questions.map((q) => q.title);
        expect(new Set(titles).size, def.kind).toBe(titles.length);
      }
    },
  );

  it('validate the NISN, the phone and the minutes on the phone, each with a message in the language', () => {
    const rules = (lang: 'id' | 'en') =>
      [...intakeForm(lang, 'S').questions, ...sessionForm(lang, 'S', [], []).questions].flatMap((q) =>
        q.type === 'text' && q.validation ? [[q.key, q.validation.pattern, q.validation.message]] : [],
      );
    expect(rules('id')).toEqual([
      ['student_id', NISN_PATTERN, 'NISN harus tepat 10 digit, mis. 0012345678.'],
      ['guardian_phone', PHONE_PATTERN, 'Angka saja, boleh diawali + (mis. 081234567890).'],
      ['minutes', MINUTES_PATTERN, 'Jumlah menit harus bilangan bulat dari 1 sampai 600.'],
    ]);
    expect(rules('en').map((r) => r[2])).toEqual([
      'A NISN has exactly 10 digits, e.g. 0012345678.',
      'Digits only, with a + in front if you like (e.g. 081234567890).',
      'A whole number of minutes from 1 to 600.',
    ]);
  });

  it.each([
    [
      NISN_PATTERN,
      ['0012345678', '1234567890'],
      ['123456789', '00123456789', '001234567a', '0012 345678', ''],
    ],
    [
      PHONE_PATTERN,
      ['081234567890', '+6281234567890', '123456', '1'.repeat(15)],
      ['12345', '0812-3456', '+62 812', '++62812345', '1'.repeat(16), '62+8123456'],
    ],
    [
      MINUTES_PATTERN,
      ['1', '9', '10', '99', '100', '599', '600'],
      ['0', '601', '700', '030', '1.5', '-5', '1000', 'tiga'],
    ],
  ])('pattern %s accepts and refuses as meant', (pattern, good, bad) => {
    for (const text of good) expect(whole(pattern).test(text), text).toBe(true);
    for (const text of bad) expect(whole(pattern).test(text), text).toBe(false);
  });
});
