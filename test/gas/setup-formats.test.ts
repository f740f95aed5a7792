/** Setup's number formats never turn a formula column into plain text. */
import { describe, expect, it } from 'vitest';
import { setUp, sheetOf } from '../helpers/workbook';

describe('Setup and formula columns', () => {
  it('puts no plain-text (@) format on a column that holds a formula, and repairs one that has it', () => {
    const { rt, lang } = setUp();
    const students = sheetOf(rt, 'students', lang);
    const formulas = students.formulas()[1]!;
    const columns = formulas.map((f, i) => (f ? i : -1)).filter((i) => i >= 0);
    expect(columns.length).toBeGreaterThan(5);
    const letter = (i: number) => String.fromCharCode(65 + i);
    const formats = () => columns.map((i) => [letter(i), students.cell(`${letter(i)}3`).format ?? 'General']);
    expect(formats().filter(([, f]) => f === '@')).toEqual([]);
    // A workbook set up by an older version had '@' on the reasons column: Setup repairs it.
    const data = rt.spreadsheet.sheetByName(students.name)!;
    for (let row = 2; row <= data.maxRows; row++) data.ensureCell(row, columns.at(-1)! + 1).format = '@';
    expect(formats().filter(([, f]) => f === '@')).toHaveLength(1);
    rt.call('setupWorkbook');
    expect(formats().filter(([, f]) => f === '@')).toEqual([]);
  });
});
