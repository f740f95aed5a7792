/**
 * Sheet: identity, ranges, frozen panes, conditional formats, protections, developer metadata and
 * charts; structural edits come from sheet-structure.ts.
 */
import type { Access } from '../../env';
import { SheetsError } from '../model/errors';
import { chartBuilder, chartOf, embeddedChart, insertChartModel } from './chart';
import { conditionalRule, conditionalRuleOf } from './conditional';
import type { Ctx } from './context';
import { sheetOf } from './context';
import type { Method } from './define';
import { defineFacade, expectArgs, isNumber, isString, signatureError } from './define';
import { enumName, ProtectionType } from './enums';
import { addMetadata, metadataFinder, metadataList } from './metadata';
import { addProtection, protectionFacade } from './protection';
import { rangeFacade } from './range';
import type { Rect } from './range-args';
import { rectFromArgs } from './range-args';
import { normaliseColor } from './range-format';
import { structureMethods } from './sheet-structure';
import { spreadsheetFacade } from './spreadsheet';

export function sheetFacade(ctx: Ctx, sheetId: number): object {
  const { env, wb } = ctx;
  const kind = 'Sheet';
  let self: object;
  const me = () => self;
  const sheet = () => sheetOf(ctx, sheetId);
  const range = ({ notation, ...rect }: Rect) => rangeFacade(ctx, { sheetId, ...rect }, notation);
  const noop = () => self;
  const calculated = () => {
    wb.ensureCalculated();
    return sheet();
  };
  const frozen = (field: 'frozenRows' | 'frozenCols', method: string): [Access, Method] => [
    'write',
    (...a: unknown[]) => {
      expectArgs(`${kind}.${method}`, a, isNumber);
      const n = Math.trunc(a[0] as number);
      const s = sheet();
      const max = field === 'frozenRows' ? s.maxRows : s.maxCols;
      if (n < 0) throw signatureError(`${kind}.${method}`, a);
      if (n >= max) {
        throw new SheetsError(
          `You can't freeze all visible ${field === 'frozenRows' ? 'rows' : 'columns'} on the sheet.`,
        );
      }
      s[field] = n;
      return self;
    },
  ];
  const chartList = () => {
    const out = env.toScript([] as unknown[]);
    for (const chart of sheet().charts) out.push(embeddedChart(ctx, sheetId, chart));
    return out;
  };

  self = defineFacade(
    env,
    kind,
    {
      getName: ['read', () => sheet().name],
      setName: [
        'write',
        (...a: unknown[]) => {
          expectArgs(`${kind}.setName`, a, isString);
          wb.renameSheet(sheet(), a[0] as string);
          return self;
        },
      ],
      getSheetId: ['read', () => sheet().id],
      getFormUrl: ['read', () => ctx.hooks.formUrl?.(sheet().id) ?? null],
      getIndex: ['read', () => wb.sheets.indexOf(sheet()) + 1],
      getParent: ['read', () => spreadsheetFacade(ctx)],
      activate: [
        'write',
        () => {
          wb.activeSheetId = sheet().id;
          return self;
        },
      ],
      isSheetHidden: ['read', () => sheet().hidden],
      hideSheet: [
        'write',
        () => {
          if (wb.sheets.filter((s) => !s.hidden && s.id !== sheetId).length === 0) {
            throw new SheetsError("You can't hide all the sheets in a document.");
          }
          sheet().hidden = true;
          return self;
        },
      ],
      showSheet: [
        'write',
        () => {
          sheet().hidden = false;
          return self;
        },
      ],
      getTabColor: ['read', () => sheet().tabColor],
      setTabColor: [
        'write',
        (color: unknown) => {
          if (color !== null && !isString(color)) throw signatureError(`${kind}.setTabColor`, [color]);
          sheet().tabColor = color === null ? null : normaliseColor(color as string);
          return self;
        },
      ],
      getRange: ['read', (...args: unknown[]) => range(rectFromArgs(sheet(), args))],
      getDataRange: [
        'read',
        () => {
          wb.ensureCalculated();
          const s = sheet();
          return range({
            row: 1,
            col: 1,
            numRows: Math.max(1, s.lastRow()),
            numCols: Math.max(1, s.lastColumn()),
          });
        },
      ],
      getLastRow: ['read', () => calculated().lastRow()],
      getLastColumn: ['read', () => calculated().lastColumn()],
      getMaxRows: ['read', () => sheet().maxRows],
      getMaxColumns: ['read', () => sheet().maxCols],
      getFrozenRows: ['read', () => sheet().frozenRows],
      getFrozenColumns: ['read', () => sheet().frozenCols],
      setFrozenRows: frozen('frozenRows', 'setFrozenRows'),
      setFrozenColumns: frozen('frozenCols', 'setFrozenColumns'),
      getConditionalFormatRules: [
        'read',
        () => {
          const out = env.toScript([] as unknown[]);
          for (const rule of sheet().conditionalRules) out.push(conditionalRule(ctx, structuredClone(rule)));
          return out;
        },
      ],
      setConditionalFormatRules: [
        'write',
        (rules: unknown) => {
          const list = env.fromScript(rules);
          if (!Array.isArray(list)) throw signatureError(`${kind}.setConditionalFormatRules`, [rules]);
          const models = list.map((r) =>
            structuredClone(conditionalRuleOf(r, `${kind}.setConditionalFormatRules`)),
          );
          if (models.some((m) => m.ranges.some((r) => r.sheetId !== sheetId))) {
            throw new SheetsError('The conditional format rule cannot reference a different sheet.');
          }
          sheet().conditionalRules = models;
          return self;
        },
      ],
      clearConditionalFormatRules: [
        'write',
        () => {
          sheet().conditionalRules = [];
        },
      ],
      protect: [
        'write',
        () => {
          const existing = wb.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheetId);
          return existing ? protectionFacade(ctx, existing.id) : addProtection(ctx, 'SHEET', sheetId);
        },
      ],
      getProtections: [
        'read',
        (type: unknown) => {
          const name = enumName(ProtectionType, type);
          if (!name) throw signatureError(`${kind}.getProtections`, [type]);
          const out = env.toScript([] as unknown[]);
          for (const p of wb.protections) {
            if (p.sheetId === sheetId && p.type === name) out.push(protectionFacade(ctx, p.id));
          }
          return out;
        },
      ],
      addDeveloperMetadata: [
        'write',
        (...args: unknown[]) => {
          addMetadata(ctx, { type: 'SHEET', sheetId: sheet().id }, `${kind}.addDeveloperMetadata`, args);
          return self;
        },
      ],
      getDeveloperMetadata: [
        'read',
        () => metadataList(ctx, (e) => e.location.type === 'SHEET' && e.location.sheetId === sheetId),
      ],
      createDeveloperMetadataFinder: [
        'read',
        () => metadataFinder(ctx, (e) => e.location.type !== 'SPREADSHEET' && e.location.sheetId === sheetId),
      ],
      newChart: ['read', () => chartBuilder(ctx, sheetId)],
      insertChart: [
        'write',
        (chart: unknown) => {
          insertChartModel(ctx, sheet().charts, chartOf(chart, `${kind}.insertChart`));
        },
      ],
      getCharts: ['read', chartList],
      updateChart: [
        'write',
        (chart: unknown) => {
          const model = chartOf(chart, `${kind}.updateChart`);
          const s = sheet();
          const i = s.charts.findIndex((c) => c.id === model.id);
          if (i < 0) throw new SheetsError('The chart is not in this sheet.');
          s.charts[i] = structuredClone(model);
        },
      ],
      removeChart: [
        'write',
        (chart: unknown) => {
          const model = chartOf(chart, `${kind}.removeChart`);
          sheet().charts = sheet().charts.filter((c) => c.id !== model.id);
        },
      ],
      autoResizeColumn: ['write', noop],
      autoResizeColumns: ['write', noop],
      autoResizeRows: ['write', noop],
      setColumnWidth: ['write', noop],
      setColumnWidths: ['write', noop],
      setRowHeight: ['write', noop],
      setRowHeights: ['write', noop],
      getColumnWidth: ['read', () => 100],
      hideColumns: ['write', noop],
      showColumns: ['write', noop],
      hideRows: ['write', noop],
      showRows: ['write', noop],
      setHiddenGridlines: ['write', noop],
      ...structureMethods(ctx, sheetId, me),
    },
    sheetId,
  );
  return self;
}
