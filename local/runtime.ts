/**
 * The local runtime: loads the built add-on (dist/, the files clasp pushes) into one
 * node:vm global scope beside in-memory emulations of the Apps Script services it uses,
 * strict where Apps Script is strict, and counting every service call.
 *
 *   const rt = createRuntime({ locale: 'id_ID', now: '2026-09-01T08:00:00+07:00' });
 *   rt.open('NONE');                 // onOpen in AuthMode.NONE → the menu
 *   rt.call('openAssignSidebar');    // a menu click, in AuthMode.FULL
 *   rt.spreadsheet.sheet('Siswa')    // read and edit cells as a person would
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CacheStores, createCacheService, createCacheStores } from './gas/cache';
import { notJsonLike, readDist } from './gas/dist';
import { type AuthMode, type Env, isAllowed, permissionMessage } from './gas/env';
import { formatDate } from './gas/format-date';
import {
  createFormApp,
  createFormsState,
  formUrlOfSheet,
  submitForm as recordSubmission,
  summariseForms,
} from './gas/forms';
import { createHtmlService, htmlStateOf } from './gas/html';
import { createLockService, type LockState } from './gas/lock';
import { createMailApp, createMailState } from './gas/mail';
import { createPropertiesService, createPropertyStores } from './gas/properties';
import { createRealm, type Realm } from './gas/realm';
import { createScriptApp, createTriggerState, type TriggerRecord, triggerDue } from './gas/script-app';
import { createSession, createUtilities } from './gas/session';
import { createCharts, createSpreadsheetApp, Workbook } from './gas/spreadsheet';
import { createUi, createUiState } from './gas/ui';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

import type { Runtime, RuntimeOptions, RuntimeSnapshot, TriggerRun } from './runtime-types';

export type { Runtime, RuntimeOptions, RuntimeSnapshot, TriggerRun };

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const dist = options.dist ?? join(ROOT, 'dist');
  const { scripts, pages } = readDist(dist);

  // A copy: runtimes started from the same snapshot must not share their state.
  const saved = options.snapshot ? structuredClone(options.snapshot) : undefined;
  let clock = new Date(saved?.clock ?? options.now ?? Date.now()).getTime();
  let locale = saved?.locale ?? options.locale ?? 'id_ID';
  let email = saved?.user ?? options.user ?? 'koordinator@sekolah.sch.id';
  let workbook = saved
    ? Workbook.fromJSON(saved.spreadsheet)
    : new Workbook({
        name: options.name ?? 'Pendamping',
        locale,
        timeZone: options.timeZone ?? 'Asia/Jakarta',
      });
  let properties = saved?.properties ?? createPropertyStores();
  let triggerState = saved?.triggers ?? createTriggerState();
  let mailState = saved?.mail ?? createMailState();
  let formsState = saved?.forms ?? createFormsState();
  const caches: CacheStores = createCacheStores();
  const locks: LockState = { contended: new Set() };
  const uiState = createUiState();
  const triggerRuns: TriggerRun[] = [];
  const logs: string[] = [];
  let counts: Record<string, number> = {};
  const customFunctionCounts: Record<string, number> = {};
  const modes: AuthMode[] = [];

  // Late-bound: the realm needs the services and the services need the realm.
  let realm: Realm;
  const env: Env = {
    get mode() {
      return modes[modes.length - 1] ?? 'NONE';
    },
    get timeZone() {
      return workbook.timeZone;
    },
    touch(method, access) {
      counts[method] = (counts[method] ?? 0) + 1;
      if (!isAllowed(env.mode, access)) env.fail(permissionMessage(method));
    },
    now: () => new Date(clock),
    toScript: (v) => realm.toScript(v),
    fromScript: (v) => realm.fromScript(v),
    fail(message) {
      throw realm.error(message);
    },
  };

  const inMode = <T>(mode: AuthMode, fn: () => T): T => {
    modes.push(mode);
    try {
      return fn();
    } finally {
      modes.pop();
    }
  };

  const ui = createUi(env, uiState, (output) => htmlStateOf(env, output));
  const who = {
    get locale() {
      return locale;
    },
    get email() {
      return email;
    },
    sleep(ms: number) {
      clock += ms;
    },
  };

  const customFunctionName = (name: string) =>
    Object.keys(realm.global).find(
      (k) =>
        k.toUpperCase() === name.toUpperCase() && !k.endsWith('_') && typeof realm.global[k] === 'function',
    );
  const customFunctions = {
    has: (name: string) => customFunctionName(name) !== undefined,
    call: (name: string, args: unknown[]) => {
      const fn = realm.global[customFunctionName(name)!] as (...a: unknown[]) => unknown;
      const started = Date.now();
      // A recalculation is Sheets' own execution, not the one that read the cells: its calls
      // are counted apart (customFunctionCalls), so measure() shows an operation's own calls.
      const outer = counts;
      counts = customFunctionCounts;
      try {
        // The spreadsheet emulation already copied the arguments into the script realm and copies the result back.
        const result = inMode('CUSTOM_FUNCTION', () => fn(...args));
        if (Date.now() - started > 30_000) env.fail('Exceeded maximum execution time');
        return result;
      } finally {
        counts = outer;
      }
    },
  };

  const spreadsheetHooks = {
    getUi: () => ui,
    toast: (message: string, title?: string) => {
      uiState.toasts.push({ message: String(message), title: String(title ?? '') });
    },
    customFunctions,
    formUrl: (sheetId: number) => formUrlOfSheet(formsState, workbook.id, sheetId),
  };
  let spreadsheetApp = createSpreadsheetApp(env, workbook, spreadsheetHooks);

  const globals = () => ({
    SpreadsheetApp: spreadsheetApp,
    Charts: createCharts(env),
    HtmlService: createHtmlService(env, pages),
    PropertiesService: createPropertiesService(env, properties),
    LockService: createLockService(env, locks),
    CacheService: createCacheService(env, caches),
    Session: createSession(env, who),
    Utilities: createUtilities(env, who),
    ScriptApp: createScriptApp(env, triggerState, workbook.id),
    FormApp: createFormApp(env, formsState, workbook, () => who.email),
    MailApp: createMailApp(env, mailState, () =>
      formatDate(new Date(clock), workbook.timeZone, 'yyyy-MM-dd'),
    ),
    Logger: { log: (...a: unknown[]) => void logs.push(a.map(String).join(' ')) },
    console: {
      log: (...a: unknown[]) => void logs.push(a.map(String).join(' ')),
      info: (...a: unknown[]) => void logs.push(a.map(String).join(' ')),
      warn: (...a: unknown[]) => void logs.push(`WARN ${a.map(String).join(' ')}`),
      error: (...a: unknown[]) => void logs.push(`ERROR ${a.map(String).join(' ')}`),
    },
  });

  realm = createRealm(globals(), () => clock);
  for (const [name, code] of scripts) realm.load(code, name);

  const run = (name: string, args: unknown[], mode: AuthMode): unknown => {
    const fn = realm.global[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return inMode(mode, () => {
      try {
        return realm.fromScript((fn as (...a: unknown[]) => unknown)(...realm.toScript(args)));
      } catch (error) {
        const e = error as Error;
        const host = new Error(e?.message ?? String(error));
        host.stack = e?.stack ?? host.stack;
        throw host;
      }
    });
  };

  const runTrigger = (t: TriggerRecord, at: number, event: Record<string, unknown>): TriggerRun => {
    const record: TriggerRun = { handler: t.handler, at: new Date(at).toISOString(), error: null };
    try {
      run(t.handler, [event], 'FULL');
    } catch (error) {
      // Add-on triggers send no failure email: the add-on must record errors itself.
      record.error = (error as Error).message;
    }
    triggerRuns.push(record);
    return record;
  };

  // Form-submit events, kept so a test can deliver them late, out of order, or twice (as
  // Google sometimes does).
  const formEvents: Array<{ trigger: TriggerRecord; event: Record<string, unknown>; deliveries: number }> =
    [];
  const deferred = { formSubmit: false };
  const deliver = (index: number): TriggerRun => {
    const item = formEvents[index];
    if (!item) throw new Error(`No form-submit event #${index}`);
    item.deliveries++;
    return runTrigger(item.trigger, clock, item.event);
  };

  const fire = (t: TriggerRecord, at: number): TriggerRun => {
    const when = new Date(at);
    return runTrigger(t, at, {
      authMode: 'FULL',
      triggerUid: t.id,
      year: when.getUTCFullYear(),
      month: when.getUTCMonth() + 1,
      'day-of-month': when.getUTCDate(),
      hour: when.getUTCHours(),
      minute: when.getUTCMinutes(),
      second: when.getUTCSeconds(),
      timezone: 'UTC',
    });
  };

  const runtime: Runtime = {
    call: (name, ...args) => run(name, args, 'FULL'),
    run,
    callFromPage(name, args) {
      if (name.endsWith('_') || typeof realm.global[name] !== 'function') {
        throw new Error(`Script function not found: ${name}`);
      }
      const badArg = notJsonLike(args, 'arguments');
      if (badArg) throw new Error(`google.script.run: ${badArg}`);
      const result = run(name, args, 'FULL');
      const badResult = notJsonLike(result);
      if (badResult)
        throw new Error(`google.script.run: ${name} returned a value pages cannot receive (${badResult})`);
      return result;
    },
    open(mode = 'NONE') {
      uiState.menu = null;
      run('onOpen', [{ authMode: mode, source: null }], mode);
      return uiState.menu ?? [];
    },
    get spreadsheet() {
      return workbook;
    },
    ui: uiState,
    get properties() {
      return properties;
    },
    locks,
    get calls() {
      return { ...counts };
    },
    get customFunctionCalls() {
      return { ...customFunctionCounts };
    },
    resetCalls() {
      counts = {};
    },
    measure(fn) {
      const before = counts;
      counts = {};
      try {
        const result = fn();
        const calls = counts;
        return { result, calls, total: Object.values(calls).reduce((a, b) => a + b, 0) };
      } finally {
        for (const [k, v] of Object.entries(counts)) before[k] = (before[k] ?? 0) + v;
        counts = before;
      }
    },
    get forms() {
      return summariseForms(formsState, workbook);
    },
    deferred,
    get formEvents() {
      return formEvents.map((e, index) => ({ index, deliveries: e.deliveries }));
    },
    deliverFormEvent: (index) => deliver(index),
    submitForm: (formId, answers, options) =>
      recordSubmission(
        {
          env,
          state: formsState,
          wb: workbook,
          hooks: spreadsheetHooks,
          triggers: triggerState,
          now: () => new Date(clock),
          fire: (t, event) => {
            formEvents.push({ trigger: t, event, deliveries: 0 });
            return deferred.formSubmit ? null : deliver(formEvents.length - 1).error;
          },
        },
        formId,
        answers,
        options,
      ),
    get outbox() {
      return mailState.outbox;
    },
    get mail() {
      return mailState;
    },
    get triggers() {
      return triggerState.triggers;
    },
    triggerRuns,
    logs,
    now: () => new Date(clock),
    advanceTo(date) {
      const target = new Date(date).getTime();
      if (Number.isNaN(target)) throw new Error(`advanceTo: not a date: ${date}`);
      if (target < clock) throw new Error('advanceTo: the clock only moves forward');
      const fired: TriggerRun[] = [];
      for (let guard = 0; guard < 10_000; guard++) {
        const due = triggerState.triggers
          .map((t) => ({ t, at: triggerDue(t, clock) }))
          .filter((d): d is { t: TriggerRecord; at: number } => d.at !== null && d.at <= target)
          .sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        clock = due.at;
        due.t.base = due.at;
        fired.push(fire(due.t, due.at));
        if (due.t.schedule?.kind === 'at')
          triggerState.triggers = triggerState.triggers.filter((t) => t !== due.t);
      }
      clock = target;
      // TODAY() and NOW() in the sheets move with the clock.
      workbook.calculatedRevision = -1;
      return fired;
    },
    snapshot: () =>
      structuredClone({
        version: 1 as const,
        clock: new Date(clock).toISOString(),
        locale,
        user: email,
        spreadsheet: workbook.toJSON(),
        properties,
        triggers: triggerState,
        mail: mailState,
        forms: formsState,
      }),
    load(snapshot) {
      const copy = structuredClone(snapshot);
      clock = new Date(copy.clock).getTime();
      locale = copy.locale;
      email = copy.user;
      workbook = Workbook.fromJSON(copy.spreadsheet);
      properties = copy.properties;
      triggerState = copy.triggers;
      mailState = copy.mail;
      formsState = copy.forms ?? createFormsState();
      spreadsheetApp = createSpreadsheetApp(env, workbook, spreadsheetHooks);
      Object.assign(realm.global, globals());
    },
    functions: () => Object.keys(realm.global).filter((k) => typeof realm.global[k] === 'function'),
  };
  return runtime;
}
