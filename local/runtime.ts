/**
 * The local runtime: loads the built add-on (dist/, the files clasp pushes) into one node:vm
 * global scope beside in-memory emulations of the Apps Script services it uses, strict where
 * Apps Script is strict, and counting every service call. By default it runs the add-on as Google
 * runs a published editor add-on: several users, each with their own triggers, quotas and user
 * properties, and time-driven triggers that run outside the document.
 *
 *   const rt = createRuntime({ locale: 'id_ID', now: '2026-09-01T08:00:00+07:00' });
 *   rt.open('NONE');                 // onOpen in AuthMode.NONE → the menu
 *   rt.call('openAssignSidebar');    // a menu click, in AuthMode.FULL
 *   rt.as('b@x.id', () => rt.call('turnOnMonthlyEmails'));  // another coordinator
 *   rt.spreadsheet.sheet('Siswa')    // read and edit cells as a person would
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CacheStores, createCacheService, createCacheStores } from './gas/cache';
import { carried, notJsonLike, readDist } from './gas/dist';
import { type AuthMode, type Env, isAllowed, permissionMessage } from './gas/env';
import {
  DAILY_QUOTAS,
  type Execution,
  type ExecutionKind,
  elapsed,
  type RuntimeWindow,
  runtimeWindow,
  spendRuntime,
  TIME_LIMITS,
  TIMEOUT_MESSAGE,
  TRIGGER_RUNTIME_MESSAGE,
} from './gas/execution';
import {
  createFormApp,
  createFormsState,
  formUrlOfSheet,
  submitForm as recordSubmission,
  summariseForms,
} from './gas/forms';
import { createHtmlService, htmlStateOf } from './gas/html';
import { createLockService, type LockState } from './gas/lock';
import { createMailApp, createMailState, mailWindow, upgradeMailState } from './gas/mail';
import { createPropertiesService, createPropertyStores, upgradePropertyStores } from './gas/properties';
import { createRealm, type Realm } from './gas/realm';
import { missingScope } from './gas/scopes';
import {
  createScriptApp,
  createTriggerState,
  type TriggerRecord,
  triggerDue,
  upgradeTriggerState,
} from './gas/script-app';
import { createSession, createUtilities } from './gas/session';
import {
  type CustomFunctionOutcome,
  createCharts,
  createSpreadsheetApp,
  createSpreadsheetFacade,
  Workbook,
} from './gas/spreadsheet';
import { spreadsheetEvent, timeDrivenEvent } from './gas/trigger-events';
import { createUi, createUiState } from './gas/ui';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

import type { MailView, Runtime, RuntimeOptions, RuntimeSnapshot, TriggerRun } from './runtime-types';

export type { MailView, Runtime, RuntimeOptions, RuntimeSnapshot, TriggerRun };

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const dist = options.dist ?? join(ROOT, 'dist');
  const { pages, manifest } = readDist(dist);
  const deployment = options.deployment ?? 'addon';
  const quotas = DAILY_QUOTAS[options.account ?? 'consumer'];

  // A copy: runtimes started from the same snapshot must not share their state.
  const saved = options.snapshot ? structuredClone(options.snapshot) : undefined;
  let clock = new Date(saved?.clock ?? options.now ?? Date.now()).getTime();
  let locale = saved?.locale ?? options.locale ?? 'id_ID';
  let signedIn = saved?.user ?? options.user ?? 'koordinator@sekolah.sch.id';
  let workbook = saved
    ? Workbook.fromJSON(saved.spreadsheet)
    : new Workbook({
        name: options.name ?? 'Pendamping',
        locale,
        timeZone: options.timeZone ?? 'Asia/Jakarta',
      });
  let properties = saved ? upgradePropertyStores(saved.properties, signedIn) : createPropertyStores();
  let triggerState = saved
    ? upgradeTriggerState(saved.triggers, signedIn, workbook.id)
    : createTriggerState();
  let mailState = saved ? upgradeMailState(saved.mail, signedIn) : createMailState(quotas.mailRecipients);
  let formsState = saved?.forms ?? createFormsState();
  let triggerRuntime: Record<string, RuntimeWindow> = saved?.triggerRuntime ?? {};
  let outcome: CustomFunctionOutcome = options.customFunctions ?? 'run';
  const caches: CacheStores = createCacheStores();
  const locks: LockState = { contended: new Set() };
  const uiState = createUiState();
  const triggerRuns: TriggerRun[] = [];
  const logs: string[] = [];
  let counts: Record<string, number> = {};
  const customFunctionCounts: Record<string, number> = {};
  const executions: Execution[] = [];
  let acting: string | null = null;
  const atKeyboard = () => acting ?? signedIn;
  const current = () => executions[executions.length - 1];

  const checkTime = () => {
    const ex = current();
    if (ex && elapsed(ex, clock, Date.now()) > ex.limitMs) env.fail(TIMEOUT_MESSAGE);
  };

  // Late-bound: the realm needs the services and the services need the realm.
  let realm: Realm;
  const env: Env = {
    get mode() {
      return current()?.mode ?? 'NONE';
    },
    get timeZone() {
      return workbook.timeZone;
    },
    scriptTimeZone: manifest.timeZone,
    deployment,
    user: () => current()?.user ?? atKeyboard(),
    get hasDocument() {
      return current()?.document ?? true;
    },
    touch(method, access) {
      counts[method] = (counts[method] ?? 0) + 1;
      checkTime();
      if (!isAllowed(env.mode, access)) env.fail(permissionMessage(method));
      const scope = env.mode === 'CUSTOM_FUNCTION' ? null : missingScope(method, manifest.oauthScopes);
      if (scope) env.fail(permissionMessage(method, scope));
    },
    now: () => new Date(clock),
    toScript: (v) => realm.toScript(v),
    fromScript: (v) => realm.fromScript(v),
    fail(message) {
      throw realm.error(message);
    },
  };

  interface Spec {
    kind: ExecutionKind;
    mode: AuthMode;
    user?: string;
    document?: boolean;
  }
  const execute = <T>(spec: Spec, fn: () => T): T => {
    executions.push({
      kind: spec.kind,
      mode: spec.mode,
      user: spec.user ?? atKeyboard(),
      document: spec.document ?? true,
      limitMs: TIME_LIMITS[spec.kind],
      startClock: clock,
      startReal: Date.now(),
    });
    try {
      return fn();
    } finally {
      executions.pop();
    }
  };

  const ui = createUi(env, uiState, (output) => htmlStateOf(env, output));
  const who = {
    get locale() {
      return locale;
    },
    sleep(ms: number) {
      // An execution is stopped at its limit: a sleep past it ends there.
      const ex = current();
      const left = ex ? Math.max(0, ex.limitMs - elapsed(ex, clock, Date.now())) : Number.POSITIVE_INFINITY;
      clock += Math.min(Math.max(0, ms), left + 1);
      checkTime();
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
      // A recalculation is Sheets' own execution, not the one that read the cells: its calls
      // are counted apart (customFunctionCalls), so measure() shows an operation's own calls.
      const outer = counts;
      counts = customFunctionCounts;
      try {
        // The spreadsheet emulation already copied the arguments into the script realm and copies the result back.
        return execute({ kind: 'custom-function', mode: 'CUSTOM_FUNCTION', document: true }, () => {
          const result = fn(...args);
          checkTime();
          return result;
        });
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
    customFunctionOutcome: () => outcome,
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
    FormApp: createFormApp(env, formsState, workbook, () => env.user()),
    MailApp: createMailApp(env, mailState),
    Logger: { log: (...a: unknown[]) => void logs.push(a.map(String).join(' ')) },
    console: {
      log: (...a: unknown[]) => void logs.push(a.map(String).join(' ')),
      info: (...a: unknown[]) => void logs.push(a.map(String).join(' ')),
      warn: (...a: unknown[]) => void logs.push(`WARN ${a.map(String).join(' ')}`),
      error: (...a: unknown[]) => void logs.push(`ERROR ${a.map(String).join(' ')}`),
    },
  });

  realm = createRealm(globals(), { clock: () => clock, timeZone: manifest.timeZone, project: dist });

  const invoke = (name: string, args: unknown[], spec: Spec): unknown => {
    const fn = realm.global[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return execute(spec, () => {
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
  const run = (name: string, args: unknown[], mode: AuthMode): unknown =>
    invoke(name, args, { kind: 'menu', mode });

  /** Runs a trigger as its creator, within their daily trigger runtime; records the outcome. */
  const runTrigger = (t: TriggerRecord, at: number, event: Record<string, unknown>): TriggerRun => {
    const record: TriggerRun = {
      handler: t.handler,
      at: new Date(at).toISOString(),
      error: null,
      user: t.owner,
    };
    const window = runtimeWindow(triggerRuntime, t.owner, clock);
    if (window.usedMs >= quotas.triggerRuntimeMs) {
      record.error = TRIGGER_RUNTIME_MESSAGE;
      triggerRuns.push(record);
      return record;
    }
    const timed = t.eventType === 'CLOCK';
    const startClock = clock;
    const startReal = Date.now();
    const fullEvent = timed
      ? event
      : spreadsheetEvent(t, event, createSpreadsheetFacade(env, workbook, spreadsheetHooks));
    try {
      invoke(t.handler, [fullEvent], {
        kind: timed ? 'time-trigger' : 'installable-trigger',
        mode: 'FULL',
        user: t.owner,
        // An add-on's time-driven trigger runs outside the document; a bound script's inside it.
        document: !timed || deployment === 'bound',
      });
    } catch (error) {
      // Add-on triggers send no failure email: the add-on must record errors itself.
      record.error = (error as Error).message;
    } finally {
      spendRuntime(window, startClock, clock - startClock + (Date.now() - startReal));
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

  const mail: MailView = {
    get outbox() {
      return mailState.outbox;
    },
    get dailyQuota() {
      return mailState.dailyQuota;
    },
    set dailyQuota(n: number) {
      mailState.dailyQuota = n;
    },
    get remaining() {
      return mailWindow(mailState, signedIn, clock).remaining;
    },
    set remaining(n: number) {
      mailWindow(mailState, signedIn, clock).remaining = n;
    },
    day: '',
    window: (email) => ({ ...mailWindow(mailState, email, clock) }),
  };

  const runtime: Runtime = {
    deployment,
    get user() {
      return atKeyboard();
    },
    as(email, fn) {
      const before = acting;
      acting = email;
      try {
        return fn();
      } finally {
        acting = before;
      }
    },
    get customFunctions() {
      return outcome;
    },
    set customFunctions(value: CustomFunctionOutcome) {
      outcome = value;
      workbook.calculatedRevision = -1;
    },
    call: (name, ...args) => run(name, args, 'FULL'),
    run,
    callFromPage(name, args) {
      if (name.endsWith('_') || typeof realm.global[name] !== 'function') {
        throw new Error(`Script function not found: ${name}`);
      }
      const badArg = notJsonLike(args, 'arguments');
      if (badArg) throw new Error(`google.script.run: ${badArg}`);
      const result = invoke(name, carried(args) as unknown[], { kind: 'page', mode: 'FULL' });
      const badResult = notJsonLike(result);
      if (badResult)
        throw new Error(`google.script.run: ${name} returned a value pages cannot receive (${badResult})`);
      return result === undefined ? result : carried(result);
    },
    open(mode = 'NONE') {
      uiState.menu = null;
      const source = mode === 'NONE' ? null : createSpreadsheetFacade(env, workbook, spreadsheetHooks);
      invoke('onOpen', [{ authMode: mode, source }], { kind: 'simple-trigger', mode });
      const menu = uiState.menu ?? [];
      // "An installable open trigger runs when a user opens a spreadsheet they have permission to
      // edit", as its creator: https://developers.google.com/apps-script/guides/triggers/installable
      for (const t of triggerState.triggers.filter(
        (t) => t.eventType === 'ON_OPEN' && t.sourceId === workbook.id,
      ))
        runTrigger(t, clock, {});
      return menu;
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
    mail,
    get triggers() {
      return triggerState.triggers;
    },
    triggerRuns,
    triggerRuntime: (email) => ({ ...runtimeWindow(triggerRuntime, email, clock) }),
    logs,
    now: () => new Date(clock),
    advanceTo(date) {
      const target = new Date(date).getTime();
      if (Number.isNaN(target)) throw new Error(`advanceTo: not a date: ${date}`);
      if (target < clock) throw new Error('advanceTo: the clock only moves forward');
      const fired: TriggerRun[] = [];
      const from = clock;
      for (let guard = 0; guard < 10_000; guard++) {
        // Each trigger's next firing after the later of where the clock started and its own last
        // firing, so that two users' triggers due at the same minute both fire.
        const due = triggerState.triggers
          .map((t) => ({ t, at: triggerDue(t, Math.max(from, t.base)) }))
          .filter((d): d is { t: TriggerRecord; at: number } => d.at !== null && d.at <= target)
          .sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        clock = Math.max(clock, due.at);
        due.t.base = due.at;
        fired.push(runTrigger(due.t, due.at, timeDrivenEvent(due.t, due.at)));
        if (due.t.schedule?.kind === 'at')
          triggerState.triggers = triggerState.triggers.filter((t) => t !== due.t);
      }
      clock = Math.max(clock, target);
      // TODAY() and NOW() in the sheets move with the clock.
      workbook.calculatedRevision = -1;
      return fired;
    },
    snapshot: () =>
      structuredClone({
        version: 1 as const,
        clock: new Date(clock).toISOString(),
        locale,
        user: signedIn,
        spreadsheet: workbook.toJSON(),
        properties,
        triggers: triggerState,
        mail: mailState,
        forms: formsState,
        triggerRuntime,
      }),
    load(snapshot) {
      const copy = structuredClone(snapshot);
      clock = new Date(copy.clock).getTime();
      locale = copy.locale;
      signedIn = copy.user;
      workbook = Workbook.fromJSON(copy.spreadsheet);
      properties = upgradePropertyStores(copy.properties, signedIn);
      triggerState = upgradeTriggerState(copy.triggers, signedIn, workbook.id);
      mailState = upgradeMailState(copy.mail, signedIn);
      formsState = copy.forms ?? createFormsState();
      triggerRuntime = copy.triggerRuntime ?? {};
      spreadsheetApp = createSpreadsheetApp(env, workbook, spreadsheetHooks);
      Object.assign(realm.global, globals());
    },
    functions: () => Object.keys(realm.global).filter((k) => typeof realm.global[k] === 'function'),
  };
  return runtime;
}
