/**
 * EmbeddedChartBuilder, EmbeddedChart and the Charts service's enums. Charts are recorded (type,
 * source ranges, anchor, options) so that the preview can draw them and tests can check them.
 */
import type { Env } from '../../env';
import type { ChartModel } from '../model/chart';
import { SheetsError } from '../model/errors';
import type { Ctx } from './context';
import type { Method } from './define';
import {
  defineFacade,
  expectArgs,
  internalOf,
  isBoolean,
  isNumber,
  isString,
  signatureError,
} from './define';
import { ChartType, enumName, LegendPosition } from './enums';
import { rangeFacade } from './range';
import { rangeRectOf } from './validation';

/** A chart not yet inserted has no id. */
const NOT_INSERTED = -1;

export function chartBuilder(ctx: Ctx, sheetId: number, seed?: ChartModel): object {
  const { env } = ctx;
  const kind = 'EmbeddedChartBuilder';
  const model: ChartModel = seed
    ? structuredClone(seed)
    : {
        id: NOT_INSERTED,
        type: 'COLUMN',
        ranges: [],
        anchor: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
        options: {},
        numHeaders: -1,
        transpose: false,
      };
  let self: object;
  const option = (
    name: string,
    method: string,
    check: (v: unknown) => boolean = () => true,
  ): ['read', Method] => [
    'read',
    (...a: unknown[]) => {
      expectArgs(`${kind}.${method}`, a, check);
      model.options[name] = env.fromScript(a[0]);
      return self;
    },
  ];
  const flag = (name: string): ['read', Method] => [
    'read',
    () => {
      model.options[name] = true;
      return self;
    },
  ];
  const as = (type: string): ['read', Method] => [
    'read',
    () => {
      model.type = type;
      return self;
    },
  ];
  self = defineFacade(env, kind, {
    setChartType: [
      'read',
      (type: unknown) => {
        const name = enumName(ChartType, type);
        if (!name) throw signatureError(`${kind}.setChartType`, [type]);
        model.type = name;
        return self;
      },
    ],
    getChartType: ['read', () => ChartType[model.type as keyof typeof ChartType]],
    asPieChart: as('PIE'),
    asColumnChart: as('COLUMN'),
    asBarChart: as('BAR'),
    asLineChart: as('LINE'),
    asAreaChart: as('AREA'),
    asTableChart: as('TABLE'),
    asScatterChart: as('SCATTER'),
    asComboChart: as('COMBO'),
    asHistogramChart: as('HISTOGRAM'),
    addRange: [
      'read',
      (range: unknown) => {
        model.ranges.push({ ...rangeRectOf(range, `${kind}.addRange`) });
        return self;
      },
    ],
    removeRange: [
      'read',
      (range: unknown) => {
        const r = rangeRectOf(range, `${kind}.removeRange`);
        model.ranges = model.ranges.filter((x) => JSON.stringify(x) !== JSON.stringify(r));
        return self;
      },
    ],
    clearRanges: [
      'read',
      () => {
        model.ranges = [];
        return self;
      },
    ],
    getRanges: ['read', () => rangeList(ctx, model)],
    setPosition: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setPosition`, a, isNumber, isNumber, isNumber, isNumber);
        const [row, col, offsetX, offsetY] = a as number[];
        model.anchor = { row: row!, col: col!, offsetX: offsetX!, offsetY: offsetY! };
        return self;
      },
    ],
    setOption: [
      'read',
      (...a: unknown[]) => {
        if (a.length !== 2 || !isString(a[0])) throw signatureError(`${kind}.setOption`, a);
        model.options[a[0] as string] = env.fromScript(a[1]);
        return self;
      },
    ],
    setNumHeaders: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setNumHeaders`, a, isNumber);
        model.numHeaders = a[0] as number;
        return self;
      },
    ],
    setTransposeRowsAndColumns: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setTransposeRowsAndColumns`, a, isBoolean);
        model.transpose = a[0] as boolean;
        return self;
      },
    ],
    setMergeStrategy: ['read', () => self],
    setHiddenDimensionStrategy: ['read', () => self],
    setTitle: option('title', 'setTitle', isString),
    setColors: option('colors', 'setColors', Array.isArray),
    setXAxisTitle: option('hAxis.title', 'setXAxisTitle', isString),
    setYAxisTitle: option('vAxis.title', 'setYAxisTitle', isString),
    setStacked: flag('isStacked'),
    set3D: flag('is3D'),
    setLegendPosition: [
      'read',
      (pos: unknown) => {
        const name = enumName(LegendPosition, pos);
        if (!name) throw signatureError(`${kind}.setLegendPosition`, [pos]);
        model.options['legend.position'] = name.toLowerCase();
        return self;
      },
    ],
    build: ['read', () => embeddedChart(ctx, sheetId, structuredClone(model))],
  });
  return self;
}

function rangeList(ctx: Ctx, model: ChartModel): unknown {
  const out = ctx.env.toScript([] as unknown[]);
  for (const rect of model.ranges) out.push(rangeFacade(ctx, rect));
  return out;
}

/** An EmbeddedChart: built (not yet inserted, no id) or read back from a sheet. */
export function embeddedChart(ctx: Ctx, sheetId: number, model: ChartModel): object {
  const { env } = ctx;
  return defineFacade(
    env,
    'EmbeddedChart',
    {
      getChartId: ['read', () => (model.id === NOT_INSERTED ? null : model.id)],
      getId: ['read', () => (model.id === NOT_INSERTED ? null : `u${model.id}`)],
      getRanges: ['read', () => rangeList(ctx, model)],
      getOptions: [
        'read',
        () =>
          defineFacade(env, 'ChartOptions', {
            get: ['read', (name: string) => env.toScript(model.options[name] ?? null)],
          }),
      ],
      getContainerInfo: [
        'read',
        () =>
          defineFacade(env, 'ContainerInfo', {
            getAnchorRow: ['read', () => model.anchor.row],
            getAnchorColumn: ['read', () => model.anchor.col],
            getOffsetX: ['read', () => model.anchor.offsetX],
            getOffsetY: ['read', () => model.anchor.offsetY],
          }),
      ],
      modify: ['read', () => chartBuilder(ctx, sheetId, model)],
    },
    { sheetId, model },
  );
}

/** The chart model behind an EmbeddedChart passed by the script. */
export function chartOf(value: unknown, method: string): ChartModel {
  const found = internalOf<{ model: ChartModel }>(value, 'EmbeddedChart');
  if (!found) throw signatureError(method, [value]);
  return found.model;
}

/** Inserts a built chart into a sheet, giving it an id. */
export function insertChartModel(ctx: Ctx, charts: ChartModel[], chart: ChartModel): void {
  if (chart.id !== NOT_INSERTED && charts.some((c) => c.id === chart.id)) {
    throw new SheetsError('This chart is already in the sheet.');
  }
  chart.id = ctx.wb.newId();
  charts.push(structuredClone(chart));
}

/** The Charts service: its enums (ChartType, Position). Enum access is not a service call. */
export function createCharts(_env: Env): object {
  return Object.freeze({ ChartType, Position: LegendPosition, toString: () => 'Charts' });
}
