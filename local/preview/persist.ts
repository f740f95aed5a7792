/**
 * The preview's state across restarts: the runtime's snapshot (workbook, properties, triggers,
 * outbox, forms, clock) in a JSON file, written shortly after each change and when the server
 * stops. What is on screen (open dialogs, the sidebar) and the trigger log are not kept.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Runtime, RuntimeSnapshot } from '../runtime';

interface SavedState {
  savedAt: string;
  snapshot: RuntimeSnapshot;
}

/** The saved snapshot, or null when there is none or it cannot be read (then the preview starts over). */
export function loadState(path: string): RuntimeSnapshot | null {
  if (!existsSync(path)) return null;
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as SavedState;
    return saved.snapshot?.version === 1 ? saved.snapshot : null;
  } catch {
    return null;
  }
}

export function forgetState(path: string): void {
  rmSync(path, { force: true });
}

/** Writes the runtime's state (to a temporary file first: a crash never leaves half a file). */
export function saveState(path: string, rt: Runtime): void {
  mkdirSync(dirname(path), { recursive: true });
  const saved: SavedState = { savedAt: new Date().toISOString(), snapshot: rt.snapshot() };
  writeFileSync(`${path}.tmp`, JSON.stringify(saved));
  renameSync(`${path}.tmp`, path);
}

/** Saves at most once per `delayMs` after changes; `flush()` saves a pending change now. */
export function saver(path: string, rt: Runtime, delayMs = 1000) {
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    timer = null;
    saveState(path, rt);
  };
  return {
    changed() {
      if (!timer) timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
