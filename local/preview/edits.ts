/**
 * What a person does to the workbook in the page, through the runtime's person-level API (so
 * Sheets' parsing, validation and protection apply): type into a cell, paste, clear, insert or
 * delete rows, add, rename, delete and switch sheets. An edit under a warning-only protection is
 * not made until the person confirmed it: the first reply asks (`confirm: 'warning'`), and the page
 * sends the edit again with `confirmed: true`.
 */
import type { EditResult, Verdict } from '../gas/spreadsheet';
import { columnLetters } from '../gas/spreadsheet/a1';
import type { Runtime } from '../runtime';
import { parseClipboard } from './tsv';

export interface EditReply {
  ok: boolean;
  /** Sheets' message when the edit was refused (a lock, a rejected value, a bad sheet name). */
  error?: string;
  /** The edit waits for the person to confirm Sheets' protection warning. */
  confirm?: 'warning';
  value?: unknown;
}

type Body = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const whole = (v: unknown, fallback: number) =>
  Number.isInteger(v) && (v as number) > 0 ? (v as number) : fallback;

/** Runs `act` unless the verdict forbids it or waits for the person's confirmation. */
function guarded(verdict: Verdict, body: Body, act: () => EditResult): EditReply {
  if (verdict === 'warning' && body.confirmed !== true) return { ok: false, confirm: 'warning' };
  try {
    const result = act();
    return result.ok ? { ok: true, value: result.warnings } : { ok: false, error: result.error ?? '' };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** A sheet by the name the page sent; throws Sheets' message when there is none. */
const sheetOf = (rt: Runtime, body: Body) => rt.spreadsheet.sheet(text(body.sheet));

function attempt(act: () => EditReply): EditReply {
  try {
    return act();
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** POST /api/cell { sheet, a1, value, confirmed } */
export const typeCell = (rt: Runtime, body: Body) =>
  attempt(() => {
    const sheet = sheetOf(rt, body);
    const a1 = text(body.a1);
    return guarded(sheet.verdict(a1), body, () => sheet.setCell(a1, text(body.value)));
  });

/** POST /api/paste { sheet, a1, text, confirmed }: the clipboard's text laid out from a1. */
export const pasteText = (rt: Runtime, body: Body) =>
  attempt(() => {
    const sheet = sheetOf(rt, body);
    const a1 = text(body.a1);
    const raw = text(body.text);
    if (raw === '') return { ok: true, value: [] };
    const rows = parseClipboard(raw);
    const options = { blanks: 'clear' } as const;
    return guarded(sheet.pasteVerdict(a1, rows, options), body, () => sheet.paste(a1, rows, options));
  });

/** POST /api/clear { sheet, range, confirmed }: the Delete key over a selection. */
export const clearRange = (rt: Runtime, body: Body) =>
  attempt(() => {
    const sheet = sheetOf(rt, body);
    const range = text(body.range);
    return guarded(sheet.verdict(range), body, () => sheet.clear(range));
  });

/** POST /api/rows { sheet, action: 'insert' | 'delete', at, count, confirmed } */
export const changeRows = (rt: Runtime, body: Body) =>
  attempt(() => {
    const sheet = sheetOf(rt, body);
    const kind = body.action === 'delete' ? 'delete' : 'insert';
    const at = whole(body.at, 1);
    const count = whole(body.count, 1);
    return guarded(sheet.rowsVerdict(kind, at, count), body, () =>
      kind === 'delete' ? sheet.deleteRows(at, count) : sheet.insertRows(at, count),
    );
  });

/** POST /api/sheets { action: 'add' | 'rename' | 'delete' | 'activate', sheet, name, confirmed } */
export const changeSheets = (rt: Runtime, body: Body) =>
  attempt(() => {
    const wb = rt.spreadsheet;
    switch (body.action) {
      case 'add': {
        // Sheets' "+" adds "SheetN" at the end and shows it.
        const sheet = wb.addSheet(wb.nextSheetName());
        wb.activeSheetId = sheet.id;
        return { ok: true, value: sheet.name };
      }
      case 'rename': {
        const sheet = sheetOf(rt, body);
        const name = text(body.name).trim();
        if (name === sheet.name) return { ok: true, value: name };
        sheet.renameSheet(name);
        return { ok: true, value: name };
      }
      case 'delete': {
        const sheet = sheetOf(rt, body);
        const everything = `A1:${columnLetters(sheet.maxColumns())}${sheet.maxRows()}`;
        return guarded(sheet.verdict(everything), body, () => {
          wb.deleteSheet(sheet.name);
          return { ok: true, warnings: [] };
        });
      }
      case 'activate':
        wb.activeSheetId = sheetOf(rt, body).id;
        return { ok: true };
      default:
        return { ok: false, error: `Unknown sheet action: ${text(body.action)}` };
    }
  });
