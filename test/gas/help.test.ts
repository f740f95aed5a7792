/** Help from the menu: a dialog with a page per subject, in the workbook's language, saying when the emails go. */
import { describe, expect, it } from 'vitest';
import { setUp } from '../helpers/workbook';

describe('Help', () => {
  it('opens a dialog of pages in the workbook language, with the day from Settings', () => {
    const { rt } = setUp();
    const settings = rt.spreadsheet.sheet('Pengaturan');
    const row = settings.values().findIndex((r) => r[0] === 'summary_day') + 1;
    expect(settings.setCell(`B${row}`, '3').ok).toBe(true);
    rt.call('showHelp');
    const dialog = rt.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Bantuan Pendamping');
    expect(dialog.html).toContain('role="tablist"');
    expect(dialog.html).toContain('Tingkat dan alasan');
    expect(dialog.html).toContain('pada tanggal 3 pukul 7.00');
  });
});
