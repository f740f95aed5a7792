import type { Access, Env } from './env';

// biome-ignore lint/suspicious/noExplicitAny: service methods take whatever the script passes.
type Method = (...args: any[]) => unknown;

/** Returned by a method implementation to mean "the service object itself" (builders chain). */
export const SELF = Symbol('self');

/**
 * Builds an emulated service object: every method first goes through `env.touch`, which
 * counts the call and enforces the auth mode, then runs its implementation.
 * @example defineService(env, 'Lock', { releaseLock: ['service', () => undefined] })
 */
export function defineService<T = Record<string, unknown>>(
  env: Env,
  kind: string,
  methods: Record<string, [Access, Method]>,
  constants: Record<string, unknown> = {},
): T {
  const target: Record<string, unknown> = { ...constants };
  for (const [name, [access, impl]] of Object.entries(methods)) {
    target[name] = (...args: unknown[]) => {
      env.touch(`${kind}.${name}`, access);
      const result = impl(...args);
      return result === SELF ? target : result;
    };
  }
  target.toString = () => kind;
  return target as T;
}

/** An Apps Script enum: each member is its own name, and prints as it. */
export function defineEnum<K extends string>(...names: K[]): Record<K, K> {
  return Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>;
}
