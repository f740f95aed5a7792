/**
 * Conformance: developer metadata, which is how the add-on finds its sheets and columns after a
 * teacher renamed or moved them — where it may sit, how it follows the grid, how finders scope.
 */
import { describe, expect, it } from 'vitest';
import { errorOf, setup } from '../spreadsheet/setup';
import { cite } from './cite';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';
const SPREADSHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet';
const METADATA = 'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata';
const FINDER = 'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder';
const GUIDE = 'https://developers.google.com/sheets/api/guides/metadata';
const RESOURCE = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata';

const ARBITRARY =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

function workbook() {
  const { ss, app } = setup({ sheets: ['Siswa', 'Mentor'] });
  return { ss, app, siswa: ss.getSheetByName('Siswa')!, mentor: ss.getSheetByName('Mentor')! };
}

const keysOf = (found: GoogleAppsScript.Spreadsheet.DeveloperMetadata[]) =>
  found.map((m) => `${m.getKey()}=${m.getValue()}`).sort();

describe('Where metadata may sit', () => {
  it(cite(GUIDE, 'on rows, columns, sheets or the spreadsheet; any other range is refused'), () => {
    const { siswa } = workbook();
    for (const a1 of ['A1', 'C2:C', 'C1:C999', 'A3:Y3']) {
      expect(errorOf(() => siswa.getRange(a1).addDeveloperMetadata('k'))).toBe(ARBITRARY);
    }
    expect(siswa.getDeveloperMetadata()).toHaveLength(0);
  });

  it(
    cite(
      `${RANGE}#addDeveloperMetadata(String,String)`,
      'a whole column, however it was addressed, is a COLUMN location',
    ),
    () => {
      const { siswa } = workbook();
      siswa.getRange('C:C').addDeveloperMetadata('pendamping.column', 'class');
      siswa.getRange(1, 4, siswa.getMaxRows(), 1).addDeveloperMetadata('pendamping.column', 'status');
      const found = siswa.createDeveloperMetadataFinder().withKey('pendamping.column').find();
      expect(
        found.map((m) => [
          m.getValue(),
          String(m.getLocation().getLocationType()),
          m.getLocation().getColumn()?.getA1Notation(),
        ]),
      ).toEqual([
        ['class', 'COLUMN', 'C1:C1000'],
        ['status', 'COLUMN', 'D1:D1000'],
      ]);
    },
  );

  it(cite(`${METADATA}#getValue()`, 'metadata added with a key only has a null value'), () => {
    const { siswa } = workbook();
    siswa.addDeveloperMetadata('pendamping.sheet');
    expect(siswa.getDeveloperMetadata()[0]!.getValue()).toBeNull();
  });

  it(
    cite(
      'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility',
      'visibility is kept: PROJECT when asked for, DOCUMENT by default',
    ),
    () => {
      const { siswa, app } = workbook();
      siswa.addDeveloperMetadata('a', 'x', app.DeveloperMetadataVisibility.PROJECT);
      siswa.addDeveloperMetadata('b', 'y');
      expect(siswa.getDeveloperMetadata().map((m) => String(m.getVisibility()))).toEqual([
        'PROJECT',
        'DOCUMENT',
      ]);
    },
  );
});

describe('Metadata follows the grid', () => {
  it(cite(RESOURCE, 'a column keeps its metadata when a column is inserted before it or it is moved'), () => {
    const { siswa } = workbook();
    siswa.getRange('B:B').addDeveloperMetadata('pendamping.column', 'name');
    siswa.insertColumnsBefore(1, 2);
    const column = () =>
      siswa
        .createDeveloperMetadataFinder()
        .withValue('name')
        .find()[0]!
        .getLocation()
        .getColumn()!
        .getColumn();
    expect(column()).toBe(4);
    siswa.moveColumns(siswa.getRange('D:D'), 1);
    expect(column()).toBe(1);
  });

  it(cite(RESOURCE, 'deleting a column deletes its metadata with it'), () => {
    const { siswa } = workbook();
    siswa.getRange('B:B').addDeveloperMetadata('pendamping.column', 'name');
    siswa.getRange('C:C').addDeveloperMetadata('pendamping.column', 'class');
    siswa.deleteColumn(2);
    expect(keysOf(siswa.createDeveloperMetadataFinder().find())).toEqual(['pendamping.column=class']);
  });
});

describe('Finders', () => {
  it(
    cite(
      `${RANGE}#createDeveloperMetadataFinder()`,
      "a range's finder sees only metadata wholly inside it: row 3 is not in A1:D5 but is in 1:5",
    ),
    () => {
      const { siswa } = workbook();
      siswa.getRange('3:3').addDeveloperMetadata('row', 'three');
      expect(siswa.getRange('A1:D5').createDeveloperMetadataFinder().find()).toHaveLength(0);
      expect(keysOf(siswa.getRange('1:5').createDeveloperMetadataFinder().find())).toEqual(['row=three']);
    },
  );

  it(
    cite(
      `${FINDER}#onIntersectingLocations()`,
      'onIntersectingLocations widens a range finder to what it touches',
    ),
    () => {
      const { siswa } = workbook();
      siswa.getRange('3:3').addDeveloperMetadata('row', 'three');
      const finder = siswa.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations();
      expect(keysOf(finder.find())).toEqual(['row=three']);
    },
  );

  it(
    cite(
      `${SHEET}#createDeveloperMetadataFinder()`,
      "a sheet's finder sees the sheet's own metadata and its rows' and columns', not another sheet's",
    ),
    () => {
      const { ss, siswa, mentor } = workbook();
      ss.addDeveloperMetadata('version', '1');
      siswa.addDeveloperMetadata('pendamping.sheet', 'students');
      siswa.getRange('A:A').addDeveloperMetadata('pendamping.column', 'student_id');
      mentor.addDeveloperMetadata('pendamping.sheet', 'mentors');
      expect(keysOf(siswa.createDeveloperMetadataFinder().find())).toEqual([
        'pendamping.column=student_id',
        'pendamping.sheet=students',
      ]);
    },
  );

  it(
    cite(
      `${SPREADSHEET}#createDeveloperMetadataFinder()`,
      "the spreadsheet's finder sees every sheet, row and column",
    ),
    () => {
      const { ss, siswa, mentor } = workbook();
      ss.addDeveloperMetadata('version', '1');
      siswa.addDeveloperMetadata('pendamping.sheet', 'students');
      mentor.getRange('2:2').addDeveloperMetadata('row', 'two');
      expect(keysOf(ss.createDeveloperMetadataFinder().find())).toEqual([
        'pendamping.sheet=students',
        'row=two',
        'version=1',
      ]);
    },
  );

  it(
    cite(
      `${FINDER}#withLocationType(DeveloperMetadataLocationType)`,
      'withKey, withValue and withLocationType narrow a search',
    ),
    () => {
      const { ss, app, siswa } = workbook();
      siswa.addDeveloperMetadata('pendamping.sheet', 'students');
      siswa.getRange('A:A').addDeveloperMetadata('pendamping.sheet', 'not-a-sheet');
      const sheets = ss
        .createDeveloperMetadataFinder()
        .withKey('pendamping.sheet')
        .withLocationType(app.DeveloperMetadataLocationType.SHEET)
        .find();
      expect(keysOf(sheets)).toEqual(['pendamping.sheet=students']);
      expect(ss.createDeveloperMetadataFinder().withValue('not-a-sheet').find()).toHaveLength(1);
      expect(ss.createDeveloperMetadataFinder().withKey('nothing').find()).toEqual([]);
    },
  );
});
