/**
 * A form belongs to whoever created it: FormApp opens it for its owner and the editors it is
 * shared with, and for nobody else (Google's "No item with the given ID could be found, or you
 * do not have permission to access it."; https://developers.google.com/apps-script/reference/forms/form-app#openById(String),
 * wording as reported in https://github.com/stevenschmatz/export-google-form/issues/5).
 */
import { describe, expect, it } from 'vitest';
import { errorOf } from '../spreadsheet/setup';
import { formsSetup } from './setup';

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

describe('FormApp and who owns a form', () => {
  it('opens a form for its owner and for the editors it is shared with, and for nobody else', () => {
    const t = formsSetup();
    t.who.user = 'bk@sekolah.sch.id';
    const form = t.forms.create('Asesmen');
    const id = form.getId();
    t.who.user = 'wakasek@sekolah.sch.id';
    expect(errorOf(() => t.forms.openById(id))).toBe(NOT_FOUND);
    expect(errorOf(() => t.forms.openByUrl(form.getEditUrl()))).toBe(NOT_FOUND);
    t.who.user = 'bk@sekolah.sch.id';
    form.addEditor('wakasek@sekolah.sch.id');
    expect(form.getEditors().map((u) => u.getEmail())).toEqual([
      'bk@sekolah.sch.id',
      'wakasek@sekolah.sch.id',
    ]);
    t.who.user = 'wakasek@sekolah.sch.id';
    expect(t.forms.openById(id).getTitle()).toBe('Asesmen');
    t.who.user = 'bk@sekolah.sch.id';
    form.removeEditor('wakasek@sekolah.sch.id');
    t.who.user = 'wakasek@sekolah.sch.id';
    expect(errorOf(() => t.forms.openById(id))).toBe(NOT_FOUND);
  });

  it('still writes every response into the destination sheet, whoever owns the form', () => {
    const t = formsSetup();
    const form = t.forms.create('f');
    form.addTextItem().setTitle('Nama');
    form.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
    t.who.user = 'lain@sekolah.sch.id';
    expect(t.submit(form.getId(), { Nama: 'Budi' }).row).toBe(2);
  });

  it('refuses an editor that is not an email address', () => {
    const t = formsSetup();
    expect(errorOf(() => t.forms.create('f').addEditor('wakasek'))).toBe('Invalid email: wakasek');
  });
});
