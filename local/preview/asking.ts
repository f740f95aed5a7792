/**
 * An add-on's questions (Ui.alert with YES/NO or OK/CANCEL buttons, Ui.prompt) put to the person in
 * the page. The runtime runs a script synchronously, so it cannot wait for a click: the run stops
 * at the first question nobody has answered yet, before it changed anything, the page asks, and the
 * run starts again from the beginning with the answers given so far. A run that has already
 * changed the workbook, the mail or the properties when it asks cannot be stopped cleanly: it gets
 * the question's default answer, and the page says so.
 */
import type { Question } from '../gas/ui';
import type { Runtime } from '../runtime';

export interface AskingReply {
  ok: boolean;
  value?: unknown;
  error?: string;
  /** The question the person must answer before the run can go on. */
  ask?: Question;
  /** Questions answered by default because the run had already changed things. */
  defaulted?: Question[];
}

const STOP = 'Pendamping preview: stopped to ask the person';

/** A question needs the person unless it is an alert with only an OK button. */
export const needsPerson = (q: Question) => q.kind === 'prompt' || q.buttons !== 'OK';

/** What a run may have changed outside the page: the workbook, mail, properties, triggers. */
function fingerprint(rt: Runtime): string {
  return [rt.spreadsheet.revision, rt.outbox.length, rt.triggers.length, JSON.stringify(rt.properties)].join(
    '|',
  );
}

/**
 * Runs `action` (a menu click, a google.script.run call) with the person's `answers` to its
 * questions, in the order asked. Replies with the action's value or error, or with the next
 * question to ask.
 */
export function runAsking(rt: Runtime, answers: readonly string[], action: () => unknown): AskingReply {
  const ui = rt.ui;
  const before = {
    alerts: ui.alerts.length,
    toasts: ui.toasts.length,
    dialogs: ui.dialogs.length,
    sidebar: ui.sidebar,
  };
  const queue = [...answers];
  const start = fingerprint(rt);
  // Set by the hook; a holder, because the compiler cannot see a closure assign a local.
  const stop: { question: Question | null; at: string } = { question: null, at: '' };
  const defaulted: Question[] = [];
  ui.ask = (question) => {
    if (!needsPerson(question)) return 'OK';
    const next = queue.shift();
    if (next !== undefined) return next;
    if (fingerprint(rt) !== start) {
      defaulted.push(question);
      return undefined;
    }
    stop.question ??= question;
    stop.at = fingerprint(rt);
    throw new Error(STOP);
  };
  let reply: AskingReply;
  try {
    reply = { ok: true, value: action() ?? null };
  } catch (error) {
    reply = { ok: false, error: (error as Error).message };
  } finally {
    ui.ask = null;
  }
  const pending = stop.question;
  if (pending && fingerprint(rt) === stop.at) {
    // Nothing changed: forget what the stopped run showed; it shows again when the run goes on.
    ui.alerts.length = before.alerts;
    ui.toasts.length = before.toasts;
    ui.dialogs.length = before.dialogs;
    ui.sidebar = before.sidebar;
    return { ok: true, ask: pending };
  }
  if (pending) {
    // The script caught the stop and went on: say so rather than run it again.
    return { ok: false, error: `${STOP}, but the script went on after the question: "${pending.prompt}"` };
  }
  // Questions the person answered are not shown again as alerts.
  const shown = ui.alerts.slice(before.alerts).filter((a) => !needsPerson(a));
  ui.alerts.splice(before.alerts, ui.alerts.length - before.alerts, ...shown);
  return defaulted.length ? { ...reply, defaulted } : reply;
}
