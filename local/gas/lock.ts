/**
 * LockService. The runtime runs one execution at a time, so a lock is free unless a test
 * holds it on behalf of "another execution" (`contended`), which is how a test shows that
 * the add-on waits for, or gives up on, a busy lock.
 */
import type { Env } from './env';
import { defineService } from './service';

export interface LockState {
  /** Locks (document, script, user) that another execution holds right now. */
  contended: Set<string>;
}

function createLock(env: Env, kind: string, state: LockState) {
  let held = false;
  const tryLock = () => {
    if (state.contended.has(kind)) return false;
    held = true;
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
    getDocumentLock: ['service', () => createLock(env, 'document', state)],
    getScriptLock: ['service', () => createLock(env, 'script', state)],
    getUserLock: ['service', () => createLock(env, 'user', state)],
  });
}
