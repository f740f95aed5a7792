/**
 * Form items as the script sees them: a generic Item (what getItems returns, convertible with
 * asListItem() and friends) and the typed items the add* methods return, each with only the
 * methods Apps Script gives that type.
 */
import type { Access, Env } from '../env';
import type { Method } from '../spreadsheet/facade/define';
import { defineFacade, internalOf } from '../spreadsheet/facade/define';
import type { Workbook } from '../spreadsheet/model/workbook';
import { renameColumn } from './destination';
import type { FormModel, FormsState, ItemModel, ItemType } from './model';
import { itemAnswer } from './prefill';
import type { TextValidationModel } from './validation';

export interface FormsCtx {
  env: Env;
  state: FormsState;
  wb: Workbook;
}

export interface ItemRef {
  formId: string;
  itemId: number;
}

const KINDS: Record<ItemType, string> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  LIST: 'ListItem',
  CHECKBOX: 'CheckboxItem',
  DATE: 'DateItem',
  SCALE: 'ScaleItem',
  SECTION_HEADER: 'SectionHeaderItem',
  PAGE_BREAK: 'PageBreakItem',
};

const INVALID = 'Invalid data updating form.';

/** The form and item a facade of any item kind stands for, or undefined for anything else. */
export function itemRefOf(value: unknown): ItemRef | undefined {
  for (const kind of ['Item', ...Object.values(KINDS)]) {
    const ref = internalOf<ItemRef>(value, kind);
    if (ref) return ref;
  }
  return undefined;
}

export function formOf(ctx: FormsCtx, formId: string): FormModel {
  const form = ctx.state.forms.find((f) => f.id === formId);
  if (!form) ctx.env.fail('The form has been deleted.');
  return form;
}

/** Choice values as Google takes them: text, none blank, no duplicates. */
function checkChoices(ctx: FormsCtx, values: unknown): string[] {
  const list = ctx.env.fromScript(values);
  if (!Array.isArray(list) || list.length === 0) ctx.env.fail(INVALID);
  const out = list.map(String);
  if (out.some((v) => v.trim() === '') || new Set(out).size !== out.length) ctx.env.fail(INVALID);
  return out;
}

/** Google allows a scale from 0 or 1 up to 3 … 10. */
const validBounds = (lower: unknown, upper: unknown) =>
  (lower === 0 || lower === 1) &&
  Number.isInteger(upper) &&
  (upper as number) >= 3 &&
  (upper as number) <= 10;

export function choiceFacade(ctx: FormsCtx, value: string): object {
  return defineFacade(ctx.env, 'Choice', { getValue: ['privileged', () => value] }, { value });
}

/** An item as the script sees it: the generic Item, or (by default) the typed item of its type. */
export function itemFacade(ctx: FormsCtx, formId: string, itemId: number, generic = false): object {
  // Typed so that env.fail narrows (TypeScript needs an explicit type for assertion calls).
  const env: Env = ctx.env;
  const item = (): ItemModel => {
    const found = formOf(ctx, formId).items.find((i) => i.id === itemId);
    if (!found) env.fail('The item has been deleted.');
    return found;
  };
  const type = item().type;
  const kind = generic ? 'Item' : KINDS[type];
  let self: object;
  const setter = (apply: (i: ItemModel, ...a: unknown[]) => void): [Access, Method] => [
    'privileged',
    (...a: unknown[]) => {
      apply(item(), ...a);
      return self;
    },
  ];

  const methods: Record<string, [Access, Method]> = {
    getId: ['privileged', () => itemId],
    getType: ['privileged', () => item().type],
    getIndex: ['privileged', () => formOf(ctx, formId).items.findIndex((i) => i.id === itemId)],
    getTitle: ['privileged', () => item().title],
    setTitle: setter((i, title) => {
      i.title = String(title ?? '');
      renameColumn(ctx.wb, formOf(ctx, formId), i);
    }),
    getHelpText: ['privileged', () => item().helpText],
    setHelpText: setter((i, text) => {
      i.helpText = String(text ?? '');
    }),
  };

  if (generic) {
    for (const [t, k] of Object.entries(KINDS) as [ItemType, string][]) {
      methods[`as${k}`] = [
        'privileged',
        () => {
          if (item().type !== t) env.fail(`Invalid conversion for item type: ${item().type}.`);
          return itemFacade(ctx, formId, itemId);
        },
      ];
    }
  } else if (type !== 'SECTION_HEADER' && type !== 'PAGE_BREAK') {
    methods.isRequired = ['privileged', () => item().required];
    methods.setRequired = setter((i, required) => {
      i.required = required === true;
    });
  }

  if (
    !generic &&
    (type === 'LIST' || type === 'MULTIPLE_CHOICE' || type === 'TEXT' || type === 'PARAGRAPH_TEXT')
  )
    methods.createResponse = ['privileged', (value: unknown) => itemAnswer(ctx, formId, itemId, value)];

  if (!generic && (type === 'LIST' || type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX')) {
    Object.assign(methods, {
      createChoice: ['privileged', (value: unknown) => choiceFacade(ctx, String(value))],
      getChoices: [
        'privileged',
        () => {
          const out = env.toScript([] as unknown[]);
          for (const v of item().choices) out.push(choiceFacade(ctx, v));
          return out;
        },
      ],
      setChoiceValues: setter((i, values) => {
        i.choices = checkChoices(ctx, values);
      }),
      setChoices: setter((i, choices) => {
        const list = env.fromScript(choices);
        const values = Array.isArray(list)
          ? list.map((c) => internalOf<{ value: string }>(c, 'Choice')?.value)
          : [undefined];
        if (values.some((v) => v === undefined)) env.fail(INVALID);
        i.choices = checkChoices(ctx, values);
      }),
    });
    if (type !== 'LIST') {
      methods.hasOtherOption = ['privileged', () => item().other];
      methods.showOtherOption = setter((i, enabled) => {
        i.other = enabled === true;
      });
    }
  }

  if (!generic && type === 'TEXT') {
    methods.setValidation = setter((i, validation) => {
      const model = internalOf<TextValidationModel>(validation, 'TextValidation');
      if (!model) env.fail('Invalid argument: validation');
      i.validation = model;
    });
    methods.clearValidation = setter((i) => {
      i.validation = null;
    });
  }

  if (!generic && type === 'DATE') {
    methods.includesYear = ['privileged', () => item().includesYear];
    methods.setIncludesYear = setter((i, enabled) => {
      i.includesYear = enabled === true;
    });
  }

  if (!generic && type === 'SCALE') {
    Object.assign(methods, {
      getLowerBound: ['privileged', () => item().lower],
      getUpperBound: ['privileged', () => item().upper],
      setBounds: setter((i, lower, upper) => {
        if (!validBounds(lower, upper)) env.fail(INVALID);
        i.lower = lower as number;
        i.upper = upper as number;
      }),
      getLeftLabel: ['privileged', () => item().leftLabel],
      getRightLabel: ['privileged', () => item().rightLabel],
      setLabels: setter((i, left, right) => {
        i.leftLabel = String(left ?? '');
        i.rightLabel = String(right ?? '');
      }),
    });
  }

  self = defineFacade(env, kind, methods, { formId, itemId } satisfies ItemRef);
  return self;
}
