/**
 * Session (locale, time zone, user) and Utilities.
 * https://developers.google.com/apps-script/reference/base/session
 */
import { randomUUID } from 'node:crypto';
import type { Env } from './env';
import { formatDate } from './format-date';
import { defineService } from './service';

export interface Identity {
  locale: string;
  /** Moves the clock, for Utilities.sleep. */
  sleep(ms: number): void;
}

const user = (env: Env, email: string) =>
  defineService(env, 'User', { getEmail: ['privileged', () => email] });

export function createSession(env: Env, who: Identity) {
  return defineService(env, 'Session', {
    getActiveUserLocale: ['locale', () => who.locale],
    // "Gets the time zone of the script": the manifest's timeZone, not the spreadsheet's.
    // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
    getScriptTimeZone: ['locale', () => env.scriptTimeZone],
    // An installable trigger runs as the user who made it, so in a trigger both are its creator.
    // https://developers.google.com/apps-script/guides/triggers/installable#restrictions
    getActiveUser: ['privileged', () => user(env, env.user())],
    getEffectiveUser: ['privileged', () => user(env, env.user())],
    getTemporaryActiveUserKey: ['service', () => `key-${Buffer.from(env.user()).toString('base64url')}`],
  });
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function createUtilities(env: Env, who: Identity) {
  return defineService(env, 'Utilities', {
    formatDate: [
      'locale',
      (date: unknown, timeZone: string, pattern: string) => {
        if (!isDate(date)) env.fail('Invalid argument: date');
        try {
          return formatDate(date, String(timeZone), String(pattern));
        } catch (error) {
          env.fail(`Invalid argument: ${(error as Error).message}`);
        }
      },
    ],
    getUuid: ['locale', () => randomUUID()],
    sleep: ['locale', (ms: number) => who.sleep(Number(ms))],
    base64Encode: ['locale', (text: string) => Buffer.from(String(text)).toString('base64')],
    base64Decode: ['locale', (text: string) => env.toScript([...Buffer.from(String(text), 'base64')])],
  });
}
