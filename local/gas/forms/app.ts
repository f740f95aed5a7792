/**
 * FormApp for a script bound to the runtime's spreadsheet: create forms, open them again by id or
 * URL. Every call needs AuthMode.FULL (the forms scope), as in Apps Script.
 */
import type { Env } from '../env';
import { defineEnum, defineService } from '../service';
import { describeType } from '../spreadsheet/facade/define';
import type { Workbook } from '../spreadsheet/model/workbook';
import { formFacade } from './form';
import type { FormsCtx } from './items';
import type { FormsState } from './model';
import { canOpen, formByUrl, ITEM_TYPES, NOT_FOUND, newForm } from './model';
import { textValidationBuilder } from './validation-builder';

/**
 * `user` is who runs the script now: a form opens only for its owner and those it is shared with
 * (Google's "No item with the given ID could be found, or you do not have permission…" otherwise).
 */
export function createFormApp(env: Env, state: FormsState, wb: Workbook, user: () => string = () => '') {
  const ctx: FormsCtx = { env, state, wb };
  return defineService(
    env,
    'FormApp',
    {
      create: [
        'privileged',
        (...a: unknown[]) => {
          if (a.length !== 1 || typeof a[0] !== 'string') {
            const types = a.map(describeType).join(',');
            env.fail(`The parameters (${types}) don't match the method signature for FormApp.create.`);
          }
          // A form needs a title (the reference: "title — the name of the new form"); the stricter
          // reading refuses a blank one, with Apps Script's usual wording for a bad argument.
          // https://developers.google.com/apps-script/reference/forms/form-app#create(String)
          if ((a[0] as string).trim() === '') env.fail('Invalid argument: title');
          return formFacade(ctx, newForm(state, a[0] as string, user()).id);
        },
      ],
      openById: [
        'privileged',
        (id: unknown) => {
          const form = state.forms.find((f) => f.id === id);
          if (!form || !canOpen(form, user())) env.fail(NOT_FOUND);
          return formFacade(ctx, form.id);
        },
      ],
      openByUrl: [
        'privileged',
        (url: unknown) => {
          if (typeof url !== 'string' || !/^https:\/\//.test(url)) env.fail('Invalid argument: url');
          const form = formByUrl(state, url);
          if (!form || !canOpen(form, user())) env.fail(NOT_FOUND);
          return formFacade(ctx, form.id);
        },
      ],
      // A script bound to a spreadsheet has no active form.
      getActiveForm: ['privileged', () => null],
      createTextValidation: ['privileged', () => textValidationBuilder(env)],
    },
    {
      DestinationType: defineEnum('SPREADSHEET'),
      ItemType: defineEnum(
        ...ITEM_TYPES,
        'CHECKBOX_GRID',
        'GRID',
        'DATETIME',
        'DURATION',
        'TIME',
        'IMAGE',
        'VIDEO',
        'FILE_UPLOAD',
        'RATING',
      ),
      Alignment: defineEnum('LEFT', 'CENTER', 'RIGHT'),
      PageNavigationType: defineEnum('CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'),
    },
  );
}
