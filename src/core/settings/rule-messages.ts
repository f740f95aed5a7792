import { defineMessages } from '../i18n/messages';

/** The help text of the Settings sheet's value cells: what each may hold, shown when a value is refused. */
export const settingRuleMessages = defineMessages({
  en: {
    rate: '{key}: a number from 0 to 1, or a percentage such as 90%.',
    whole: '{key}: a whole number from {min} to {max}.',
    number: '{key}: a number from {min} to {max}.',
    language: '{key}: id (Bahasa Indonesia) or en (English), or blank for the spreadsheet’s locale.',
  },
  id: {
    rate: '{key}: angka 0 sampai 1, atau persen seperti 90%.',
    whole: '{key}: bilangan bulat {min} sampai {max}.',
    number: '{key}: angka {min} sampai {max}.',
    language:
      '{key}: id (Bahasa Indonesia) atau en (English), atau kosong untuk mengikuti lokal spreadsheet.',
  },
});
