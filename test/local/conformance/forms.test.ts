/**
 * Conformance: FormApp as the intake and session-log forms use it — the items (list, multiple
 * choice, scale, date, text), their settings, and the responses sheet the form fills.
 */
import { describe, expect, it } from 'vitest';
import { formsSetup } from '../forms/setup';
import { errorOf } from '../spreadsheet/setup';
import { cite } from './cite';

const REF = 'https://developers.google.com/apps-script/reference/forms';
const DESTINATION_HELP = 'https://support.google.com/docs/answer/2917686';

function form(title = 'Log sesi pendampingan') {
  const t = formsSetup('en_US');
  return { t, form: t.forms.create(title) };
}

describe('Creating a form', () => {
  it(cite(`${REF}/form-app#create(String)`, 'create returns a new form with that title'), () => {
    const { form: f } = form('Asesmen awal');
    expect(f.getTitle()).toBe('Asesmen awal');
    expect(f.getItems()).toEqual([]);
  });

  it(cite(`${REF}/form-app#create(String)`, 'create throws when the title is empty'), () => {
    const t = formsSetup('en_US');
    expect(errorOf(() => t.forms.create(''))).not.toBe('(no error)');
  });

  it(
    cite(`${REF}/form#getEditUrl()`, 'the edit URL and the URL respondents open are different addresses'),
    () => {
      const { form: f } = form();
      expect(f.getEditUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/[^/]+\/edit$/);
      expect(f.getPublishedUrl()).toMatch(/\/viewform$/);
      expect(f.getPublishedUrl()).not.toContain(f.getId());
    },
  );
});

describe('Items', () => {
  it(cite(`${REF}/list-item#setChoiceValues(String)`, 'a list keeps its choices in order'), () => {
    const { form: f } = form();
    const item = f.addListItem().setTitle('Siswa').setChoiceValues(['0012 – Budi (7A)', '0013 – Sari (7B)']);
    expect(item.getChoices().map((c) => c.getValue())).toEqual(['0012 – Budi (7A)', '0013 – Sari (7B)']);
  });

  it(
    cite(`${REF}/list-item#setChoiceValues(String)`, 'setChoiceValues throws when the array is empty'),
    () => {
      const { form: f } = form();
      const item = f.addListItem().setTitle('Siswa');
      expect(errorOf(() => item.setChoiceValues([]))).not.toBe('(no error)');
      expect(item.getChoices()).toEqual([]);
    },
  );

  it(
    cite(
      `${REF}/multiple-choice-item#showOtherOption(Boolean)`,
      'multiple choice keeps its choices and its "other" option',
    ),
    () => {
      const { form: f } = form();
      const item = f.addMultipleChoiceItem().setTitle('Jenis').setChoiceValues(['individual', 'group']);
      expect(item.hasOtherOption()).toBe(false);
      item.showOtherOption(true);
      expect([item.hasOtherOption(), item.getChoices().length]).toEqual([true, 2]);
    },
  );

  it(
    cite(
      `${REF}/scale-item#setBounds(Integer,Integer)`,
      'a scale starts at 0 or 1 and ends between 3 and 10 inclusive',
    ),
    () => {
      const { form: f } = form();
      const item = f.addScaleItem().setTitle('Motivasi');
      item.setBounds(0, 10);
      item.setBounds(1, 3);
      for (const [low, high] of [
        [2, 5],
        [1, 2],
        [1, 11],
      ] as const) {
        expect(errorOf(() => item.setBounds(low, high))).not.toBe('(no error)');
      }
      expect([item.getLowerBound(), item.getUpperBound()]).toEqual([1, 3]);
    },
  );

  it(cite(`${REF}/scale-item#setLabels(String,String)`, "a scale's end labels read back"), () => {
    const { form: f } = form();
    const item = f.addScaleItem().setTitle('Motivasi').setBounds(1, 5).setLabels('rendah', 'tinggi');
    expect([item.getLeftLabel(), item.getRightLabel()]).toEqual(['rendah', 'tinggi']);
  });

  it(
    cite(
      `${REF}/text-item#setRequired(Boolean)`,
      'questions are optional until setRequired(true); help text reads back',
    ),
    () => {
      const { form: f } = form();
      const text = f.addTextItem().setTitle('NISN').setHelpText('10 angka');
      const date = f.addDateItem().setTitle('Tanggal');
      expect([text.isRequired(), date.isRequired()]).toEqual([false, false]);
      text.setRequired(true);
      date.setRequired(true);
      expect([text.isRequired(), date.isRequired(), text.getHelpText()]).toEqual([true, true, '10 angka']);
    },
  );

  it(
    cite(
      `${REF}/form#getItems(ItemType)`,
      'getItems(type) lists the items of one type, convertible with asListItem',
    ),
    () => {
      const { t, form: f } = form();
      f.addTextItem().setTitle('NISN');
      f.addListItem().setTitle('Siswa').setChoiceValues(['a', 'b']);
      f.addListItem().setTitle('Mentor').setChoiceValues(['m']);
      const lists = f.getItems(t.forms.ItemType.LIST);
      expect(lists.map((i) => i.getTitle())).toEqual(['Siswa', 'Mentor']);
      expect(
        lists[1]!
          .asListItem()
          .getChoices()
          .map((c) => c.getValue()),
      ).toEqual(['m']);
    },
  );

  it(cite(`${REF}/item#asScaleItem()`, 'converting an item to another type throws'), () => {
    const { form: f } = form();
    f.addListItem().setTitle('Siswa').setChoiceValues(['a']);
    expect(errorOf(() => f.getItems()[0]!.asScaleItem())).not.toBe('(no error)');
  });

  it(cite(`${REF}/form#deleteItem(Item)`, 'deleting an item already deleted throws'), () => {
    const { form: f } = form();
    f.addTextItem().setTitle('NISN');
    const item = f.getItems()[0]!;
    f.deleteItem(item);
    expect(f.getItems()).toEqual([]);
    expect(errorOf(() => f.deleteItem(item))).not.toBe('(no error)');
  });
});

describe('The responses sheet', () => {
  it(
    cite(
      `${REF}/form#setDestination(DestinationType,String)`,
      'responses go to a new sheet of the spreadsheet: a Timestamp column, then one per question',
    ),
    () => {
      const { t, form: f } = form();
      f.addListItem().setTitle('Siswa').setChoiceValues(['0012 – Budi']);
      f.addSectionHeaderItem().setTitle('Catatan'); // not a question: no column
      f.addScaleItem().setTitle('Motivasi').setBounds(1, 5);
      f.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
      expect([f.getDestinationId(), String(f.getDestinationType())]).toEqual([t.ss.getId(), 'SPREADSHEET']);
      const responses = t.ss.getSheets()[0]!;
      expect(responses.getRange(1, 1, 1, responses.getLastColumn()).getValues()).toEqual([
        ['Timestamp', 'Siswa', 'Motivasi'],
      ]);
    },
  );

  it(cite(DESTINATION_HELP, 'each response fills the next row; the scale answer is a number'), () => {
    const { t, form: f } = form();
    f.addListItem().setTitle('Siswa').setChoiceValues(['0012 – Budi', '0013 – Sari']);
    f.addScaleItem().setTitle('Motivasi').setBounds(1, 5);
    f.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
    t.submit(f.getId(), { Siswa: '0013 – Sari', Motivasi: '4' }, { at: '2026-09-15T08:00:00+07:00' });
    const responses = t.ss.getSheets()[0]!;
    const [row] = responses.getRange(2, 1, 1, 3).getValues();
    expect((row![0] as Date).toISOString()).toBe('2026-09-15T01:00:00.000Z');
    expect(row!.slice(1)).toEqual(['0013 – Sari', 4]);
  });

  it(
    cite(
      `${REF}/form#setDestination(DestinationType,String)`,
      'responses submitted before the destination was set are written to it too',
    ),
    () => {
      const { t, form: f } = form();
      f.addTextItem().setTitle('NISN');
      t.submit(f.getId(), { NISN: 'a' });
      t.submit(f.getId(), { NISN: 'b' });
      f.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
      expect(t.ss.getSheets()[0]!.getRange('B2:B3').getValues()).toEqual([['a'], ['b']]);
    },
  );
});
