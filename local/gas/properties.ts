/** PropertiesService with Apps Script's size limits (9 KB a value, 500 KB a store). */
import type { Env } from './env';
import { defineService, SELF } from './service';

export type PropertyStores = Record<'document' | 'user' | 'script', Record<string, string>>;

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export function createPropertyStores(): PropertyStores {
  return { document: {}, user: {}, script: {} };
}

function createStore(env: Env, data: Record<string, string>) {
  const size = () => Object.entries(data).reduce((n, [k, v]) => n + k.length + v.length, 0);
  const set = (key: string, value: unknown) => {
    const text = String(value);
    if (Buffer.byteLength(text) > VALUE_LIMIT) env.fail('Argument too large: value');
    const before = data[key];
    data[String(key)] = text;
    if (size() > STORE_LIMIT) {
      if (before === undefined) delete data[String(key)];
      else data[String(key)] = before;
      env.fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
  };
  const store: Record<string, unknown> = defineService(env, 'Properties', {
    getProperty: ['service', (key: string) => data[String(key)] ?? null],
    setProperty: [
      'service',
      (key: string, value: unknown) => {
        set(key, value);
        return SELF;
      },
    ],
    getProperties: ['service', () => env.toScript({ ...data })],
    setProperties: [
      'service',
      (props: Record<string, unknown>, deleteAllOthers?: boolean) => {
        if (deleteAllOthers) for (const k of Object.keys(data)) delete data[k];
        for (const [k, v] of Object.entries(props)) set(k, v);
        return store;
      },
    ],
    getKeys: ['service', () => env.toScript(Object.keys(data))],
    deleteProperty: [
      'service',
      (key: string) => {
        delete data[String(key)];
        return SELF;
      },
    ],
    deleteAllProperties: [
      'service',
      () => {
        for (const k of Object.keys(data)) delete data[k];
        return SELF;
      },
    ],
  });
  return store;
}

export function createPropertiesService(env: Env, stores: PropertyStores) {
  return defineService(env, 'PropertiesService', {
    getDocumentProperties: ['service', () => createStore(env, stores.document)],
    getUserProperties: ['service', () => createStore(env, stores.user)],
    getScriptProperties: ['service', () => createStore(env, stores.script)],
  });
}
