/**
 * Conformance: the data validation Setup puts on enum, yes/no, number, date and reference columns
 * — how rules are built, read back, removed, and what they do to a person's typing.
 */
import { describe, expect, it } from 'vitest';
import { setup } from '../spreadsheet/setup';
import { cite } from './cite';

const BUILDER = 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder';
const RULE = 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation';
const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';

function workbook() {
  const { ss, app, wb } = setup({ sheets: ['Siswa', 'Mentor'] });
  const siswa = ss.getSheetByName('Siswa')!;
  return { ss, app, wb, siswa, person: wb.sheet('Siswa') };
}

describe('Building rules', () => {
  it(
    cite(
      `${BUILDER}#requireValueInList(String,Boolean)`,
      'a list rule reads back its values and dropdown flag',
    ),
    () => {
      const { app } = workbook();
      const rule = app.newDataValidation().requireValueInList(['ya', 'tidak'], true).build();
      expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
      expect(rule.getCriteriaValues()).toEqual([['ya', 'tidak'], true]);
    },
  );

  it(
    cite(
      `${BUILDER}#setAllowInvalid(Boolean)`,
      'a new rule allows invalid input (a warning) until told otherwise',
    ),
    () => {
      const { app } = workbook();
      const builder = app.newDataValidation().requireValueInList(['ya', 'tidak']);
      expect(builder.build().getAllowInvalid()).toBe(true);
      expect(builder.setAllowInvalid(false).build().getAllowInvalid()).toBe(false);
    },
  );

  it(cite(`${BUILDER}#setHelpText(String)`, 'help text travels with the rule onto the cells'), () => {
    const { app, siswa } = workbook();
    const rule = app.newDataValidation().requireDate().setHelpText('Tanggal: yyyy-mm-dd').build();
    siswa.getRange('B2:B5').setDataValidation(rule);
    expect(siswa.getRange('B4').getDataValidation()!.getHelpText()).toBe('Tanggal: yyyy-mm-dd');
  });

  it(
    cite(
      `${BUILDER}#requireCheckbox()`,
      'a checkbox rule needs booleans; with two values it needs one of them',
    ),
    () => {
      const { app } = workbook();
      const plain = app.newDataValidation().requireCheckbox().build();
      expect([String(plain.getCriteriaType()), plain.getCriteriaValues()]).toEqual(['CHECKBOX', []]);
      const custom = app.newDataValidation().requireCheckbox('ya', 'tidak').build();
      expect(custom.getCriteriaValues()).toEqual(['ya', 'tidak']);
    },
  );

  it(
    cite(
      `${RULE}#copy()`,
      "copy() gives a builder from the rule's settings; the rule itself does not change",
    ),
    () => {
      const { app } = workbook();
      const rule = app.newDataValidation().requireNumberBetween(0, 100).setHelpText('0–100').build();
      const changed = rule.copy().setHelpText('0 sampai 100').build();
      expect([rule.getHelpText(), changed.getHelpText()]).toEqual(['0–100', '0 sampai 100']);
      expect(changed.getCriteriaValues()).toEqual([0, 100]);
    },
  );
});

describe('Rules on cells', () => {
  it(
    cite(`${RANGE}#getDataValidations()`, 'a cell without a rule reads back null, in a grid per cell'),
    () => {
      const { app, siswa } = workbook();
      expect(siswa.getRange('A1').getDataValidation()).toBeNull();
      siswa.getRange('A2').setDataValidation(app.newDataValidation().requireTextIsEmail().build());
      const grid = siswa.getRange('A1:A2').getDataValidations();
      expect(grid[0]![0]).toBeNull();
      expect(String(grid[1]![0]!.getCriteriaType())).toBe('TEXT_IS_VALID_EMAIL');
    },
  );

  it(
    cite(`${RANGE}#setDataValidation(DataValidation)`, 'null removes the rule from every cell of the range'),
    () => {
      const { app, siswa } = workbook();
      const range = siswa.getRange('C2:C4');
      range.setDataValidation(app.newDataValidation().requireValueInList(['ya', 'tidak']).build());
      range.setDataValidation(null);
      expect(range.getDataValidations()).toEqual([[null], [null], [null]]);
    },
  );
});

describe('What a rule does to a person typing', () => {
  it(
    cite(
      `${BUILDER}#setAllowInvalid(Boolean)`,
      'with allowInvalid false the input is rejected, with the help text',
    ),
    () => {
      const { app, siswa, person } = workbook();
      siswa
        .getRange('C2:C10')
        .setDataValidation(
          app
            .newDataValidation()
            .requireValueInList(['ya', 'tidak'], true)
            .setAllowInvalid(false)
            .setHelpText('Pilih ya atau tidak')
            .build(),
        );
      expect(person.setCell('C2', 'mungkin')).toEqual({
        ok: false,
        error: 'Pilih ya atau tidak',
        warnings: [],
      });
      expect(person.cell('C2').value).toBe('');
      expect(person.setCell('C2', 'ya').ok).toBe(true);
      expect(person.cell('C2').value).toBe('ya');
    },
  );

  it(
    cite(`${BUILDER}#setAllowInvalid(Boolean)`, 'with allowInvalid true the input goes in with a warning'),
    () => {
      const { app, siswa, person } = workbook();
      siswa.getRange('D2').setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).build());
      const typed = person.setCell('D2', '9');
      expect(typed.ok).toBe(true);
      expect(typed.warnings).toHaveLength(1);
      expect(person.cell('D2').value).toBe(9);
    },
  );

  it(
    cite(
      `${BUILDER}#requireValueInRange(Range,Boolean)`,
      'a range rule accepts only what the source range holds',
    ),
    () => {
      const { app, ss, siswa, person } = workbook();
      const mentor = ss.getSheetByName('Mentor')!;
      mentor.getRange('A2:A3').setValues([['M01'], ['M02']]);
      siswa
        .getRange('E2')
        .setDataValidation(
          app
            .newDataValidation()
            .requireValueInRange(mentor.getRange('A2:A'), true)
            .setAllowInvalid(false)
            .build(),
        );
      expect(person.setCell('E2', 'M03').ok).toBe(false);
      expect(person.setCell('E2', 'M02').ok).toBe(true);
      // A mentor added later is accepted at once: the rule reads the range, not a copy.
      mentor.getRange('A4').setValue('M03');
      expect(person.setCell('E2', 'M03').ok).toBe(true);
    },
  );
});
