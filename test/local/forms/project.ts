/** A tiny hand-written Apps Script project (no build needed) that makes and routes a form. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CODE = `
function createSessionForm() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var form = FormApp.create('Log sesi');
  form.addListItem().setTitle('Siswa').setChoiceValues(['0012 – Budi', '0013 – Sari']).setRequired(true);
  form.addDateItem().setTitle('Tanggal').setRequired(true);
  form.addTextItem().setTitle('Catatan');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  PropertiesService.getDocumentProperties().setProperty('sessionForm', form.getId());
  ScriptApp.newTrigger('onFormSubmitted').forSpreadsheet(ss).onFormSubmit().create();
  return form.getId();
}
function refreshStudents(list) {
  var id = PropertiesService.getDocumentProperties().getProperty('sessionForm');
  FormApp.openById(id).getItems(FormApp.ItemType.LIST)[0].asListItem().setChoiceValues(list);
}
function onFormSubmitted(e) {
  var sheet = e.range.getSheet();
  if (e.namedValues.Catatan[0] === 'boom') throw new Error('cannot route');
  var form = FormApp.openByUrl(sheet.getFormUrl());
  PropertiesService.getDocumentProperties().setProperty('last', JSON.stringify({
    form: form.getId(), sheet: sheet.getName(), row: e.range.getRow(), values: e.values,
    named: e.namedValues, stampIsDate: e.range.getValues()[0][0] instanceof Date, mode: String(e.authMode),
  }));
}
`;

/** A dist/ folder holding the project, for createRuntime({ dist }). */
export function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-forms-'));
  writeFileSync(join(dir, 'appsscript.json'), '{"timeZone":"Asia/Jakarta","runtimeVersion":"V8"}');
  writeFileSync(join(dir, 'Code.js'), CODE);
  return dir;
}
