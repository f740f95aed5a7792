/**
 * Response validation of a text question, as Google Forms checks it on the form page:
 * https://developers.google.com/apps-script/reference/forms/text-validation-builder
 */
import { describe, expect, it } from 'vitest';
import { summariseForms } from '../../../local/gas/forms';
import { satisfies, validationProblem } from '../../../local/gas/forms/validation';
import { errorOf } from '../spreadsheet/setup';
import { formsSetup } from './setup';

function formWith(
  build: (v: GoogleAppsScript.Forms.TextValidationBuilder) => GoogleAppsScript.Forms.TextValidationBuilder,
) {
  const t = formsSetup();
  const form = t.forms.create('f');
  const item = form.addTextItem().setTitle('NISN');
  item.setValidation(build(t.forms.createTextValidation()).build());
  form.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
  return { t, form, item };
}

describe('FormApp.createTextValidation and TextItem.setValidation', () => {
  it('refuses on the page an answer the rule refuses, with the help text, and records nothing', () => {
    const { t, form } = formWith((v) =>
      v.setHelpText('NISN harus 10 digit').requireTextMatchesPattern('[0-9]{10}'),
    );
    expect(errorOf(() => t.submit(form.getId(), { NISN: '123456789' }))).toBe('"NISN": NISN harus 10 digit');
    expect(form.getResponses()).toHaveLength(0);
    expect(t.submit(form.getId(), { NISN: '0012345678' }).responseId).toEqual(expect.any(String));
  });

  it('checks a pattern against the whole answer, and a blank optional answer not at all', () => {
    const { t, form } = formWith((v) => v.requireTextMatchesPattern('\\+?[0-9]{6,15}'));
    expect(errorOf(() => t.submit(form.getId(), { NISN: 'tel 0812345678' }))).toBe(
      '"NISN": Must match pattern',
    );
    expect(errorOf(() => t.submit(form.getId(), { NISN: '0812345678 x' }))).toBe(
      '"NISN": Must match pattern',
    );
    expect(t.submit(form.getId(), { NISN: '' }).row).toBe(2);
    expect(t.submit(form.getId(), { NISN: '+62812345678' }).row).toBe(3);
  });

  it('keeps one rule: a second require… replaces the first (the stricter reading)', () => {
    const { t, form } = formWith((v) => v.requireWholeNumber().requireNumberBetween(1, 600));
    expect(t.submit(form.getId(), { NISN: '2.5' }).row).toBe(2);
    expect(errorOf(() => t.submit(form.getId(), { NISN: '601' }))).toBe('"NISN": Must be a number');
  });

  it('can be cleared, and only a TextValidation is taken', () => {
    const { t, form, item } = formWith((v) => v.requireWholeNumber());
    item.clearValidation();
    expect(t.submit(form.getId(), { NISN: 'tiga' }).row).toBe(2);
    expect(errorOf(() => item.setValidation({} as GoogleAppsScript.Forms.TextValidation))).toBe(
      'Invalid argument: validation',
    );
    expect(errorOf(() => t.forms.createTextValidation().build())).toBe('Invalid data updating form.');
    expect(
      errorOf(() => t.forms.createTextValidation().requireNumberBetween('1' as unknown as number, 2)),
    ).toBe('Invalid data updating form.');
  });

  it('is in the form summary, for the preview page to check the same way', () => {
    const t = formsSetup();
    const form = t.forms.create('f');
    form
      .addTextItem()
      .setTitle('Menit')
      .setValidation(
        t.forms.createTextValidation().setHelpText('1–600').requireNumberBetween(1, 600).build(),
      );
    form.addTextItem().setTitle('Catatan');
    expect(summariseForms(t.state, t.wb)[0]!.items.map((i) => i.validation)).toEqual([
      { rule: { kind: 'between', low: 1, high: 600 }, helpText: '1–600' },
      undefined,
    ]);
  });

  it('is counted and needs AuthMode.FULL like the rest of FormApp', () => {
    const t = formsSetup();
    t.forms.createTextValidation().requireNumber().build();
    expect(t.env.calls.get('FormApp.createTextValidation')).toBe(1);
    expect(t.env.calls.get('TextValidationBuilder.build')).toBe(1);
    t.env.mode = 'LIMITED';
    expect(errorOf(() => t.forms.createTextValidation())).toMatch(
      /^You do not have permission to call createTextValidation/,
    );
  });
});

describe('the rules', () => {
  it.each([
    [{ kind: 'number' }, ['12', '-3', '2.5', '2,5', '.5'], ['', 'x', '1e3', '12a']],
    [{ kind: 'whole' }, ['12', '-3', '+4'], ['2.5', 'x']],
    [{ kind: 'between', low: 1, high: 600 }, ['1', '600', '2.5'], ['0', '600.5', 'x']],
    [{ kind: 'not_between', low: 1, high: 5 }, ['0', '6'], ['1', '5', 'x']],
    [{ kind: 'gt', value: 5 }, ['6'], ['5']],
    [{ kind: 'ge', value: 5 }, ['5'], ['4']],
    [{ kind: 'lt', value: 5 }, ['4'], ['5']],
    [{ kind: 'le', value: 5 }, ['5'], ['6']],
    [{ kind: 'eq', value: 5 }, ['5', '5.0'], ['6']],
    [{ kind: 'ne', value: 5 }, ['6'], ['5', 'x']],
    [{ kind: 'matches', pattern: 'a|b' }, ['a', 'b'], ['ab', 'xa']],
    [{ kind: 'not_matches', pattern: 'a' }, ['b', 'ab'], ['a']],
    [{ kind: 'contains', pattern: 'a' }, ['xax'], ['b']],
    [{ kind: 'not_contains', pattern: 'a' }, ['b'], ['xax']],
    [{ kind: 'email' }, ['a@b.id'], ['a@b', 'a b@c.id']],
    [{ kind: 'url' }, ['https://x.id/a'], ['x.id', 'ftp://x.id']],
    [{ kind: 'length_ge', value: 3 }, ['abc'], ['ab']],
    [{ kind: 'length_le', value: 3 }, ['abc'], ['abcd']],
  ] as const)('%j', (rule, good, bad) => {
    for (const text of good) expect(satisfies(rule, text), text).toBe(true);
    for (const text of bad) expect(satisfies(rule, text), text).toBe(false);
  });

  it('say what Google says when no help text is given; a bad pattern refuses everything', () => {
    expect(validationProblem({ rule: { kind: 'email' }, helpText: '' }, 'x')).toBe('Must be an email');
    expect(validationProblem({ rule: { kind: 'whole' }, helpText: ' ' }, 'x')).toBe('Must be a whole number');
    expect(validationProblem({ rule: { kind: 'length_le', value: 1 }, helpText: '' }, 'xx')).toBe(
      'Must be the right length',
    );
    expect(validationProblem({ rule: { kind: 'url' }, helpText: '' }, 'x')).toBe('Must be a URL');
    expect(validationProblem({ rule: { kind: 'matches', pattern: '(' }, helpText: 'h' }, 'x')).toBe('h');
    expect(validationProblem(null, 'x')).toBeNull();
    expect(validationProblem({ rule: { kind: 'whole' }, helpText: '' }, '  ')).toBeNull();
  });
});
