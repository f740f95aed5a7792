/**
 * The facade seen from a node:vm script realm, as the runtime loads dist/: arrays and Dates the
 * script can `instanceof`, script Errors, and script values written back into cells.
 */
import { describe, expect, it } from 'vitest';
import type { Env } from '../../../local/gas/env';
import { isAllowed, permissionMessage } from '../../../local/gas/env';
import { createRealm } from '../../../local/gas/realm';
import { createSpreadsheetApp, Workbook } from '../../../local/gas/spreadsheet';

const script = `
function write() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange(1, 1, 2, 2).setValues([[new Date(Date.UTC(2026, 8, 15)), '0012'], [1, '=DOUBLE(C1:C2)']]);
  sheet.getRange('C1:C2').setValues([[5], [6]]);
}
function read() {
  var ss = SpreadsheetApp.getActive();
  var values = ss.getSheets()[0].getDataRange().getValues();
  return [ss.getSheets() instanceof Array, values instanceof Array, values[0] instanceof Array, values[0][0] instanceof Date];
}
function fail() {
  try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { return [e instanceof Error, e.message]; }
}
function DOUBLE(column) {
  if (!(column instanceof Array) || !(column[0] instanceof Array)) throw new Error('not a script array');
  return column.map(function (row) { return [row[0] * 2]; });
}
`;

describe('the facade in a script realm', () => {
  it('hands the script its own arrays, Dates and Errors, and takes its values back', () => {
    const realm = createRealm(
      {},
      { clock: () => Date.parse('2026-09-15T00:00:00Z'), timeZone: 'Asia/Jakarta' },
    );
    let mode: 'FULL' | 'CUSTOM_FUNCTION' = 'FULL';
    const env: Env = {
      get mode() {
        return mode;
      },
      timeZone: 'Asia/Jakarta',
      scriptTimeZone: 'Asia/Jakarta',
      user: () => 'koordinator@sekolah.sch.id',
      hasDocument: true,
      deployment: 'addon',
      touch(method, access) {
        if (!isAllowed(mode, access)) throw realm.error(permissionMessage(method));
      },
      now: () => new Date('2026-09-15T00:00:00Z'),
      toScript: (v) => realm.toScript(v),
      fromScript: (v) => realm.fromScript(v),
      fail(message) {
        throw realm.error(message);
      },
    };
    const wb = new Workbook({ timeZone: 'Asia/Jakarta' });
    const call = (name: string, args: unknown[] = []) =>
      realm.fromScript((realm.global[name] as (...a: unknown[]) => unknown)(...realm.toScript(args)));
    const customFunctions = {
      has: (name: string) => typeof realm.global[name] === 'function',
      call: (name: string, args: unknown[]) => {
        mode = 'CUSTOM_FUNCTION';
        try {
          return call(name, args);
        } finally {
          mode = 'FULL';
        }
      },
    };
    realm.global.SpreadsheetApp = createSpreadsheetApp(env, wb, { customFunctions });
    realm.load(script, 'Code.js');

    call('write');
    expect(call('read')).toEqual([true, true, true, true]);
    expect(call('fail')).toEqual([true, 'The starting row of the range is too small.']);
    const values = wb.sheet('Sheet1').values();
    expect(values).toEqual([
      [new Date('2026-09-15T00:00:00Z'), 12, 5],
      [1, 10, 6],
      ['', 12, ''],
    ]);
    expect(values[0]![0]).toBeInstanceOf(Date);
    expect(wb.sheet('Sheet1').cell('B2').error).toBeUndefined();
  });
});
