/**
 * PropertiesService with Apps Script's limits (9 KB a value, 500 KB a store), a user store per
 * user, and no document store outside a document.
 * https://developers.google.com/apps-script/reference/properties/properties-service
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
import type { Env } from './env';
import { defineService, SELF } from './service';

export interface PropertyStores {
  document: Record<string, string>;
  script: Record<string, string>;
  /** User properties, one store per user of the script (by email). */
  users: Record<string, Record<string, string>>;
}

// "9 KB" and "500 KB" per the quotas page, read strictly: decimal kilobytes, counted in UTF-8 bytes
// (keys and values), so Indonesian text with multi-byte characters meets the limit no later here.
const VALUE_LIMIT = 9_000;
const STORE_LIMIT = 500_000;

export function createPropertyStores(): PropertyStores {
  return { document: {}, script: {}, users: {} };
}

/** Stores saved before the runtime had several users kept one `user` store: it was the signed-in user's. */
export function upgradePropertyStores(
  stores: PropertyStores & { user?: Record<string, string> },
  user: string,
) {
  const { user: single, ...rest } = stores;
  return { ...rest, users: rest.users ?? (single ? { [user]: single } : {}) } as PropertyStores;
}

/** One user's store (made on first use). */
export function userStore(stores: PropertyStores, email: string): Record<string, string> {
  stores.users[email] ??= {};
  return stores.users[email];
}

function createStore(env: Env, data: Record<string, string>) {
  const size = () =>
    Object.entries(data).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
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
      'store',
      (key: string, value: unknown) => {
        set(key, value);
        return SELF;
      },
    ],
    getProperties: ['service', () => env.toScript({ ...data })],
    setProperties: [
      'store',
      (props: Record<string, unknown>, deleteAllOthers?: boolean) => {
        if (deleteAllOthers) for (const k of Object.keys(data)) delete data[k];
        for (const [k, v] of Object.entries(props)) set(k, v);
        return store;
      },
    ],
    getKeys: ['service', () => env.toScript(Object.keys(data))],
    deleteProperty: [
      'store',
      (key: string) => {
        delete data[String(key)];
        return SELF;
      },
    ],
    deleteAllProperties: [
      'store',
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
    // "If this method is called outside of the context of a containing document (such as from a
    // standalone script or web app), this method returns null." — and an add-on's time-driven
    // trigger runs outside any document.
    // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
    getDocumentProperties: ['service', () => (env.hasDocument ? createStore(env, stores.document) : null)],
    getUserProperties: ['service', () => createStore(env, userStore(stores, env.user()))],
    getScriptProperties: ['service', () => createStore(env, stores.script)],
  });
}
