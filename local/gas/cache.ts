/**
 * CacheService: values expire on the runtime's clock; 100 KB a value, 6 hours at most; a user
 * cache per user; no document cache outside a document.
 * https://developers.google.com/apps-script/reference/cache/cache-service
 */
import type { Env } from './env';
import { defineService } from './service';

type Entries = Map<string, { value: string; expires: number }>;

export interface CacheStores {
  document: Entries;
  script: Entries;
  /** One cache per user (by email). */
  users: Map<string, Entries>;
}

const MAX_TTL_S = 21600;

export function createCacheStores(): CacheStores {
  return { document: new Map(), script: new Map(), users: new Map() };
}

function createCache(env: Env, data: Map<string, { value: string; expires: number }>) {
  const get = (key: string) => {
    const hit = data.get(String(key));
    if (!hit) return null;
    if (hit.expires <= env.now().getTime()) {
      data.delete(String(key));
      return null;
    }
    return hit.value;
  };
  const put = (key: string, value: unknown, ttl = 600) => {
    const text = String(value);
    if (Buffer.byteLength(text) > 100 * 1024) env.fail('Argument too large: value');
    const seconds = Math.min(Math.max(1, Number(ttl)), MAX_TTL_S);
    data.set(String(key), { value: text, expires: env.now().getTime() + seconds * 1000 });
  };
  return defineService(env, 'Cache', {
    get: ['service', get],
    getAll: [
      'service',
      (keys: string[]) =>
        env.toScript(Object.fromEntries(keys.flatMap((k) => (get(k) === null ? [] : [[k, get(k)]])))),
    ],
    put: ['service', put],
    putAll: [
      'service',
      (values: Record<string, unknown>, ttl?: number) => {
        for (const [k, v] of Object.entries(values)) put(k, v, ttl);
      },
    ],
    remove: ['service', (key: string) => void data.delete(String(key))],
    removeAll: [
      'service',
      (keys: string[]) => {
        for (const k of keys) data.delete(String(k));
      },
    ],
  });
}

export function createCacheService(env: Env, stores: CacheStores) {
  return defineService(env, 'CacheService', {
    // "If this method is called outside of the context of a containing document (such as from a
    // standalone script or web app), this method returns null."
    // https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()
    getDocumentCache: ['service', () => (env.hasDocument ? createCache(env, stores.document) : null)],
    getUserCache: [
      'service',
      () => {
        if (!stores.users.has(env.user())) stores.users.set(env.user(), new Map());
        return createCache(env, stores.users.get(env.user())!);
      },
    ],
    getScriptCache: ['service', () => createCache(env, stores.script)],
  });
}
