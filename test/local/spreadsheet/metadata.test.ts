import { describe, expect, it } from 'vitest';
import { errorOf, setup } from './setup';

const ARBITRARY =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

function withKeyColumns() {
  const ctx = setup({ sheets: ['Siswa'] });
  const sheet = ctx.ss.getSheetByName('Siswa')!;
  sheet.getRange(1, 1, 1, 4).setValues([['ID', 'Nama', 'Kelas', 'Status']]);
  const keys = ['student_id', 'name', 'class', 'status'];
  keys.forEach((key, i) => {
    sheet.getRange(1, i + 1, sheet.getMaxRows(), 1).addDeveloperMetadata('pendamping.column', key);
  });
  const columnOf = (key: string) =>
    sheet
      .createDeveloperMetadataFinder()
      .withKey('pendamping.column')
      .withValue(key)
      .find()[0]
      ?.getLocation()
      .getColumn()
      ?.getColumn();
  return { ...ctx, sheet, columnOf };
}

describe('developer metadata', () => {
  it('goes on the spreadsheet, a sheet, or whole rows and columns only', () => {
    const { ss, app } = setup();
    const sheet = ss.getSheets()[0]!;
    ss.addDeveloperMetadata('pendamping.version', '1');
    sheet.addDeveloperMetadata('pendamping.sheet', 'students', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('C:C').addDeveloperMetadata('pendamping.column');
    sheet.getRange('3:3').addDeveloperMetadata('pendamping.row', 'header');
    expect(errorOf(() => sheet.getRange('C1:C10').addDeveloperMetadata('x'))).toBe(ARBITRARY);
    expect(errorOf(() => sheet.getRange('A1').addDeveloperMetadata('x'))).toBe(ARBITRARY);

    const [top] = ss.getDeveloperMetadata();
    expect([top!.getKey(), top!.getValue(), String(top!.getLocation().getLocationType())]).toEqual([
      'pendamping.version',
      '1',
      'SPREADSHEET',
    ]);
    const [onSheet] = sheet.getDeveloperMetadata();
    expect(String(onSheet!.getVisibility())).toBe('PROJECT');
    expect(onSheet!.getLocation().getSheet()?.getName()).toBe('Sheet1');
    const [column] = sheet.getRange('C:C').getDeveloperMetadata();
    expect([column!.getValue(), column!.getLocation().getColumn()?.getA1Notation()]).toEqual([
      null,
      'C1:C1000',
    ]);
    const rows = ss
      .createDeveloperMetadataFinder()
      .withLocationType(app.DeveloperMetadataLocationType.ROW)
      .find();
    expect(rows.map((m) => m.getLocation().getRow()?.getRow())).toEqual([3]);
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(4);
  });

  it('follows its column when columns are inserted, deleted or moved', () => {
    const { sheet, columnOf, wb } = withKeyColumns();
    expect(columnOf('class')).toBe(3);
    sheet.insertColumnsBefore(1, 2);
    expect(columnOf('class')).toBe(5);
    expect(sheet.getRange(1, 5).getValue()).toBe('Kelas');
    sheet.deleteColumns(1, 2);
    expect([columnOf('student_id'), columnOf('class')]).toEqual([1, 3]);
    sheet.moveColumns(sheet.getRange('C:C'), 1);
    expect([columnOf('class'), columnOf('student_id'), columnOf('name'), columnOf('status')]).toEqual([
      1, 2, 3, 4,
    ]);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([['Kelas', 'ID', 'Nama', 'Status']]);

    const person = wb.sheet('Siswa');
    person.moveColumn(1, 4);
    expect(person.values()).toEqual([['ID', 'Nama', 'Status', 'Kelas']]);
    expect(columnOf('class')).toBe(4);
    person.insertColumns(2);
    expect(columnOf('name')).toBe(3);
    person.deleteColumns(3);
    expect(columnOf('name')).toBeUndefined();
    expect(columnOf('status')).toBe(3);
  });

  it('can be changed, moved and removed', () => {
    const { sheet, columnOf } = withKeyColumns();
    const [meta] = sheet.createDeveloperMetadataFinder().withValue('status').find();
    meta!.moveToColumn(sheet.getRange('B:B'));
    expect(columnOf('status')).toBe(2);
    meta!.setValue('state');
    expect(columnOf('state')).toBe(2);
    meta!.remove();
    expect(columnOf('state')).toBeUndefined();
    expect(sheet.createDeveloperMetadataFinder().find()).toHaveLength(3);
    expect(sheet.getRange('A1:D1').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      sheet.getRange('A1:D1').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(3);
  });
});
