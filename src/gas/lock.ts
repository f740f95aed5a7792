/**
 * Runs work that writes the workbook under the document lock, so that a form submission
 * arriving meanwhile waits instead of interleaving. (The script lock would serialise every
 * school using the add-on.)
 */
export function withDocumentLock<T>(work: () => T, timeoutMs = 30_000): T {
  const lock = LockService.getDocumentLock();
  lock.waitLock(timeoutMs);
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/**
 * The document lock where the execution has a document; outside one (an add-on's time-driven
 * trigger) getDocumentLock() returns null and the work runs unlocked — the caller must have
 * claimed it some other way (see monthly-state's claimMonth).
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 */
export function withDocumentLockIfAny<T>(work: () => T, timeoutMs = 30_000): T {
  return LockService.getDocumentLock() ? withDocumentLock(work, timeoutMs) : work();
}
