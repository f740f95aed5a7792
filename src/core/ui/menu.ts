import type { Lang } from '../i18n/lang';
import { type UiMessageKey, uiMessages } from './messages';

/** One entry of the add-on menu: a label key and the top-level function it runs. */
export interface MenuEntry {
  label: UiMessageKey;
  run: string;
}

/** A separator line between groups of entries. */
export type MenuLine = MenuEntry | 'separator';

/**
 * The add-on menu, top to bottom. Every `run` names an export of src/index.ts
 * (test/index.test.ts checks it).
 */
export const MENU: readonly MenuLine[] = [
  { label: 'menu.start', run: 'openStartHere' },
  { label: 'menu.setup', run: 'setupWorkbook' },
  { label: 'menu.import', run: 'openImportDialog' },
  { label: 'menu.check', run: 'checkData' },
  'separator',
  { label: 'menu.assign', run: 'openAssignSidebar' },
  { label: 'menu.snapshot', run: 'takeRiskSnapshot' },
  { label: 'menu.evaluate', run: 'openProgrammeEvaluation' },
  { label: 'menu.print', run: 'printMonitoringSheets' },
  'separator',
  { label: 'menu.intake_form', run: 'createIntakeForm' },
  { label: 'menu.session_form', run: 'createSessionForm' },
  { label: 'menu.refresh_forms', run: 'refreshFormLists' },
  { label: 'menu.pending', run: 'takePendingFormResponses' },
  { label: 'menu.retake', run: 'retakeFixedReviewRows' },
  'separator',
  { label: 'menu.preview', run: 'previewSummary' },
  { label: 'menu.test', run: 'sendMeATest' },
  { label: 'menu.monthly_now', run: 'sendMonthlySummaryNow' },
  { label: 'menu.monthly_install', run: 'turnOnMonthlyEmails' },
  { label: 'menu.monthly_remove', run: 'turnOffMonthlyEmails' },
  'separator',
  { label: 'menu.help', run: 'showHelp' },
];

/**
 * The menu with its labels in one language.
 * @example menuFor('id')[0] // { label: 'Mulai di sini', run: 'openStartHere' }
 */
export function menuFor(lang: Lang): Array<{ label: string; run: string } | 'separator'> {
  return MENU.map((line) =>
    line === 'separator' ? line : { label: uiMessages[lang][line.label], run: line.run },
  );
}
