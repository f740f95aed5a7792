/**
 * Conformance: protections. Setup puts a warning-only protection on computed columns: people are
 * warned, not locked out, and the add-on's own writes still land.
 */
import { describe, expect, it } from 'vitest';
import { PROTECTED_MESSAGE, WARNING_MESSAGE } from '../../../local/gas/spreadsheet/model/protection';
import { setup } from '../spreadsheet/setup';
import { cite } from './cite';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';
const PROTECTION = 'https://developers.google.com/apps-script/reference/spreadsheet/protection';

function workbook() {
  const { ss, app, wb } = setup({ sheets: ['Siswa'] });
  return { app, siswa: ss.getSheetByName('Siswa')!, person: wb.sheet('Siswa') };
}

describe('Range and sheet protections', () => {
  it(
    cite(
      `${RANGE}#protect()`,
      "a new protection mirrors the spreadsheet's permissions: until editors change, people can still edit",
    ),
    () => {
      const { siswa, person } = workbook();
      const protection = siswa.getRange('O2:O').protect();
      expect(protection.isWarningOnly()).toBe(false);
      expect(person.setCell('O2', '5')).toEqual({ ok: true, warnings: [] });
    },
  );

  it(
    cite(
      `${PROTECTION}#setWarningOnly(Boolean)`,
      'warning-only: every user can edit, but the edit prompts a warning first',
    ),
    () => {
      const { siswa, person } = workbook();
      const protection = siswa
        .getRange('O2:O')
        .protect()
        .setDescription('Pendamping: computed')
        .setWarningOnly(true);
      expect([protection.isWarningOnly(), protection.getDescription()]).toEqual([
        true,
        'Pendamping: computed',
      ]);
      expect(person.setCell('O3', '5')).toEqual({ ok: true, warnings: [WARNING_MESSAGE] });
      expect(person.cell('O3').value).toBe(5);
    },
  );

  it(
    cite(
      `${PROTECTION}#removeEditors(String)`,
      'once editors are restricted, a person who is not one is refused',
    ),
    () => {
      const { siswa, person } = workbook();
      siswa.getRange('O2:O').protect().removeEditors(['guru@sekolah.sch.id']);
      expect(person.setCell('O2', '5')).toEqual({ ok: false, error: PROTECTED_MESSAGE, warnings: [] });
      expect(person.cell('O2').value).toBe('');
    },
  );

  it(
    cite(
      `${PROTECTION}#canEdit()`,
      'the script still writes to a protected range: its owner can always edit',
    ),
    () => {
      const { siswa } = workbook();
      const protection = siswa.getRange('O2:O').protect().setWarningOnly(true);
      expect(protection.canEdit()).toBe(true);
      siswa.getRange('O2:O3').setValues([['=1+1'], [7]]);
      expect(siswa.getRange('O2:O3').getValues()).toEqual([[2], [7]]);
    },
  );

  it(
    cite(`${RANGE}#protect()`, 'protecting a protected range again makes a second, overlapping protection'),
    () => {
      const { app, siswa } = workbook();
      siswa.getRange('O2:O').protect();
      siswa.getRange('O2:O').protect();
      const ranges = siswa.getProtections(app.ProtectionType.RANGE);
      expect(ranges.map((p) => p.getRange().getA1Notation())).toEqual(['O2:O1000', 'O2:O1000']);
    },
  );

  it(cite(`${SHEET}#protect()`, 'protecting a sheet again returns its existing protection'), () => {
    const { app, siswa } = workbook();
    siswa.protect().setDescription('first');
    expect(siswa.protect().getDescription()).toBe('first');
    expect(siswa.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });
});
