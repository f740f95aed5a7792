import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greetingText, whatsappLink, whatsappNumber } from '../../../src/core/family/whatsapp';

describe('a guardian’s phone for WhatsApp', () => {
  it('turns the ways a roster writes an Indonesian mobile into 62…', () => {
    expect(whatsappNumber('081234567890')).toBe('6281234567890');
    expect(whatsappNumber('0812-3456-7890')).toBe('6281234567890');
    expect(whatsappNumber('0812 3456 789')).toBe('628123456789');
    expect(whatsappNumber('(0812) 3456.7890')).toBe('6281234567890');
    expect(whatsappNumber('+6281234567890')).toBe('6281234567890');
    expect(whatsappNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(whatsappNumber('6281234567890')).toBe('6281234567890');
  });

  it('gives no number for a missing or malformed one', () => {
    for (const bad of [
      null,
      undefined,
      '',
      '   ',
      '-',
      '12345',
      '81234567890',
      '0812',
      '08123456',
      '021-5550123',
    ])
      expect(whatsappNumber(bad)).toBeNull();
    // Too long for an Indonesian mobile, another country, letters, two plus signs.
    for (const bad of [
      '0812345678901234',
      '+14155551234',
      '0812RAHASIA-123',
      '++6281234567890',
      '+0812345678',
    ])
      expect(whatsappNumber(bad)).toBeNull();
  });

  it('takes 08 + 8 to 11 digits, no more and no less', () => {
    expect(whatsappNumber(`08${'1'.repeat(7)}`)).toBeNull();
    expect(whatsappNumber(`08${'1'.repeat(8)}`)).toBe(`628${'1'.repeat(8)}`);
    expect(whatsappNumber(`08${'1'.repeat(11)}`)).toBe(`628${'1'.repeat(11)}`);
    expect(whatsappNumber(`08${'1'.repeat(12)}`)).toBeNull();
  });

  it('always gives 628 and digits only, or nothing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '6', '2', '8', '+', ' ', '-', '1', '9', 'a') }),
        (raw) => {
          const n = whatsappNumber(raw);
          return n === null || /^628\d{8,11}$/.test(n);
        },
      ),
    );
  });
});

describe('the greeting and the link', () => {
  const who = { mentor: 'Bu Sari', school: 'SMP Negeri 3', student: 'Ayu' };

  it('greet politely in the workbook’s language, naming mentor, school and student', () => {
    expect(greetingText(who, 'en')).toBe(
      'Good day, I am Bu Sari, a teacher at SMP Negeri 3 and Ayu’s mentor. May I have a short talk with you about Ayu’s schooling at a time that suits you? Thank you.',
    );
    expect(greetingText(who, 'id')).toBe(
      'Selamat pagi/siang, saya Bu Sari, guru di SMP Negeri 3 dan pendamping Ayu. Bolehkah kita berbincang sebentar tentang sekolah Ayu pada waktu yang Bapak/Ibu luangkan? Terima kasih.',
    );
    expect(greetingText({ ...who, student: null }, 'id')).toBe(
      'Selamat pagi/siang, saya Bu Sari, guru di SMP Negeri 3. Bolehkah kita berbincang sebentar pada waktu yang Bapak/Ibu luangkan? Terima kasih.',
    );
  });

  it('opens wa.me on the number with the greeting encoded, or is null', () => {
    const link = whatsappLink('0812-3456-7890', who, 'id')!;
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890');
    expect(url.searchParams.get('text')).toBe(greetingText(who, 'id'));
    expect(link).not.toContain(' ');
    expect(whatsappLink('12345', who, 'id')).toBeNull();
    expect(whatsappLink(null, who, 'en')).toBeNull();
  });
});
