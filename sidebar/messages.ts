import { defineMessages } from '../src/core/i18n/messages';

/** Texts of the sidebar page itself. */
export const sidebarMessages = defineMessages({
  en: {
    loading: 'Loading…',
    failed: 'The server did not answer: {message}. Close the sidebar and open it again from the menu.',
    connected: 'Connected to “{workbook}”.',
    retry: 'Try again',
  },
  id: {
    loading: 'Memuat…',
    failed: 'Server tidak menjawab: {message}. Tutup sidebar lalu buka lagi dari menu.',
    connected: 'Terhubung ke “{workbook}”.',
    retry: 'Coba lagi',
  },
});
