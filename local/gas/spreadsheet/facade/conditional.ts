/**
 * ConditionalFormatRuleBuilder, ConditionalFormatRule and BooleanCondition. Rules are values: the
 * sheet keeps copies, so a rule changed after setConditionalFormatRules changes nothing.
 */
import type { GridRect } from '../grid';
import type { CellValue } from '../model/cell';
import type { ConditionalRule, ConditionType } from '../model/conditional';
import { SheetsError } from '../model/errors';
import type { Ctx } from './context';
import type { Method } from './define';
import { defineFacade, expectArgs, internalOf, isNumber, isString, signatureError } from './define';
import { BooleanCriteria } from './enums';
import { rangeFacade } from './range';
import { normaliseColor } from './range-format';
import { rangeRectOf } from './validation';

type Draft = {
  ranges: GridRect[];
  condition?: ConditionalRule['condition'];
  format: ConditionalRule['format'];
};

const isColor = (v: unknown) => v === null || typeof v === 'string';
const isBoolOrNull = (v: unknown) => v === null || typeof v === 'boolean';

export function conditionalRuleBuilder(ctx: Ctx, seed?: Draft): object {
  const { env } = ctx;
  const kind = 'ConditionalFormatRuleBuilder';
  const draft: Draft = seed ? structuredClone(seed) : { ranges: [], format: {} };
  let self: object;
  const when = (
    type: ConditionType,
    method: string,
    ...checks: ((v: unknown) => boolean)[]
  ): ['read', Method] => [
    'read',
    (...args: unknown[]) => {
      expectArgs(`${kind}.${method}`, args, ...checks);
      draft.condition = { type, values: args as CellValue[] };
      return self;
    },
  ];
  const style = (field: 'background' | 'fontColor' | 'bold' | 'italic', method: string): ['read', Method] => [
    'read',
    (...args: unknown[]) => {
      expectArgs(`${kind}.${method}`, args, field === 'bold' || field === 'italic' ? isBoolOrNull : isColor);
      const v = args[0];
      if (v === null) delete draft.format[field];
      else if (typeof v === 'string') draft.format[field as 'background'] = normaliseColor(v);
      else draft.format[field as 'bold'] = v as boolean;
      return self;
    },
  ];

  self = defineFacade(env, kind, {
    whenFormulaSatisfied: when('CUSTOM_FORMULA', 'whenFormulaSatisfied', isString),
    whenNumberEqualTo: when('NUMBER_EQUAL_TO', 'whenNumberEqualTo', isNumber),
    whenNumberNotEqualTo: when('NUMBER_NOT_EQUAL_TO', 'whenNumberNotEqualTo', isNumber),
    whenNumberBetween: when('NUMBER_BETWEEN', 'whenNumberBetween', isNumber, isNumber),
    whenNumberNotBetween: when('NUMBER_NOT_BETWEEN', 'whenNumberNotBetween', isNumber, isNumber),
    whenNumberGreaterThan: when('NUMBER_GREATER_THAN', 'whenNumberGreaterThan', isNumber),
    whenNumberGreaterThanOrEqualTo: when(
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'whenNumberGreaterThanOrEqualTo',
      isNumber,
    ),
    whenNumberLessThan: when('NUMBER_LESS_THAN', 'whenNumberLessThan', isNumber),
    whenNumberLessThanOrEqualTo: when(
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      'whenNumberLessThanOrEqualTo',
      isNumber,
    ),
    whenTextEqualTo: when('TEXT_EQUAL_TO', 'whenTextEqualTo', isString),
    whenTextContains: when('TEXT_CONTAINS', 'whenTextContains', isString),
    whenTextDoesNotContain: when('TEXT_DOES_NOT_CONTAIN', 'whenTextDoesNotContain', isString),
    whenTextStartsWith: when('TEXT_STARTS_WITH', 'whenTextStartsWith', isString),
    whenTextEndsWith: when('TEXT_ENDS_WITH', 'whenTextEndsWith', isString),
    whenCellEmpty: when('CELL_EMPTY', 'whenCellEmpty'),
    whenCellNotEmpty: when('CELL_NOT_EMPTY', 'whenCellNotEmpty'),
    setBackground: style('background', 'setBackground'),
    setFontColor: style('fontColor', 'setFontColor'),
    setBold: style('bold', 'setBold'),
    setItalic: style('italic', 'setItalic'),
    setRanges: [
      'read',
      (ranges: unknown) => {
        const list = env.fromScript(ranges);
        if (!Array.isArray(list)) throw signatureError(`${kind}.setRanges`, [ranges]);
        draft.ranges = list.map((r) => ({ ...rangeRectOf(r, `${kind}.setRanges`) }));
        return self;
      },
    ],
    getRanges: ['read', () => rangesOf(ctx, draft.ranges)],
    getBooleanCondition: [
      'read',
      () => (draft.condition ? booleanCondition(ctx, draft as ConditionalRule) : null),
    ],
    getGradientCondition: ['read', () => null],
    copy: ['read', () => conditionalRuleBuilder(ctx, draft)],
    build: [
      'read',
      () => {
        if (!draft.condition) throw new SheetsError('A conditional format rule must have a condition.');
        return conditionalRule(ctx, structuredClone(draft as ConditionalRule));
      },
    ],
  });
  return self;
}

function rangesOf(ctx: Ctx, rects: GridRect[]): unknown {
  const out = ctx.env.toScript([] as unknown[]);
  for (const rect of rects) out.push(rangeFacade(ctx, rect));
  return out;
}

function booleanCondition(ctx: Ctx, rule: ConditionalRule): object {
  return defineFacade(ctx.env, 'BooleanCondition', {
    getCriteriaType: ['read', () => BooleanCriteria[rule.condition.type]],
    getCriteriaValues: ['read', () => ctx.env.toScript([...rule.condition.values])],
    getBackground: ['read', () => rule.format.background ?? null],
    getFontColor: ['read', () => rule.format.fontColor ?? null],
    getBold: ['read', () => rule.format.bold ?? null],
    getItalic: ['read', () => rule.format.italic ?? null],
  });
}

/** A built rule; the model copy travels with it for setConditionalFormatRules. */
export function conditionalRule(ctx: Ctx, rule: ConditionalRule): object {
  return defineFacade(
    ctx.env,
    'ConditionalFormatRule',
    {
      getRanges: ['read', () => rangesOf(ctx, rule.ranges)],
      getBooleanCondition: ['read', () => booleanCondition(ctx, rule)],
      getGradientCondition: ['read', () => null],
      copy: ['read', () => conditionalRuleBuilder(ctx, rule)],
    },
    rule,
  );
}

/** The model rule behind a ConditionalFormatRule passed by the script. */
export function conditionalRuleOf(value: unknown, method: string): ConditionalRule {
  const rule = internalOf<ConditionalRule>(value, 'ConditionalFormatRule');
  if (!rule) throw signatureError(method, [value]);
  return rule;
}
