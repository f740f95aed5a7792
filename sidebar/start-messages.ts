import { defineMessages } from '../src/core/i18n/messages';

/** The Start here page's own words (the checklist's come from the server, in the workbook's language). */
export const startPageMessages = defineMessages({
  en: {
    working: 'Working…',
    failed: 'Failed: {message}',
  },
  id: {
    working: 'Sedang diproses…',
    failed: 'Gagal: {message}',
  },
});
