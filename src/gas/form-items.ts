/**
 * Puts a definition's questions into a form, in place: a question keeps the item that asked it
 * before (found by the item id the add-on kept, or by its title in forms built before ids were
 * kept), so its column in the responses sheet stays and answers before and after a rebuild sit
 * in the same column. An item that cannot stay (another type) or that no question wants is
 * renamed before it is deleted: Google keeps its column, and the column's header then names no
 * current question (titles stay unique). Text answers get Google Forms' own validation:
 * https://developers.google.com/apps-script/reference/forms/text-validation-builder
 */
import type { FormDefinition, Question } from '../core/forms/definitions';
import { FORM_MESSAGES } from '../core/forms/messages';
import type { Lang } from '../core/i18n/lang';
import { translator } from '../core/i18n/messages';
import type { FormRecord } from './forms';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

const ITEM_TYPE: Record<Question['type'], string> = {
  text: 'TEXT',
  paragraph: 'PARAGRAPH_TEXT',
  date: 'DATE',
  choice: 'MULTIPLE_CHOICE',
  list: 'LIST',
  scale: 'SCALE',
  section: 'SECTION_HEADER',
};

type Typed =
  | GoogleAppsScript.Forms.TextItem
  | GoogleAppsScript.Forms.ParagraphTextItem
  | GoogleAppsScript.Forms.DateItem
  | GoogleAppsScript.Forms.MultipleChoiceItem
  | GoogleAppsScript.Forms.ListItem
  | GoogleAppsScript.Forms.ScaleItem
  | GoogleAppsScript.Forms.SectionHeaderItem;

/** A new item of the question's type (add… gives the typed item). */
function addItem(form: Form, type: Question['type']): Typed {
  switch (type) {
    case 'text':
      return form.addTextItem();
    case 'paragraph':
      return form.addParagraphTextItem();
    case 'date':
      return form.addDateItem();
    case 'choice':
      return form.addMultipleChoiceItem();
    case 'list':
      return form.addListItem();
    case 'scale':
      return form.addScaleItem();
    case 'section':
      return form.addSectionHeaderItem();
  }
}

/** An item of the form (getItems gives the generic Item) as the typed item of the question's type. */
function asTyped(item: Item, type: Question['type']): Typed {
  switch (type) {
    case 'text':
      return item.asTextItem();
    case 'paragraph':
      return item.asParagraphTextItem();
    case 'date':
      return item.asDateItem();
    case 'choice':
      return item.asMultipleChoiceItem();
    case 'list':
      return item.asListItem();
    case 'scale':
      return item.asScaleItem();
    case 'section':
      return item.asSectionHeaderItem();
  }
}

/** Sets an item to ask the question as defined (title, help, required, choices, bounds, validation). */
function configure(item: Typed, q: Question): void {
  switch (q.type) {
    case 'section':
      (item as GoogleAppsScript.Forms.SectionHeaderItem).setTitle(q.title).setHelpText(q.help ?? '');
      return;
    case 'text': {
      const text = (item as GoogleAppsScript.Forms.TextItem)
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setRequired(q.required);
      if (q.validation) {
        const rule = FormApp.createTextValidation()
          .setHelpText(q.validation.message)
          .requireTextMatchesPattern(q.validation.pattern)
          .build();
        text.setValidation(rule);
      } else text.clearValidation();
      return;
    }
    case 'paragraph':
      (item as GoogleAppsScript.Forms.ParagraphTextItem)
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setRequired(q.required);
      return;
    case 'date':
      (item as GoogleAppsScript.Forms.DateItem)
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setRequired(q.required);
      return;
    case 'choice':
      (item as GoogleAppsScript.Forms.MultipleChoiceItem)
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setChoiceValues(q.choices)
        .setRequired(q.required);
      return;
    case 'list':
      (item as GoogleAppsScript.Forms.ListItem)
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setChoiceValues(q.choices)
        .setRequired(q.required);
      return;
    case 'scale':
      (item as GoogleAppsScript.Forms.ScaleItem)
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setBounds(q.low, q.high)
        .setLabels(q.labels[0], q.labels[1])
        .setRequired(q.required);
      return;
  }
}

export interface Placed {
  /** Question key → the item that asks it now. */
  items: Record<string, number>;
  /** Question key → the header its retired item's column carries now. */
  retired: Record<string, string[]>;
}

/** Places every question of `def` in the form (which may hold an earlier build's items). */
export function placeQuestions(
  form: Form,
  def: FormDefinition,
  known: FormRecord | undefined,
  lang: Lang,
): Placed {
  const t = translator(FORM_MESSAGES, lang);
  const existing = form.getItems();
  const info = existing.map((item) => ({
    item,
    id: item.getId(),
    type: String(item.getType()),
    title: item.getTitle(),
  }));
  const used = new Set<number>();
  const placed: Placed = { items: {}, retired: {} };
  const order: number[] = info.map((i) => i.id);
  for (const q of def.questions) {
    const keptId = known?.items?.[q.key];
    const before = info.find((i) =>
      keptId !== undefined
        ? i.id === keptId
        : i.title === (known?.titles[q.key] ?? q.title) && !used.has(i.id),
    );
    let item: Typed;
    if (before && before.type === ITEM_TYPE[q.type] && !used.has(before.id)) {
      item = asTyped(before.item, q.type);
    } else {
      item = addItem(form, q.type);
      order.push(item.getId());
      if (before && !used.has(before.id)) placed.retired[q.key] = [`${before.title} (${t('former')})`];
    }
    configure(item, q);
    used.add(item.getId());
    placed.items[q.key] = item.getId();
  }
  for (const old of info) {
    if (used.has(old.id)) continue;
    // Its column stays in the responses sheet: a header of its own keeps every title unique.
    if (old.title !== '') old.item.setTitle(`${old.title} (${t('former')})`);
    form.deleteItem(old.item);
    order.splice(order.indexOf(old.id), 1);
  }
  def.questions.forEach((q, index) => {
    const id = placed.items[q.key]!;
    const at = order.indexOf(id);
    if (at === index) return;
    form.moveItem(form.getItemById(id)!, index);
    order.splice(at, 1);
    order.splice(index, 0, id);
  });
  return placed;
}
