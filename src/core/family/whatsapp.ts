/**
 * A link that opens WhatsApp on a guardian's number with a greeting typed in: Indonesian
 * families are reached on WhatsApp, not by email. Numbers are written in many ways in a roster
 * (0812-3456-7890, +62 812 3456 7890, 62812…); wa.me takes only the international form, digits
 * without a plus (https://faq.whatsapp.com/general/chats/how-to-use-click-to-chat).
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { FAMILY_MESSAGES } from './messages';

/** Separators people type inside a phone number. */
const SEPARATORS = /[\s().-]/g;
/**
 * An Indonesian mobile number after 62: 8, then 8 to 11 more digits (08xx numbers have 10 to 13
 * digits in all). Landlines (021…) do not run WhatsApp as a rule and are refused.
 */
const MOBILE = /^628\d{8,11}$/;

/**
 * A guardian's phone in international form for wa.me (628…), or null when it is missing or
 * cannot be an Indonesian mobile number: 08… becomes 628…, +62… and 62… keep their 62.
 * @example whatsappNumber('0812-3456-7890') // '6281234567890'; whatsappNumber('+62 812 3456 7890') // '6281234567890'; whatsappNumber('12345') // null
 */
export function whatsappNumber(phone: string | null | undefined): string | null {
  const text = (phone ?? '').replace(SEPARATORS, '');
  const digits = text.startsWith('+') ? text.slice(1) : text.startsWith('0') ? `62${text.slice(1)}` : text;
  return MOBILE.test(digits) ? digits : null;
}

/** Who writes, from which school, about which student (null when the student may not be named). */
export interface Greeting {
  mentor: string;
  school: string;
  student: string | null;
}

/**
 * The greeting a mentor sends a guardian: polite, neutral, in the workbook's language.
 * @example greetingText({ mentor: 'Bu Sari', school: 'SMP 3', student: 'Ayu' }, 'en')
 * // 'Good day, I am Bu Sari, a teacher at SMP 3 and Ayu’s mentor. May I have a short talk …'
 */
export function greetingText(greeting: Greeting, lang: Lang): string {
  const t = translator(FAMILY_MESSAGES, lang);
  const { mentor, school, student } = greeting;
  return student ? t('greeting', { mentor, school, student }) : t('greeting_no_name', { mentor, school });
}

/**
 * The wa.me link for a guardian's phone with the greeting, or null when the number is unusable.
 * @example whatsappLink('081234567890', { mentor: 'Bu Sari', school: 'SMP 3', student: 'Ayu' }, 'id')
 * // 'https://wa.me/6281234567890?text=Selamat%20pagi%2Fsiang%2C%20saya%20Bu%20Sari…'
 */
export function whatsappLink(
  phone: string | null | undefined,
  greeting: Greeting,
  lang: Lang,
): string | null {
  const number = whatsappNumber(phone);
  return number ? `https://wa.me/${number}?text=${encodeURIComponent(greetingText(greeting, lang))}` : null;
}
