/**
 * Menu actions for the forms: create (or, when it exists, offer to open or rebuild), refresh
 * the session form's lists, take pending responses. Creating a form installs the one
 * form-submit trigger of the document.
 */
import type { FormKind } from '../core/forms/definitions';
import { escapeHtml } from '../core/html';
import { translator } from '../core/i18n/messages';
import { uiMessages } from '../core/ui/messages';
import { openWorkbook } from './context';
import { buildForm, installSubmitTrigger, loadFormRecords, ownsForm, refreshChoices } from './forms';
import { withDocumentLock } from './lock';
import { takePendingResponses } from './submissions';

function linkDialog(
  title: string,
  body: string,
  links: Array<[string, string]>,
  rebuild: FormKind | null,
  lang: 'en' | 'id',
): void {
  const t = translator(uiMessages, lang);
  const items = links.map(
    ([label, url]) =>
      `<li><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(label)}</a></li>`,
  );
  const button = rebuild
    ? `<p><button id="rebuild" type="button">${escapeHtml(t('forms.rebuild'))}</button> <span id="status" role="status"></span></p>
<script>
document.getElementById('rebuild').addEventListener('click', function () {
  var status = document.getElementById('status');
  status.textContent = ${JSON.stringify(t('forms.working'))};
  google.script.run
    .withSuccessHandler(function () { status.textContent = ${JSON.stringify(t('forms.rebuilt'))}; })
    .withFailureHandler(function (e) { status.textContent = e.message; })
    .rebuildForm(${JSON.stringify(rebuild)});
});
</script>`
    : '';
  const html = `<div style="font:13px Arial,sans-serif"><p>${escapeHtml(body)}</p><ul>${items.join('')}</ul>${button}</div>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(480).setHeight(260),
    title,
  );
}

/** Menu: the intake form or the session-log form. */
export function createFormAction(kind: FormKind): void {
  const wb = openWorkbook();
  const t = translator(uiMessages, wb.lang);
  const existing = loadFormRecords(wb)[kind];
  if (existing) {
    const mine = ownsForm(existing);
    const owner = existing.owner ?? '';
    const body = [
      t('forms.exists'),
      owner ? t('forms.owner', { owner }) : '',
      mine ? '' : t('forms.not_owner', { owner }),
    ];
    linkDialog(
      t(`forms.${kind}`),
      body.filter(Boolean).join(' '),
      [
        [t('forms.open'), existing.url],
        [t('forms.edit'), existing.editUrl],
      ],
      mine ? kind : null,
      wb.lang,
    );
    return;
  }
  const record = withDocumentLock(() => {
    const built = buildForm(wb, kind);
    installSubmitTrigger(wb);
    return built;
  });
  linkDialog(
    t(`forms.${kind}`),
    t('forms.created'),
    [
      [t('forms.open'), record.url],
      [t('forms.edit'), record.editUrl],
    ],
    null,
    wb.lang,
  );
}

/** Dialog: rebuilds an existing form's questions in place (same form, same responses sheet). */
export function rebuildFormAction(kind: FormKind): void {
  withDocumentLock(() => {
    const wb = openWorkbook();
    buildForm(wb, kind);
    installSubmitTrigger(wb);
  });
}

/** Menu: the session form's student and mentor lists, from the roster. */
export function refreshFormsAction(): void {
  const wb = openWorkbook();
  const t = translator(uiMessages, wb.lang);
  const session = loadFormRecords(wb).session;
  const done = withDocumentLock(() => refreshChoices(wb));
  const said = done
    ? t('forms.refreshed')
    : session
      ? t('forms.not_owner', { owner: session.owner ?? '' })
      : t('forms.no_session_form');
  wb.spreadsheet.toast(said, t('forms.session'), 8);
}

/** Menu: takes every response that was not taken yet. */
export function takePendingAction(): void {
  const count = withDocumentLock(takePendingResponses);
  const wb = openWorkbook();
  const t = translator(uiMessages, wb.lang);
  wb.spreadsheet.toast(t('forms.pending_done', { count }), t('forms.pending'), 8);
}
