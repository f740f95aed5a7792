/**
 * Custom functions see whole open-ended ranges and spill as high; their cells may show
 * "Loading..." or an error for a while, and the add-on must not take those as values.
 */
import { describe, expect, it } from 'vitest';
import { cite, PAGES } from './cite';
import { probe } from './probe';

const ARGS = `${PAGES.customFunctions}#arguments`;
const RETURN = `${PAGES.customFunctions}#return_values`;

function sheet(rows = 1000) {
  const rt = probe();
  const s = rt.spreadsheet.sheet('Sheet1');
  if (rows !== 1000) rt.spreadsheet.sheetByName('Sheet1')!.maxRows = rows;
  return { rt, s };
}

describe('open-ended ranges in custom functions', () => {
  it(cite(ARGS, 'A2:A holds every row down to the sheet’s last, blanks included'), () => {
    const { s } = sheet();
    s.paste('A2', [['1'], ['2']]);
    s.setCell('B1', '=PROBE_LEN(A2:A)');
    expect(s.cell('B1').value).toBe(999);
  });

  it(cite(ARGS, 'the height follows the sheet, not the data'), () => {
    const { s } = sheet(50);
    s.setCell('B1', '=PROBE_LEN(A2:A)');
    expect(s.cell('B1').value).toBe(49);
  });

  it(cite(RETURN, 'a result as high as its argument spills to the sheet’s last row'), () => {
    const { s } = sheet(6);
    s.paste('A2', [['x'], ['y']]);
    s.setCell('B2', '=PROBE_ROWS(A2:A)');
    expect(s.values().map((r) => r[1])).toEqual(['', 'x', 'y', '·', '·', '·']);
  });

  it(cite(RETURN, 'a result that would overwrite data shows #REF!'), () => {
    const { s } = sheet(6);
    s.setCell('B5', 'typed');
    s.setCell('B2', '=PROBE_ROWS(A2:A)');
    expect([s.cell('B2').value, s.cell('B2').error]).toEqual([
      '#REF!',
      'Array result was not expanded because it would overwrite data in B5.',
    ]);
  });

  it(cite(RETURN, 'a result starting below its argument’s first row runs past the sheet: #REF!'), () => {
    const { s } = sheet(6);
    s.setCell('B3', '=PROBE_ROWS(A2:A)');
    expect(s.cell('B3').error).toMatch(/please insert more rows \(1\)/);
  });
});

describe('results that are not in yet', () => {
  it(
    cite(`${PAGES.customFunctions}#optimization`, 'a formula can show Loading... while its call runs'),
    () => {
      const { rt, s } = sheet();
      rt.customFunctions = 'loading';
      s.setCell('B1', '=PROBE_LEN(A2:A)');
      expect(s.cell('B1').value).toBe('Loading...');
      rt.customFunctions = 'run';
      expect(s.cell('B1').value).toBe(999);
    },
  );

  it(
    cite(`${PAGES.customFunctions}#troubleshooting`, 'a formula can show an error when its call fails'),
    () => {
      const { rt, s } = sheet();
      rt.customFunctions = 'error';
      s.setCell('B1', '=PROBE_LEN(A2:A)');
      expect(s.cell('B1').value).toBe('#ERROR!');
    },
  );
});
