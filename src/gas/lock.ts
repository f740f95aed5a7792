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
