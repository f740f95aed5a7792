/**
 * FormApp.createTextValidation(): the builder and the TextValidation it builds, which
 * TextItem.setValidation takes. https://developers.google.com/apps-script/reference/forms/text-validation-builder
 */
import type { Access, Env } from '../env';
import type { Method } from '../spreadsheet/facade/define';
import { defineFacade } from '../spreadsheet/facade/define';
import type { TextRule, TextValidationModel } from './validation';

const INVALID = 'Invalid data updating form.';

export function textValidationFacade(env: Env, model: TextValidationModel): object {
  return defineFacade(env, 'TextValidation', {}, model);
}

export function textValidationBuilder(env: Env): object {
  const state: { rule: TextRule | null; helpText: string } = { rule: null, helpText: '' };
  let self: object;
  const number = (v: unknown): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) env.fail(INVALID);
    return v;
  };
  const text = (v: unknown): string => {
    if (typeof v !== 'string') env.fail(INVALID);
    return v;
  };
  // Each require… sets the one rule the validation holds (see validation.ts).
  const rule = (make: (...a: unknown[]) => TextRule): [Access, Method] => [
    'privileged',
    (...a: unknown[]) => {
      state.rule = make(...a);
      return self;
    },
  ];
  self = defineFacade(env, 'TextValidationBuilder', {
    requireNumber: rule(() => ({ kind: 'number' })),
    requireWholeNumber: rule(() => ({ kind: 'whole' })),
    requireNumberBetween: rule((a, b) => ({ kind: 'between', low: number(a), high: number(b) })),
    requireNumberNotBetween: rule((a, b) => ({ kind: 'not_between', low: number(a), high: number(b) })),
    requireNumberGreaterThan: rule((v) => ({ kind: 'gt', value: number(v) })),
    requireNumberGreaterThanOrEqualTo: rule((v) => ({ kind: 'ge', value: number(v) })),
    requireNumberLessThan: rule((v) => ({ kind: 'lt', value: number(v) })),
    requireNumberLessThanOrEqualTo: rule((v) => ({ kind: 'le', value: number(v) })),
    requireNumberEqualTo: rule((v) => ({ kind: 'eq', value: number(v) })),
    requireNumberNotEqualTo: rule((v) => ({ kind: 'ne', value: number(v) })),
    requireTextMatchesPattern: rule((p) => ({ kind: 'matches', pattern: text(p) })),
    requireTextDoesNotMatchPattern: rule((p) => ({ kind: 'not_matches', pattern: text(p) })),
    requireTextContainsPattern: rule((p) => ({ kind: 'contains', pattern: text(p) })),
    requireTextDoesNotContainPattern: rule((p) => ({ kind: 'not_contains', pattern: text(p) })),
    requireTextIsEmail: rule(() => ({ kind: 'email' })),
    requireTextIsUrl: rule(() => ({ kind: 'url' })),
    requireTextLengthGreaterThanOrEqualTo: rule((v) => ({ kind: 'length_ge', value: number(v) })),
    requireTextLengthLessThanOrEqualTo: rule((v) => ({ kind: 'length_le', value: number(v) })),
    setHelpText: [
      'privileged',
      (help: unknown) => {
        state.helpText = String(help ?? '');
        return self;
      },
    ],
    build: [
      'privileged',
      () => {
        // A validation without a rule is not one Google can build.
        if (!state.rule) env.fail(INVALID);
        return textValidationFacade(env, { rule: state.rule, helpText: state.helpText });
      },
    ],
  });
  return self;
}
