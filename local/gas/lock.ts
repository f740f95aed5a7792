/**
 * LockService. The runtime runs one execution at a time, so a lock is free unless a test
 * holds it on behalf of "another execution" (`contended`), which is how a test shows that
 * the add-on waits for, or gives up on, a busy lock. The document lock does not exist outside
 * a document (an add-on's time-driven trigger); the script lock is one for every user and
 * every document of the script — for a published add-on, every school.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */
import type { Env } from './env';
import { defineService } from './service';

export interface LockState {
  /** Locks ('document', 'script', 'user') that another execution holds right now. */
  contended: Set<string>;
  /** How often each kind was acquired (a test can see that a lock was taken, and how often). */
  acquired?: Record<string, number>;
}

function createLock(env: Env, kind: string, state: LockState) {
  let held = false;
  const tryLock = () => {
    if (state.contended.has(kind)) return false;
    held = true;
    state.acquired ??= {};
    state.acquired[kind] = (state.acquired[kind] ?? 0) + 1;
    return true;
  };
  return defineService(env, 'Lock', {
    tryLock: ['service', () => tryLock()],
    waitLock: [
      'service',
      (ms: number) => {
        if (!tryLock())
          env.fail(`Lock timeout: another process was holding the lock for too long (${ms} ms).`);
      },
    ],
    hasLock: ['service', () => held],
    releaseLock: [
      'service',
      () => {
        held = false;
      },
    ],
  });
}

export function createLockService(env: Env, state: LockState) {
  return defineService(env, 'LockService', {
    // "If this method is called outside of the context of a containing document (such as from a
    // standalone script or web app), this method returns null."
    // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
    getDocumentLock: ['service', () => (env.hasDocument ? createLock(env, 'document', state) : null)],
    getScriptLock: ['service', () => createLock(env, 'script', state)],
    getUserLock: ['service', () => createLock(env, 'user', state)],
  });
}
