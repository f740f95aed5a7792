/**
 * A person's edits through the user-level API (what the preview calls): a paste is taken whole or
 * refused whole, blanks clear only when asked, and locks and warnings apply to cells and to rows.
 */
import { describe, expect, it } from 'vitest';
import { setup } from './setup';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const WARNING = "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.";

function roster() {
  const { ss, wb, app } = setup({ sheets: ['Siswa'] });
  const sheet = ss.getSheetByName('Siswa')!;
  sheet
    .getRange('C2:C')
    .setDataValidation(
      app
        .newDataValidation()
        .requireValueInList(['ya', 'tidak'], true)
        .setAllowInvalid(false)
        .setHelpText('Pilih nilai dari daftar.')
        .build(),
    );
  return { ss, wb, app, sheet, person: wb.sheet('Siswa') };
}

describe('paste', () => {
  it('lays a block out from the given cell, typed as Sheets types it', () => {
    const { person } = roster();
    const result = person.paste('B2', [
      ['Ayu', 'ya', '12,5'],
      ['Budi', 'tidak', '2026-09-15'],
    ]);
    expect(result).toEqual({ ok: true, warnings: [] });
    expect(person.displayValues().slice(1)).toEqual([
      ['', 'Ayu', 'ya', '12,5'],
      ['', 'Budi', 'tidak', '2026-09-15'],
    ]);
    expect(person.cell('D3').value).toBeInstanceOf(Date);
  });

  it('refuses the whole block at a rejected value, naming the cell, and writes nothing', () => {
    const { person } = roster();
    const result = person.paste('B2', [
      ['Ayu', 'ya'],
      ['Budi', 'Ya!'],
    ]);
    expect(result).toEqual({ ok: false, error: 'C3: Pilih nilai dari daftar.', warnings: [] });
    expect(person.lastRow()).toBe(0);
  });

  it('refuses the whole block over a locked cell', () => {
    const { person, sheet } = roster();
    const lock = sheet.getRange('E1:E10').protect();
    lock.removeEditors(lock.getEditors());
    expect(person.paste('D1', [['1', '2']])).toEqual({ ok: false, error: `E1: ${PROTECTED}`, warnings: [] });
    expect(person.cell('D1').value).toBe('');
  });

  it('writes over a warning-only range and says so once', () => {
    const { person, sheet } = roster();
    sheet.getRange('E:E').protect().setWarningOnly(true);
    expect(person.paste('E1', [['1'], ['2']])).toEqual({ ok: true, warnings: [WARNING] });
    expect(person.values().map((r) => r[4])).toEqual([1, 2]);
  });

  it('leaves cells under empty fields alone unless told to clear them, as Sheets does', () => {
    const { person } = roster();
    person.paste('A1', [['a', 'b', 'c']]);
    person.paste('A1', [['x', '', 'z']]);
    expect(person.values()[0]).toEqual(['x', 'b', 'z']);
    person.paste('A1', [['', '', 'z']], { blanks: 'clear' });
    expect(person.values()[0]).toEqual(['', '', 'z']);
  });

  it('clears a range with the Delete key, keeping its validation', () => {
    const { person } = roster();
    person.paste('B2', [['Ayu', 'ya']]);
    expect(person.clear('B2:C2').ok).toBe(true);
    expect(person.lastRow()).toBe(0);
    expect(person.setCell('C2', 'mungkin')).toMatchObject({ ok: false, error: 'Pilih nilai dari daftar.' });
  });
});

describe('verdicts and rows', () => {
  it('tells what editing a range meets: nothing, a warning, or a lock', () => {
    const { person, sheet } = roster();
    sheet.getRange('N2:N').protect().setWarningOnly(true);
    const lock = sheet.getRange('Q1:Q10').protect();
    expect(person.verdict('A1:M5')).toBe('free');
    expect(person.verdict('M1:N1')).toBe('free'); // N1 is the header, outside N2:N
    expect(person.verdict('M2:N2')).toBe('warning');
    expect(person.verdict('Q5')).toBe('free'); // nobody is locked out until editors are restricted
    lock.removeEditors(lock.getEditors());
    expect(person.verdict('N2:Q2')).toBe('blocked');
  });

  it('warns before deleting or inserting rows inside a guarded range, not when the range only moves', () => {
    const { person, sheet } = roster();
    sheet.getRange('N2:N').protect().setWarningOnly(true);
    expect(person.rowsVerdict('insert', 2)).toBe('free'); // the range moves down
    expect(person.rowsVerdict('insert', 3)).toBe('warning'); // the range grows
    expect(person.rowsVerdict('delete', 1)).toBe('free');
    expect(person.rowsVerdict('delete', 1, 2)).toBe('warning');
    expect(person.deleteRows(5, 2)).toEqual({ ok: true, warnings: [WARNING] });
    expect(person.maxRows()).toBe(998);
  });

  it('refuses row changes under a lock and leaves the sheet as it was', () => {
    const { person, sheet } = roster();
    person.paste('A5', [['keep']]);
    const lock = sheet.getRange('A4:B6').protect();
    lock.removeEditors(lock.getEditors());
    expect(person.deleteRows(5)).toEqual({ ok: false, error: PROTECTED, warnings: [] });
    expect(person.insertRows(5)).toEqual({ ok: false, error: PROTECTED, warnings: [] });
    expect(person.cell('A5').value).toBe('keep');
    expect(person.insertRows(4).ok).toBe(true);
    expect(person.cell('A6').value).toBe('keep');
  });

  it('never deletes every row of a sheet', () => {
    const { person } = roster();
    expect(person.deleteRows(1, person.maxRows()).ok).toBe(false);
    expect(person.maxRows()).toBe(1000);
  });
});
