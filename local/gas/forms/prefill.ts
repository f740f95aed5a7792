/**
 * Pre-filled responses: Form.createResponse() makes a response that is never submitted here;
 * an item's createResponse(value) makes its answer; withItemResponse adds it; toPrefilledUrl()
 * gives the form's URL with those answers filled in.
 * https://developers.google.com/apps-script/reference/forms/form#createResponse()
 * https://developers.google.com/apps-script/reference/forms/form-response#withItemResponse(ItemResponse)
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
 * https://developers.google.com/apps-script/reference/forms/list-item#createResponse(String)
 * https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createResponse(String)
 * https://developers.google.com/apps-script/reference/forms/text-item#createResponse(String)
 *
 * Google's URL names each answer by an entry number of its own (not the item's id) and documents
 * no format: here an answer is `entry.<item id>=<value>`, which only this runtime's preview reads.
 * Code must treat the URL as opaque (README's checklist).
 */
import type { Env } from '../env';
import { defineFacade, internalOf } from '../spreadsheet/facade/define';
import type { FormsCtx } from './items';
import { formOf, itemFacade } from './items';
import { publishedUrl } from './model';

interface ItemAnswer {
  formId: string;
  itemId: number;
  value: string;
}

/** The answer an item's createResponse(value) makes, checked as the item's page would check it. */
export function itemAnswer(ctx: FormsCtx, formId: string, itemId: number, raw: unknown): object {
  const env: Env = ctx.env;
  const item = formOf(ctx, formId).items.find((i) => i.id === itemId);
  if (!item) env.fail('The item has been deleted.');
  if (typeof raw !== 'string') env.fail('Invalid argument: response');
  // "Throws an exception if the response argument does not match a valid choice for this item"
  // (unless an "Other" option takes any text).
  if ((item.type === 'LIST' || item.type === 'MULTIPLE_CHOICE') && !item.choices.includes(raw) && !item.other)
    env.fail(`Invalid response submitted to item "${item.title}": ${raw}`);
  if (item.type === 'TEXT' && /[\r\n]/.test(raw))
    env.fail(`Invalid response submitted to item "${item.title}"`);
  const answer: ItemAnswer = { formId, itemId, value: raw };
  return defineFacade(
    env,
    'ItemResponse',
    {
      getItem: ['privileged', () => itemFacade(ctx, formId, itemId, true)],
      getResponse: ['privileged', () => raw],
    },
    answer,
  );
}

/** A response made by the script (Form.createResponse()): answers added, then a pre-filled URL. */
export function draftResponse(ctx: FormsCtx, formId: string): object {
  const env: Env = ctx.env;
  const answers: ItemAnswer[] = [];
  let self: object;
  self = defineFacade(env, 'FormResponse', {
    withItemResponse: [
      'privileged',
      (response: unknown) => {
        const answer = internalOf<ItemAnswer>(response, 'ItemResponse');
        if (!answer || answer.formId !== formId) env.fail('Invalid argument: response');
        // A second answer to the same item replaces the first.
        const i = answers.findIndex((a) => a.itemId === answer.itemId);
        if (i >= 0) answers.splice(i, 1, answer);
        else answers.push(answer);
        return self;
      },
    ],
    getItemResponses: [
      'privileged',
      () => {
        const out = env.toScript([] as unknown[]);
        for (const a of answers) out.push(itemAnswer(ctx, formId, a.itemId, a.value));
        return out;
      },
    ],
    toPrefilledUrl: [
      'privileged',
      () => {
        const form = formOf(ctx, formId);
        // In the form's order, as the page lists them.
        const ordered = form.items.flatMap((item) => answers.filter((a) => a.itemId === item.id));
        const query = ordered.map((a) => `&entry.${a.itemId}=${encodeURIComponent(a.value)}`).join('');
        return `${publishedUrl(form)}?usp=pp_url${query}`;
      },
    ],
  });
  return self;
}
