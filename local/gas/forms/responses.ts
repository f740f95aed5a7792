/** FormResponse and ItemResponse: what Form.getResponses hands the script. */
import { defineFacade } from '../spreadsheet/facade/define';
import type { FormsCtx } from './items';
import { formOf, itemFacade, itemRefOf } from './items';
import type { ResponseModel } from './model';
import { publishedUrl } from './model';

function itemResponseFacade(ctx: FormsCtx, formId: string, itemId: number, value: string | string[]): object {
  const exists = () => formOf(ctx, formId).items.some((i) => i.id === itemId);
  return defineFacade(ctx.env, 'ItemResponse', {
    getItem: ['privileged', () => (exists() ? itemFacade(ctx, formId, itemId, true) : null)],
    getResponse: ['privileged', () => ctx.env.toScript(value)],
  });
}

export function responseFacade(ctx: FormsCtx, formId: string, response: ResponseModel): object {
  const { env } = ctx;
  const answers = () => {
    const out = env.toScript([] as unknown[]);
    for (const a of response.answers) out.push(itemResponseFacade(ctx, formId, a.itemId, a.value));
    return out;
  };
  return defineFacade(
    env,
    'FormResponse',
    {
      getId: ['privileged', () => response.id],
      getTimestamp: ['privileged', () => env.toScript(new Date(response.timestamp))],
      getRespondentEmail: ['privileged', () => response.email],
      getItemResponses: ['privileged', answers],
      getResponseForItem: [
        'privileged',
        (item: unknown) => {
          const ref = itemRefOf(item);
          const answer = ref && response.answers.find((a) => a.itemId === ref.itemId);
          return answer ? itemResponseFacade(ctx, formId, answer.itemId, answer.value) : null;
        },
      ],
      getEditResponseUrl: [
        'privileged',
        () => `${publishedUrl(formOf(ctx, formId))}?edit2=${encodeURIComponent(response.id)}`,
      ],
    },
    { formId, responseId: response.id },
  );
}
