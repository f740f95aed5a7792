/**
 * DataValidationBuilder and DataValidation. New rules allow invalid input (a warning) until
 * setAllowInvalid(false), as in Apps Script. The rule guards what people type; a script's
 * setValues is never checked against it.
 */
import type { GridRect } from '../grid';
import type { CellValue } from '../model/cell';
import { isDate } from '../model/cell';
import { SheetsError } from '../model/errors';
import type { ValidationCriteria, ValidationRule } from '../model/validation';
import type { Ctx } from './context';
import {
  defineFacade,
  expectArgs,
  internalOf,
  isBoolean,
  isNumber,
  isString,
  optional,
  signatureError,
} from './define';
import { DataValidationCriteria } from './enums';
import { rangeFacade } from './range';

type Draft = Partial<ValidationRule> & { allowInvalid: boolean; helpText: string; showDropdown: boolean };

const isDateArg = (v: unknown) => isDate(v);

/** The GridRect behind a Range facade, or a signature error for anything else. */
export function rangeRectOf(value: unknown, method: string): GridRect {
  const rect = internalOf<GridRect>(value, 'Range');
  if (!rect) throw signatureError(method, [value]);
  return rect;
}

export function validationBuilder(ctx: Ctx, seed?: ValidationRule): object {
  const { env } = ctx;
  const draft: Draft = seed
    ? { ...seed, args: [...seed.args] }
    : { allowInvalid: true, helpText: '', showDropdown: true };
  let self: object;
  const criteria = (c: ValidationCriteria, args: CellValue[], extra: Partial<Draft> = {}) => {
    delete draft.range;
    Object.assign(draft, { criteria: c, args, ...extra });
    return self;
  };
  const kind = 'DataValidationBuilder';
  self = defineFacade(env, kind, {
    requireValueInList: [
      'read',
      (values: unknown, showDropdown?: unknown) => {
        const list = env.fromScript(values);
        if (!Array.isArray(list) || !optional(isBoolean)(showDropdown)) {
          throw signatureError(`${kind}.requireValueInList`, [values, showDropdown]);
        }
        return criteria('VALUE_IN_LIST', list.map(String), { showDropdown: showDropdown !== false });
      },
    ],
    requireValueInRange: [
      'read',
      (range: unknown, showDropdown?: unknown) => {
        const rect = rangeRectOf(range, `${kind}.requireValueInRange`);
        return criteria('VALUE_IN_RANGE', [], { range: { ...rect }, showDropdown: showDropdown !== false });
      },
    ],
    requireCheckbox: [
      'read',
      (checked?: unknown, unchecked?: unknown) => {
        const args = [checked, unchecked]
          .filter((v) => v !== undefined)
          .map((v) => env.fromScript(v) as CellValue);
        return criteria('CHECKBOX', args);
      },
    ],
    requireDate: ['read', () => criteria('DATE_IS_VALID_DATE', [])],
    requireDateOnOrBefore: [
      'read',
      (...a: unknown[]) => dated('DATE_ON_OR_BEFORE', 'requireDateOnOrBefore', a),
    ],
    requireDateOnOrAfter: ['read', (...a: unknown[]) => dated('DATE_ON_OR_AFTER', 'requireDateOnOrAfter', a)],
    requireNumberBetween: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.requireNumberBetween`, a, isNumber, isNumber);
        return criteria('NUMBER_BETWEEN', a as number[]);
      },
    ],
    requireNumberGreaterThanOrEqualTo: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.requireNumberGreaterThanOrEqualTo`, a, isNumber);
        return criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', a as number[]);
      },
    ],
    requireNumberLessThanOrEqualTo: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.requireNumberLessThanOrEqualTo`, a, isNumber);
        return criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', a as number[]);
      },
    ],
    requireTextIsEmail: ['read', () => criteria('TEXT_IS_VALID_EMAIL', [])],
    requireFormulaSatisfied: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.requireFormulaSatisfied`, a, isString);
        return criteria('CUSTOM_FORMULA', a as string[]);
      },
    ],
    setAllowInvalid: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setAllowInvalid`, a, isBoolean);
        draft.allowInvalid = a[0] as boolean;
        return self;
      },
    ],
    setHelpText: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setHelpText`, a, isString);
        draft.helpText = a[0] as string;
        return self;
      },
    ],
    getAllowInvalid: ['read', () => draft.allowInvalid],
    getHelpText: ['read', () => draft.helpText],
    getCriteriaType: ['read', () => (draft.criteria ? DataValidationCriteria[draft.criteria] : null)],
    getCriteriaValues: [
      'read',
      () => (draft.criteria ? criteriaValues(ctx, draft as ValidationRule) : env.toScript([])),
    ],
    copy: ['read', () => validationBuilder(ctx, draft.criteria ? (draft as ValidationRule) : undefined)],
    build: [
      'read',
      () => {
        if (!draft.criteria)
          throw new SheetsError('You must specify a criteria for the data validation rule.');
        return dataValidation(ctx, structuredClone(draft as ValidationRule));
      },
    ],
  });
  return self;

  function dated(c: ValidationCriteria, method: string, a: unknown[]) {
    const args = a.map((v) => env.fromScript(v));
    expectArgs(`${kind}.${method}`, args, isDateArg);
    return criteria(c, [new Date((args[0] as Date).getTime())]);
  }
}

/** What getCriteriaValues returns, per criteria (a list with its dropdown flag, a Range …). */
function criteriaValues(ctx: Ctx, rule: ValidationRule): unknown {
  if (rule.criteria === 'VALUE_IN_LIST') return ctx.env.toScript([[...rule.args], rule.showDropdown]);
  if (rule.criteria === 'VALUE_IN_RANGE') {
    const out = ctx.env.toScript([] as unknown[]);
    out.push(rangeFacade(ctx, rule.range!), rule.showDropdown);
    return out;
  }
  return ctx.env.toScript(rule.args.map((v) => (isDate(v) ? new Date(v.getTime()) : v)));
}

/** A built rule: read-only, `copy()` gives a builder seeded from it. */
export function dataValidation(ctx: Ctx, rule: ValidationRule): object {
  const kind = 'DataValidation';
  return defineFacade(
    ctx.env,
    kind,
    {
      getCriteriaType: ['read', () => DataValidationCriteria[rule.criteria]],
      getCriteriaValues: ['read', () => criteriaValues(ctx, rule)],
      getAllowInvalid: ['read', () => rule.allowInvalid],
      getHelpText: ['read', () => rule.helpText],
      copy: ['read', () => validationBuilder(ctx, rule)],
    },
    rule,
  );
}

/** The model rule behind a DataValidation passed by the script. */
export function validationRuleOf(value: unknown, method: string): ValidationRule {
  const rule = internalOf<ValidationRule>(value, 'DataValidation');
  if (!rule) throw signatureError(method, [value]);
  return rule;
}
