/**
 * Form: settings, items (added, listed, moved, deleted), the response destination and the
 * responses. Every method is counted and needs AuthMode.FULL, as FormApp does.
 */
import type { Access, Env } from '../env';
import type { Method } from '../spreadsheet/facade/define';
import { defineFacade } from '../spreadsheet/facade/define';
import { writeValue } from '../spreadsheet/model/write';
import { addColumn, fixedHeaders, linkForm } from './destination';
import type { FormsCtx } from './items';
import { formOf, itemFacade, itemRefOf } from './items';
import type { FormModel, ItemType } from './model';
import { editUrl, NOT_FOUND, newItem, publishedUrl, shortUrl } from './model';
import { draftResponse } from './prefill';
import { responseFacade } from './responses';

type FlagField =
  | 'collectEmail'
  | 'allowResponseEdits'
  | 'limitOneResponsePerUser'
  | 'progressBar'
  | 'showLinkToRespondAgain'
  | 'acceptingResponses';

export function formFacade(ctx: FormsCtx, formId: string): object {
  // Typed so that env.fail narrows (TypeScript needs an explicit type for assertion calls).
  const env: Env = ctx.env;
  const { wb } = ctx;
  let self: object;
  const form = () => formOf(ctx, formId);

  const flag = (field: FlagField, then?: (f: FormModel) => void): [Access, Method] => [
    'privileged',
    (enabled: unknown) => {
      const f = form();
      f[field] = enabled === true;
      then?.(f);
      return self;
    },
  ];
  const text = (field: 'title' | 'description' | 'confirmationMessage'): [Access, Method] => [
    'privileged',
    (value: unknown) => {
      form()[field] = String(value ?? '');
      return self;
    },
  ];
  const add = (type: ItemType): [Access, Method] => [
    'privileged',
    () => {
      const f = form();
      const item = newItem(ctx.state, type);
      f.items.push(item);
      addColumn(wb, f, item);
      return itemFacade(ctx, formId, item.id);
    },
  ];
  /** An item argument (a facade of this form's item, or a 0-based index) as its index. */
  const indexOf = (arg: unknown): number => {
    const items = form().items;
    if (typeof arg === 'number') {
      if (!Number.isInteger(arg) || arg < 0 || arg >= items.length) env.fail('Invalid argument: index');
      return arg;
    }
    const ref = itemRefOf(arg);
    const i = ref && ref.formId === formId ? items.findIndex((it) => it.id === ref.itemId) : -1;
    if (i < 0) env.fail('Invalid argument: item');
    return i;
  };
  const destination = () => {
    const d = form().destination;
    if (!d) env.fail('The form currently has no response destination.');
    return d;
  };

  self = defineFacade(
    env,
    'Form',
    {
      getId: ['privileged', () => formId],
      getTitle: ['privileged', () => form().title],
      setTitle: text('title'),
      getDescription: ['privileged', () => form().description],
      setDescription: text('description'),
      getConfirmationMessage: ['privileged', () => form().confirmationMessage],
      setConfirmationMessage: text('confirmationMessage'),
      collectsEmail: ['privileged', () => form().collectEmail],
      setCollectEmail: flag('collectEmail', (f) => {
        const d = f.destination;
        if (!f.collectEmail || !d || d.emailColumn !== null) return;
        d.emailColumn = ++d.width;
        const sheet = wb.sheetById(d.sheetId);
        if (sheet) writeValue(sheet.ensureCell(1, d.emailColumn), fixedHeaders(wb.locale).email);
        wb.changed();
      }),
      canEditResponse: ['privileged', () => form().allowResponseEdits],
      setAllowResponseEdits: flag('allowResponseEdits'),
      hasLimitOneResponsePerUser: ['privileged', () => form().limitOneResponsePerUser],
      setLimitOneResponsePerUser: flag('limitOneResponsePerUser'),
      hasProgressBar: ['privileged', () => form().progressBar],
      setProgressBar: flag('progressBar'),
      hasRespondAgainLink: ['privileged', () => form().showLinkToRespondAgain],
      setShowLinkToRespondAgain: flag('showLinkToRespondAgain'),
      isAcceptingResponses: ['privileged', () => form().acceptingResponses],
      setAcceptingResponses: flag('acceptingResponses'),
      getEditUrl: ['privileged', () => editUrl(form())],
      getPublishedUrl: ['privileged', () => publishedUrl(form())],
      shortenFormUrl: [
        'privileged',
        (url: unknown) => {
          if (url !== publishedUrl(form())) env.fail('Invalid argument: url');
          return shortUrl(form());
        },
      ],
      addTextItem: add('TEXT'),
      addParagraphTextItem: add('PARAGRAPH_TEXT'),
      addMultipleChoiceItem: add('MULTIPLE_CHOICE'),
      addListItem: add('LIST'),
      addCheckboxItem: add('CHECKBOX'),
      addDateItem: add('DATE'),
      addScaleItem: add('SCALE'),
      addSectionHeaderItem: add('SECTION_HEADER'),
      addPageBreakItem: add('PAGE_BREAK'),
      getItems: [
        'privileged',
        (type?: unknown) => {
          const out = env.toScript([] as unknown[]);
          for (const item of form().items) {
            if (type === undefined || item.type === type) out.push(itemFacade(ctx, formId, item.id, true));
          }
          return out;
        },
      ],
      getItemById: [
        'privileged',
        (id: unknown) => {
          const item = form().items.find((i) => i.id === Number(id));
          return item ? itemFacade(ctx, formId, item.id, true) : null;
        },
      ],
      deleteItem: [
        'privileged',
        (item: unknown) => {
          // Its column in the responses sheet stays, with the answers already given.
          form().items.splice(indexOf(item), 1);
        },
      ],
      moveItem: [
        'privileged',
        (from: unknown, to: unknown) => {
          const items = form().items;
          const i = indexOf(from);
          if (typeof to !== 'number' || !Number.isInteger(to) || to < 0 || to >= items.length)
            env.fail('Invalid argument: toIndex');
          const [moved] = items.splice(i, 1);
          items.splice(to, 0, moved!);
          return itemFacade(ctx, formId, moved!.id, true);
        },
      ],
      setDestination: [
        'privileged',
        (type: unknown, id: unknown) => {
          if (type !== 'SPREADSHEET') env.fail('Invalid argument: type');
          if (id !== wb.id) env.fail(NOT_FOUND);
          // Like Google, each call makes a new responses sheet: check getDestinationId() first.
          linkForm(wb, form());
          return self;
        },
      ],
      getDestinationId: ['privileged', () => destination().spreadsheetId],
      getDestinationType: [
        'privileged',
        () => {
          destination();
          return 'SPREADSHEET';
        },
      ],
      removeDestination: [
        'privileged',
        () => {
          form().destination = null;
          return self;
        },
      ],
      getResponses: [
        'privileged',
        (after?: unknown) => {
          const since = after === undefined ? -Infinity : new Date(after as Date).getTime();
          const out = env.toScript([] as unknown[]);
          for (const r of form().responses) {
            if (Date.parse(r.timestamp) >= since) out.push(responseFacade(ctx, formId, r));
          }
          return out;
        },
      ],
      createResponse: ['privileged', () => draftResponse(ctx, formId)],
      getResponse: [
        'privileged',
        (id: unknown) => {
          const r = form().responses.find((x) => x.id === id);
          if (!r) env.fail('Invalid argument: responseId');
          return responseFacade(ctx, formId, r);
        },
      ],
      addEditor: [
        'privileged',
        (email: unknown) => {
          if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email))
            env.fail(`Invalid email: ${String(email)}`);
          const f = form();
          f.editors = [...new Set([...(f.editors ?? []), email])];
          return self;
        },
      ],
      removeEditor: [
        'privileged',
        (email: unknown) => {
          const f = form();
          f.editors = (f.editors ?? []).filter((e) => e !== email);
          return self;
        },
      ],
      getEditors: [
        'privileged',
        () => {
          const out = env.toScript([] as unknown[]);
          const f = form();
          for (const email of [f.owner ?? '', ...(f.editors ?? [])].filter(Boolean)) {
            out.push(defineFacade(env, 'User', { getEmail: ['privileged', () => email] }));
          }
          return out;
        },
      ],
      deleteAllResponses: [
        'privileged',
        () => {
          // The rows already in the responses sheet stay, as in Google.
          form().responses = [];
          return self;
        },
      ],
    },
    { formId },
  );
  return self;
}
