/**
 * A small hand-written Apps Script project (no build) that reports what it sees, so that each
 * conformance case asks the runtime one question through the script, as Apps Script code would.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, type RuntimeOptions } from '../../../local/runtime';

export const NOW = '2026-09-01T08:00:00+07:00';
export const A = 'kepala@sekolah.sch.id';
export const B = 'bk@sekolah.sch.id';

const CODE = `
function whoAmI() { return Session.getEffectiveUser().getEmail(); }
function makeDaily(hour) { return ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(hour).create().getUniqueId(); }
function makeHourly() { return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId(); }
function makeOpen() { return ScriptApp.newTrigger('opened').forSpreadsheet(SpreadsheetApp.getActive()).onOpen().create().getUniqueId(); }
function makeSubmit() { return ScriptApp.newTrigger('opened').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create().getUniqueId(); }
function myTriggers() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) { return t.getUniqueId(); }); }
function projectTriggers() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getUniqueId(); }); }
function deleteMine() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function attempt(fn) { try { return fn(); } catch (e) { return 'threw: ' + e.message; } }
function tick(e) {
  PropertiesService.getScriptProperties().setProperty('tick', JSON.stringify({
    user: Session.getEffectiveUser().getEmail(),
    active: SpreadsheetApp.getActiveSpreadsheet() === null ? null : 'spreadsheet',
    documentProperties: PropertiesService.getDocumentProperties() === null ? null : 'store',
    documentLock: LockService.getDocumentLock() === null ? null : 'lock',
    documentCache: CacheService.getDocumentCache() === null ? null : 'cache',
    scriptLock: LockService.getScriptLock() === null ? null : 'lock',
    ui: attempt(function () { SpreadsheetApp.getUi(); return 'ui'; }),
    keys: Object.keys(e).sort(),
    mode: String(e.authMode),
    uid: e.triggerUid,
  }));
  if (PropertiesService.getScriptProperties().getProperty('tickSleeps')) Utilities.sleep(Number(PropertiesService.getScriptProperties().getProperty('tickSleeps')));
}
function opened(e) {
  var key = 'opened.' + Session.getEffectiveUser().getEmail();
  PropertiesService.getScriptProperties().setProperty(key, JSON.stringify({ source: e.source ? e.source.getId() : null, mode: String(e.authMode) }));
}
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Probe', 'whoAmI').addToUi();
  if (e && e.authMode !== 'NONE') {
    var ms = PropertiesService.getScriptProperties().getProperty('onOpenSleeps');
    if (ms) Utilities.sleep(Number(ms));
  }
}
function sleepy(ms) { Utilities.sleep(ms); return 'woke'; }
function mail(to) { MailApp.sendEmail(to, 'Ringkasan', 'isi'); return MailApp.getRemainingDailyQuota(); }
function quota() { return MailApp.getRemainingDailyQuota(); }
function setUserProp(k, v) { PropertiesService.getUserProperties().setProperty(k, v); }
function getUserProp(k) { return PropertiesService.getUserProperties().getProperty(k); }
function openById(id) { return SpreadsheetApp.openById(id).getName(); }
function limitedProbe() {
  return {
    read: attempt(function () { return SpreadsheetApp.getActiveSpreadsheet().getName(); }),
    write: attempt(function () { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('x'); return 'wrote'; }),
    documentProperties: attempt(function () { PropertiesService.getDocumentProperties().setProperty('p', '1'); return PropertiesService.getDocumentProperties().getProperty('p'); }),
    userProperties: attempt(function () { return String(PropertiesService.getUserProperties().getProperty('none')); }),
    lock: attempt(function () { return String(LockService.getDocumentLock().tryLock(1)); }),
    cache: attempt(function () { CacheService.getDocumentCache().put('c', 'v'); return CacheService.getDocumentCache().get('c'); }),
    email: attempt(function () { return Session.getActiveUser().getEmail(); }),
    mail: attempt(function () { MailApp.sendEmail('a@x.id', 's', 'b'); return 'sent'; }),
    trigger: attempt(function () { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); return 'made'; }),
    sidebar: attempt(function () { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x')); return 'shown'; }),
    locale: attempt(function () { return Session.getActiveUserLocale(); }),
    utilities: attempt(function () { return Utilities.formatDate(new Date(0), 'UTC', 'yyyy'); }),
  };
}
function PROBE_WRITE() { PropertiesService.getDocumentProperties().setProperty('x', '1'); return 'wrote'; }
function PROBE_USERWRITE() { PropertiesService.getUserProperties().setProperty('x', '1'); return 'wrote'; }
function PROBE_READ() { return PropertiesService.getScriptProperties().getProperty('k') || 'none'; }
function PROBE_MAIL() { MailApp.sendEmail('a@x.id', 's', 'b'); return 'sent'; }
function PROBE_TRIGGER() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); return 'made'; }
function PROBE_OPEN(id) { return SpreadsheetApp.openById(id).getName(); }
function PROBE_SET() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('Z1').setValue('x'); return 'set'; }
function PROBE_LOCK() { return LockService.getDocumentLock().tryLock(10) ? 'locked' : 'busy'; }
function PROBE_CACHE() { CacheService.getScriptCache().put('c', 'v'); return CacheService.getScriptCache().get('c'); }
function PROBE_LEN(range) { return range.length; }
function PROBE_ROWS(range) { return range.map(function (row) { return [row[0] === '' ? '·' : row[0]]; }); }
function PROBE_SLOW() { Utilities.sleep(31000); return 'late'; }
function dates() {
  var d = new Date(2026, 8, 5);
  return {
    iso: d.toISOString(), hours: d.getHours(), date: d.getDate(), day: d.getDay(), offset: d.getTimezoneOffset(),
    text: d.toString(), zone: Session.getScriptTimeZone(),
    local: new Date('2026-09-05T10:00').toISOString(), dateOnly: new Date('2026-09-05').toISOString(),
    legacy: new Date('September 5, 2026 10:00').toISOString(),
    set: (function () { var x = new Date(2026, 0, 31); x.setMonth(1); x.setHours(25); return x.toISOString(); })(),
    locale: new Date(Date.UTC(2026, 8, 4, 18)).toLocaleDateString('en-US'),
    intl: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
function clock() { return [new Date().toISOString(), Date.now(), new Date() instanceof Date, typeof Date(), Object.prototype.toString.call(new Date())]; }
function cellDate() {
  var v = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue();
  return [v instanceof Date, v.getHours(), v.getDate()];
}
`;

export const SCOPES = {
  currentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  sheets: 'https://www.googleapis.com/auth/spreadsheets',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
  email: 'https://www.googleapis.com/auth/userinfo.email',
};

/** A dist/ folder holding the probe: its manifest lists `scopes` (all but the full spreadsheets one by default). */
export function probeProject(
  scopes: string[] = [SCOPES.currentOnly, SCOPES.ui, SCOPES.triggers, SCOPES.mail, SCOPES.email],
  extraFiles: Record<string, string> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-probe-'));
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ timeZone: 'Asia/Jakarta', runtimeVersion: 'V8', oauthScopes: scopes }),
  );
  writeFileSync(join(dir, 'Code.js'), CODE);
  for (const [name, code] of Object.entries(extraFiles)) writeFileSync(join(dir, name), code);
  return dir;
}

/** A runtime on the probe, at a fixed time, signed in as A. */
export function probe(options: RuntimeOptions = {}) {
  return createRuntime({ dist: probeProject(), now: NOW, user: A, ...options });
}

/** What the last `tick` (the time-driven handler) saw. */
export function lastTick(rt: ReturnType<typeof probe>): Record<string, unknown> {
  return JSON.parse(rt.properties.script.tick ?? 'null');
}
