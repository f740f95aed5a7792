import { describe, expect, it } from 'vitest';
import { errorOf } from '../spreadsheet/setup';
import { formsSetup, sessionForm } from './setup';

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

describe('FormApp: forms and their items', () => {
  it('creates a form with settings and typed items, and lists them as generic items', () => {
    const t = formsSetup();
    const form = t.forms
      .create('Asesmen awal')
      .setDescription('Diisi bersama wali kelas')
      .setConfirmationMessage('Terima kasih')
      .setCollectEmail(false)
      .setAllowResponseEdits(false)
      .setProgressBar(true)
      .setShowLinkToRespondAgain(false);
    const id = form.addTextItem().setTitle('NISN').setHelpText('10 digit').setRequired(true);
    form.addScaleItem().setTitle('Motivasi').setBounds(1, 5).setLabels('rendah', 'tinggi');
    form.addSectionHeaderItem().setTitle('Keluarga');
    form.addDateItem().setTitle('Tanggal lahir').setIncludesYear(true);

    expect([form.getTitle(), form.getDescription(), form.getConfirmationMessage()]).toEqual([
      'Asesmen awal',
      'Diisi bersama wali kelas',
      'Terima kasih',
    ]);
    expect([form.hasProgressBar(), form.hasRespondAgainLink(), form.isAcceptingResponses()]).toEqual([
      true,
      false,
      true,
    ]);
    const items = form.getItems();
    expect(items.map((i) => [i.getTitle(), String(i.getType()), i.getIndex()])).toEqual([
      ['NISN', 'TEXT', 0],
      ['Motivasi', 'SCALE', 1],
      ['Keluarga', 'SECTION_HEADER', 2],
      ['Tanggal lahir', 'DATE', 3],
    ]);
    expect(form.getItems(t.forms.ItemType.SCALE).map((i) => i.asScaleItem().getUpperBound())).toEqual([5]);
    expect(id.isRequired()).toBe(true);
    expect(form.getItemById(id.getId())!.asTextItem().getHelpText()).toBe('10 digit');
    expect(form.getItemById(999_999)).toBeNull();
  });

  it('refuses a conversion to the wrong item type, and generic items have no setRequired', () => {
    const t = formsSetup();
    const form = t.forms.create('f');
    form.addTextItem().setTitle('NISN');
    const item = form.getItems()[0]!;
    expect(errorOf(() => item.asListItem())).toBe('Invalid conversion for item type: TEXT.');
    expect((item as unknown as Record<string, unknown>).setRequired).toBeUndefined();
  });

  it('keeps choices as Google does: createChoice/setChoices, no blanks, no duplicates, not empty', () => {
    const t = formsSetup();
    const list = t.forms.create('f').addListItem().setTitle('Pendamping');
    list.setChoices([list.createChoice('M01 – Bu Rina'), list.createChoice('M02 – Pak Yos')]);
    expect(list.getChoices().map((c) => c.getValue())).toEqual(['M01 – Bu Rina', 'M02 – Pak Yos']);
    for (const bad of [['a', 'a'], ['a', ' '], []]) {
      expect(errorOf(() => list.setChoiceValues(bad))).toBe('Invalid data updating form.');
    }
    expect(list.getChoices()).toHaveLength(2);
    const scale = t.forms.create('g').addScaleItem();
    expect(errorOf(() => scale.setBounds(2, 5))).toBe('Invalid data updating form.');
    expect(errorOf(() => scale.setBounds(1, 11))).toBe('Invalid data updating form.');
  });

  it('refreshes the choices of a list item found again through openById', () => {
    const t = formsSetup();
    const form = sessionForm(t);
    const again = t.forms.openById(form.getId());
    const list = again.getItems(t.forms.ItemType.LIST)[0]!.asListItem();
    list.setChoiceValues(['0012 – Budi', '0013 – Sari', '0099 – Wayan']);
    expect(
      form
        .getItems()[0]!
        .asListItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['0012 – Budi', '0013 – Sari', '0099 – Wayan']);
  });

  it('moves and deletes items by item or by index', () => {
    const t = formsSetup();
    const form = t.forms.create('f');
    for (const title of ['a', 'b', 'c']) form.addTextItem().setTitle(title);
    const a = form.getItems()[0]!;
    form.moveItem(a, 2);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['b', 'c', 'a']);
    form.moveItem(0, 1);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['c', 'b', 'a']);
    form.deleteItem(a);
    form.deleteItem(0);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['b']);
    expect(errorOf(() => form.deleteItem(5))).toBe('Invalid argument: index');
    expect(errorOf(() => a.getTitle())).toBe('The item has been deleted.');
  });

  it('opens forms by id and by any of their URLs; an unknown id is an error', () => {
    const t = formsSetup();
    const form = t.forms.create('f');
    expect(t.forms.openById(form.getId()).getTitle()).toBe('f');
    expect(t.forms.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(t.forms.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
    expect(form.getPublishedUrl()).not.toContain(form.getId());
    expect(t.forms.openByUrl(form.shortenFormUrl(form.getPublishedUrl())).getId()).toBe(form.getId());
    expect(errorOf(() => t.forms.openById('nope'))).toBe(NOT_FOUND);
    expect(errorOf(() => t.forms.openByUrl('https://docs.google.com/forms/d/nope/edit'))).toBe(NOT_FOUND);
    expect(t.forms.getActiveForm()).toBeNull();
    expect(errorOf(() => (t.forms.create as (...a: unknown[]) => unknown)())).toBe(
      "The parameters () don't match the method signature for FormApp.create.",
    );
  });

  it('needs AuthMode.FULL for everything, and counts every call', () => {
    const t = formsSetup();
    const form = t.forms.create('f');
    form.addTextItem().setTitle('x');
    expect([...t.env.calls.entries()].filter(([k]) => /^(FormApp|Form|TextItem)\./.test(k))).toEqual([
      ['FormApp.create', 1],
      ['Form.addTextItem', 1],
      ['TextItem.setTitle', 1],
    ]);
    for (const mode of ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'] as const) {
      t.env.mode = mode;
      expect(errorOf(() => t.forms.create('g'))).toMatch(/^You do not have permission to call create/);
      expect(errorOf(() => form.getTitle())).toMatch(/^You do not have permission to call getTitle/);
    }
  });
});
