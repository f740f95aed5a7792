/**
 * Protection: a protected range or sheet. The script is the owner, so canEdit() is true; what the
 * protection does to people (warn, or refuse once editors are restricted) shows in the user API.
 */
import type { GridRect } from '../grid';
import { SheetsError } from '../model/errors';
import type { ProtectionModel } from '../model/protection';
import type { Ctx } from './context';
import { sheetOf } from './context';
import { defineFacade, expectArgs, isBoolean, isString, signatureError } from './define';
import { ProtectionType } from './enums';
import { rangeFacade } from './range';
import { rangeRectOf } from './validation';

/** Adds a protection to the workbook and returns its facade. */
export function addProtection(ctx: Ctx, type: 'RANGE' | 'SHEET', sheetId: number, rect?: GridRect): object {
  const model: ProtectionModel = {
    id: ctx.wb.newId(),
    type,
    sheetId,
    description: '',
    warningOnly: false,
    editors: [],
    restricted: false,
    domainEdit: true,
    unprotected: [],
  };
  if (rect) model.rect = { ...rect };
  ctx.wb.protections.push(model);
  return protectionFacade(ctx, model.id);
}

const emailOf = (user: unknown): string | undefined => {
  if (typeof user === 'string') return user;
  const getEmail = (user as { getEmail?: () => unknown } | null)?.getEmail;
  return typeof getEmail === 'function' ? String(getEmail.call(user)) : undefined;
};

export function protectionFacade(ctx: Ctx, id: number): object {
  const { env, wb } = ctx;
  const kind = 'Protection';
  const model = () => {
    const p = wb.protections.find((x) => x.id === id);
    if (!p) throw new SheetsError('This protected range or sheet has been deleted.');
    return p;
  };
  let self: object;
  const editors = (method: string, add: boolean) => (users: unknown) => {
    const list = Array.isArray(users) ? (env.fromScript(users) as unknown[]) : [users];
    const emails = list.map(emailOf);
    if (emails.some((e) => e === undefined)) throw signatureError(`${kind}.${method}`, [users]);
    const p = model();
    p.editors = add
      ? [...new Set([...p.editors, ...(emails as string[])])]
      : p.editors.filter((e) => !emails.includes(e));
    p.restricted = true;
    return self;
  };
  self = defineFacade(env, kind, {
    getProtectionType: ['read', () => ProtectionType[model().type]],
    getRange: [
      'read',
      () => {
        const p = model();
        if (p.rect) return rangeFacade(ctx, p.rect);
        const sheet = sheetOf(ctx, p.sheetId);
        return rangeFacade(ctx, {
          sheetId: p.sheetId,
          row: 1,
          col: 1,
          numRows: sheet.maxRows,
          numCols: sheet.maxCols,
        });
      },
    ],
    setRange: [
      'write',
      (range: unknown) => {
        const rect = rangeRectOf(range, `${kind}.setRange`);
        const p = model();
        if (p.type !== 'RANGE') throw new SheetsError('Only a range protection can change its range.');
        p.rect = { ...rect };
        p.sheetId = rect.sheetId;
        return self;
      },
    ],
    getDescription: ['read', () => model().description],
    setDescription: [
      'write',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setDescription`, a, isString);
        model().description = a[0] as string;
        return self;
      },
    ],
    isWarningOnly: ['read', () => model().warningOnly],
    setWarningOnly: [
      'write',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setWarningOnly`, a, isBoolean);
        model().warningOnly = a[0] as boolean;
        return self;
      },
    ],
    canEdit: ['read', () => true],
    canDomainEdit: ['read', () => model().domainEdit],
    setDomainEdit: [
      'write',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setDomainEdit`, a, isBoolean);
        Object.assign(model(), { domainEdit: a[0], restricted: true });
        return self;
      },
    ],
    getEditors: [
      'read',
      () => {
        const out = env.toScript([] as unknown[]);
        for (const email of model().editors) {
          out.push(defineFacade(env, 'User', { getEmail: ['read', () => email] }));
        }
        return out;
      },
    ],
    addEditor: ['write', editors('addEditor', true)],
    addEditors: ['write', editors('addEditors', true)],
    removeEditor: ['write', editors('removeEditor', false)],
    removeEditors: ['write', editors('removeEditors', false)],
    getUnprotectedRanges: [
      'read',
      () => {
        const out = env.toScript([] as unknown[]);
        for (const rect of model().unprotected) out.push(rangeFacade(ctx, rect));
        return out;
      },
    ],
    setUnprotectedRanges: [
      'write',
      (ranges: unknown) => {
        const list = env.fromScript(ranges);
        if (!Array.isArray(list)) throw signatureError(`${kind}.setUnprotectedRanges`, [ranges]);
        const p = model();
        if (p.type !== 'SHEET') throw new SheetsError('Only a sheet protection can have unprotected ranges.');
        p.unprotected = list.map((r) => ({ ...rangeRectOf(r, `${kind}.setUnprotectedRanges`) }));
        return self;
      },
    ],
    remove: [
      'write',
      () => {
        model();
        wb.protections = wb.protections.filter((p) => p.id !== id);
      },
    ],
  });
  return self;
}
