/**
 * Conformance: LockService, which serialises the add-on's writes with form submissions arriving
 * meanwhile. "Another execution" is the emulator's `contended` set.
 */
import { describe, expect, it } from 'vitest';
import { createLockService, type LockState } from '../../../local/gas/lock';
import { fakeEnv } from '../fake-env';
import { cite } from './cite';

const LOCK = 'https://developers.google.com/apps-script/reference/lock/lock';
const SERVICE = 'https://developers.google.com/apps-script/reference/lock/lock-service';

function locks(heldElsewhere: string[] = []) {
  const state: LockState = { contended: new Set(heldElsewhere) };
  const service = createLockService(fakeEnv(), state) as unknown as GoogleAppsScript.Lock.LockService;
  return { state, service };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('Lock', () => {
  it(cite(`${LOCK}#tryLock(Integer)`, 'tryLock on a free lock acquires it; hasLock then says so'), () => {
    const lock = locks().service.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    // "This method has no effect if the lock has already been acquired."
    expect(lock.tryLock(1000)).toBe(true);
  });

  it(
    cite(
      `${LOCK}#tryLock(Integer)`,
      'tryLock returns false when another execution holds the lock; hasLock stays false',
    ),
    () => {
      const lock = locks(['document']).service.getDocumentLock();
      expect(lock.tryLock(500)).toBe(false);
      expect(lock.hasLock()).toBe(false);
    },
  );

  it(
    cite(
      `${LOCK}#waitLock(Integer)`,
      'waitLock throws instead of returning false when the lock cannot be had',
    ),
    () => {
      const lock = locks(['document']).service.getDocumentLock();
      expect(errorOf(() => lock.waitLock(30_000))).toMatch(
        /^Lock timeout: another process was holding the lock for too long/,
      );
      expect(lock.hasLock()).toBe(false);
    },
  );

  it(
    cite(`${LOCK}#releaseLock()`, 'releaseLock lets the lock go; on a lock not held it has no effect'),
    () => {
      const { service } = locks();
      const lock = service.getDocumentLock();
      lock.releaseLock(); // never acquired: no effect, no error
      lock.waitLock(1000);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
      expect(service.getDocumentLock().tryLock(0)).toBe(true);
    },
  );
});

describe('LockService', () => {
  it(
    cite(
      SERVICE,
      'document, script and user locks are separate: one held elsewhere does not block the others',
    ),
    () => {
      const { service } = locks(['document']);
      expect(service.getDocumentLock().tryLock(0)).toBe(false);
      expect(service.getScriptLock().tryLock(0)).toBe(true);
      expect(service.getUserLock().tryLock(0)).toBe(true);
    },
  );
});
