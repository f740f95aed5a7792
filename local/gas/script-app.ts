/**
 * ScriptApp: auth modes and installable triggers. A trigger belongs to the user who made it and
 * runs as that user; a user sees and deletes only their own; at most 20 per user per script; an
 * add-on may have one of each event type per user per document. Time-driven triggers fire from
 * Runtime.advanceTo.
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 */
import type { Env } from './env';
import { type ClockSchedule, nextFiring } from './schedule';
import { defineEnum, defineService, SELF } from './service';

export type EventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventType;
  source: 'CLOCK' | 'SPREADSHEETS' | 'FORMS';
  sourceId: string | null;
  schedule: ClockSchedule | null;
  /** Creation or last firing, epoch ms: the base of "every n" schedules. */
  base: number;
  /** The user who made it, and whom it runs as. */
  owner: string;
  /** The document it was made in (the add-on's "per document"), null when made outside one. */
  documentId: string | null;
}

export interface TriggerState {
  triggers: TriggerRecord[];
  nextId: number;
}

/** "20 triggers per user per script": https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const TRIGGERS_PER_USER = 20;

export function createTriggerState(): TriggerState {
  return { triggers: [], nextId: 1 };
}

/** Triggers saved before they had owners were the signed-in user's, in this document. */
export function upgradeTriggerState(state: TriggerState, user: string, documentId: string): TriggerState {
  for (const t of state.triggers) {
    t.owner ??= user;
    if (t.documentId === undefined) t.documentId = t.sourceId ?? documentId;
  }
  return state;
}

/** When a trigger fires next after `after` (null: never again). */
export function triggerDue(t: TriggerRecord, after: number): number | null {
  return t.schedule ? nextFiring(t.schedule, after, t.base) : null;
}

const AuthMode = defineEnum('NONE', 'LIMITED', 'FULL', 'CUSTOM_FUNCTION');
const EventTypeEnum = defineEnum(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_CHANGE',
  'ON_FORM_SUBMIT',
  'ON_EVENT_UPDATED',
);
const TriggerSource = defineEnum('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

export function createScriptApp(env: Env, state: TriggerState, spreadsheetId: string) {
  const mine = () => state.triggers.filter((t) => t.owner === env.user());
  const wrap = (t: TriggerRecord) =>
    defineService(env, 'Trigger', {
      getUniqueId: ['privileged', () => t.id],
      getHandlerFunction: ['privileged', () => t.handler],
      getEventType: ['privileged', () => t.eventType],
      getTriggerSource: ['privileged', () => t.source],
      getTriggerSourceId: ['privileged', () => t.sourceId],
    });

  const add = (record: Omit<TriggerRecord, 'id' | 'base' | 'owner' | 'documentId'>) => {
    const documentId = record.sourceId ?? (env.hasDocument ? spreadsheetId : null);
    const own = mine();
    if (
      env.deployment === 'addon' &&
      own.some((t) => t.eventType === record.eventType && t.documentId === documentId)
    ) {
      const kind =
        record.eventType === 'CLOCK' ? 'time-based' : record.eventType.toLowerCase().replace('on_', '');
      env.fail(
        `This add-on has created too many ${kind} triggers in this document for this Google Account user`,
      );
    }
    if (own.length >= TRIGGERS_PER_USER)
      env.fail(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    const t: TriggerRecord = {
      ...record,
      id: String(state.nextId++),
      base: env.now().getTime(),
      owner: env.user(),
      documentId,
    };
    state.triggers.push(t);
    return wrap(t);
  };

  const newTrigger = (handler: string) => {
    const clock = (): Record<string, unknown> => {
      // "By default, the timezone is that of the script" (the manifest's), not the spreadsheet's.
      // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)
      const s: ClockSchedule = { kind: 'everyDays', every: 1, timeZone: env.scriptTimeZone };
      let set = false;
      const kind = (k: ClockSchedule['kind'], extra: Partial<ClockSchedule>) => {
        if (set) env.fail('Already chosen a recurrence for this trigger.');
        set = true;
        Object.assign(s, { kind: k }, extra);
        return b;
      };
      const b: Record<string, unknown> = defineService(env, 'ClockTriggerBuilder', {
        atHour: [
          'privileged',
          (h: number) => {
            s.hour = h;
            return SELF;
          },
        ],
        nearMinute: [
          'privileged',
          (m: number) => {
            s.minute = m;
            return SELF;
          },
        ],
        inTimezone: [
          'privileged',
          (tz: string) => {
            s.timeZone = String(tz);
            return SELF;
          },
        ],
        everyDays: ['privileged', (n: number) => kind('everyDays', { every: n })],
        everyHours: ['privileged', (n: number) => kind('everyHours', { every: n })],
        everyWeeks: ['privileged', (n: number) => kind('everyDays', { every: 7 * n })],
        everyMinutes: [
          'privileged',
          () => env.fail('Add-on time-driven triggers cannot run more often than once an hour.'),
        ],
        onMonthDay: ['privileged', (d: number) => kind('monthDay', { monthDay: d })],
        onWeekDay: [
          'privileged',
          (day: string) => kind('weekDay', { weekDay: WEEKDAYS.indexOf(String(day)) }),
        ],
        at: ['privileged', (date: Date) => kind('at', { at: new Date(date).getTime() })],
        after: ['privileged', (ms: number) => kind('at', { at: env.now().getTime() + Number(ms) })],
        create: [
          'privileged',
          () => add({ handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...s } }),
        ],
      });
      return b;
    };
    const forSpreadsheet = (key: unknown) => {
      const id =
        typeof key === 'string' ? key : String((key as { getId?: () => string })?.getId?.() ?? spreadsheetId);
      let eventType: EventType | null = null;
      const b: Record<string, unknown> = defineService(env, 'SpreadsheetTriggerBuilder', {
        onOpen: [
          'privileged',
          () => {
            eventType = 'ON_OPEN';
            return SELF;
          },
        ],
        onEdit: [
          'privileged',
          () => {
            eventType = 'ON_EDIT';
            return SELF;
          },
        ],
        onChange: [
          'privileged',
          () => {
            eventType = 'ON_CHANGE';
            return SELF;
          },
        ],
        onFormSubmit: [
          'privileged',
          () => {
            eventType = 'ON_FORM_SUBMIT';
            return SELF;
          },
        ],
        create: [
          'privileged',
          () => {
            if (!eventType) env.fail('Missing event type for this trigger.');
            return add({
              handler,
              eventType,
              source: 'SPREADSHEETS',
              sourceId: id,
              schedule: null,
            });
          },
        ],
      });
      return b;
    };
    return defineService(env, 'TriggerBuilder', {
      timeBased: ['privileged', clock],
      forSpreadsheet: ['privileged', (key: unknown) => forSpreadsheet(key)],
    });
  };

  return defineService(
    env,
    'ScriptApp',
    {
      newTrigger: ['privileged', (handler: string) => newTrigger(String(handler))],
      // "Gets all installable triggers associated with the current project and current user."
      getProjectTriggers: ['privileged', () => env.toScript(mine().map(wrap))],
      // "Gets all installable triggers owned by this user in the given document, for this script
      // or add-on only." https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
      getUserTriggers: [
        'privileged',
        (doc: { getId?: () => string } | null) => {
          if (!doc || typeof doc.getId !== 'function') env.fail('Invalid argument: document');
          const id = doc.getId();
          return env.toScript(
            mine()
              .filter((t) => t.documentId === id)
              .map(wrap),
          );
        },
      ],
      deleteTrigger: [
        'privileged',
        (trigger: { getUniqueId(): string }) => {
          const id = trigger.getUniqueId();
          // A user can only reach their own triggers; another's stays.
          state.triggers = state.triggers.filter((t) => t.id !== id || t.owner !== env.user());
        },
      ],
      getScriptId: ['locale', () => 'local-script'],
    },
    { AuthMode, EventType: EventTypeEnum, TriggerSource, WeekDay: defineEnum(...WEEKDAYS) },
  );
}
