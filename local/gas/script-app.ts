/**
 * ScriptApp: auth modes and installable triggers, with the add-on rule of one trigger of
 * each event type per user per document. Time-driven triggers fire from Runtime.advanceTo.
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
}

export interface TriggerState {
  triggers: TriggerRecord[];
  nextId: number;
}

export function createTriggerState(): TriggerState {
  return { triggers: [], nextId: 1 };
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
  const wrap = (t: TriggerRecord) =>
    defineService(env, 'Trigger', {
      getUniqueId: ['privileged', () => t.id],
      getHandlerFunction: ['privileged', () => t.handler],
      getEventType: ['privileged', () => t.eventType],
      getTriggerSource: ['privileged', () => t.source],
      getTriggerSourceId: ['privileged', () => t.sourceId],
    });

  const add = (record: Omit<TriggerRecord, 'id' | 'base'>) => {
    if (state.triggers.some((t) => t.eventType === record.eventType)) {
      const kind =
        record.eventType === 'CLOCK' ? 'time-based' : record.eventType.toLowerCase().replace('on_', '');
      env.fail(
        `This add-on has created too many ${kind} triggers in this document for this Google Account user`,
      );
    }
    const t: TriggerRecord = { ...record, id: String(state.nextId++), base: env.now().getTime() };
    state.triggers.push(t);
    return wrap(t);
  };

  const newTrigger = (handler: string) => {
    const clock = (): Record<string, unknown> => {
      const s: ClockSchedule = { kind: 'everyDays', every: 1, timeZone: env.timeZone };
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
    const forSpreadsheet = () => {
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
              sourceId: spreadsheetId,
              schedule: null,
            });
          },
        ],
      });
      return b;
    };
    return defineService(env, 'TriggerBuilder', {
      timeBased: ['privileged', clock],
      forSpreadsheet: ['privileged', () => forSpreadsheet()],
    });
  };

  return defineService(
    env,
    'ScriptApp',
    {
      newTrigger: ['privileged', (handler: string) => newTrigger(String(handler))],
      getProjectTriggers: ['privileged', () => env.toScript(state.triggers.map(wrap))],
      getUserTriggers: ['privileged', () => env.toScript(state.triggers.map(wrap))],
      deleteTrigger: [
        'privileged',
        (trigger: { getUniqueId(): string }) => {
          const id = trigger.getUniqueId();
          state.triggers = state.triggers.filter((t) => t.id !== id);
        },
      ],
      getScriptId: ['locale', () => 'local-script'],
    },
    { AuthMode, EventType: EventTypeEnum, TriggerSource, WeekDay: defineEnum(...WEEKDAYS) },
  );
}
