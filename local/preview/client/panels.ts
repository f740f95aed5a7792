/**
 * The preview's own panels beside the workbook: the outbox (each email as Gmail would show it),
 * the add-on's forms (fillable), and the installed triggers with their recent runs. Times are in
 * the spreadsheet's time zone, words in the workbook's language.
 */
import { prefilledAnswers } from '../../gas/forms/prefill-url';
import type { Email } from '../../gas/mail';
import { formatMoment } from '../clock';
import type { FormSummary } from '../forms';
import { api, el } from './dom';
import { renderConfirmation, renderForm, renderFormList } from './forms';
import { currentLang, t } from './messages';
import { openPanel } from './modal';
import { page, refresh } from './page';

const when = (iso: string) => formatMoment(iso, page.state?.timeZone ?? 'UTC', currentLang());

/** Shows a toast (set by main.ts). */
let toast: (title: string, message: string, error?: boolean) => void = () => {};
export function onToast(show: typeof toast): void {
  toast = show;
}

/**
 * A link clicked in an email: a pre-filled link to one of the add-on's forms opens that form here
 * with its answers chosen, as Google's page would; any other web link opens in a new tab.
 */
async function followLink(href: string): Promise<void> {
  const prefilled = prefilledAnswers(href);
  if (prefilled) {
    const forms = await api<FormSummary[]>('GET', '/api/forms');
    const form = forms.find((f) => prefilledAnswers(f.publishedUrl)?.publishedId === prefilled.publishedId);
    if (form) return openForm(form, prefilled.answers);
  }
  if (/^https:\/\//.test(href)) window.open(href, '_blank', 'noopener');
}

function showEmail(mail: Email): void {
  const frame = el('iframe', undefined, 'email');
  frame.title = mail.subject;
  // Same origin so that the page can follow the email's links; still no script runs in it.
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.srcdoc =
    mail.htmlBody ??
    `<pre style="white-space:pre-wrap">${mail.body.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`;
  frame.addEventListener('load', () => {
    frame.contentDocument?.addEventListener('click', (e) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      if (!link) return;
      e.preventDefault();
      void followLink(link.getAttribute('href') ?? '');
    });
  });
  openPanel(`${mail.subject} → ${mail.to}`, frame);
}

export async function showOutbox(): Promise<void> {
  const mails = await api<Email[]>('GET', '/api/outbox');
  const box = el('div');
  if (mails.length === 0) box.appendChild(el('p', t('noMail')));
  const table = el('table', undefined, 'list outbox');
  const head = el('tr');
  for (const key of ['sent', 'to', 'subject'] as const) head.appendChild(el('th', t(key)));
  if (mails.length) table.appendChild(head);
  mails.forEach((m, i) => {
    const tr = el('tr');
    const sent = el('td', when(m.sentAt));
    sent.dataset.iso = m.sentAt;
    tr.append(sent, el('td', m.to));
    const subject = el('td');
    const open = el('button', m.subject);
    open.type = 'button';
    open.dataset.mail = String(i);
    open.addEventListener('click', () => showEmail(m));
    subject.appendChild(open);
    tr.appendChild(subject);
    table.appendChild(tr);
  });
  box.appendChild(table);
  openPanel(t('outboxTitle'), box);
}

function openForm(form: FormSummary, prefill: Record<string, string> = {}): void {
  const lang = currentLang();
  const submit = async (answers: Record<string, string | string[]>, email?: string) => {
    const reply = await api<{ ok: boolean; error?: string; triggered: boolean }>(
      'POST',
      '/api/forms/submit',
      {
        formId: form.id,
        answers,
        email,
      },
    );
    if (!reply.ok) {
      toast(t('error'), reply.error ?? '', true);
      return;
    }
    if (reply.error) toast(t('triggers'), reply.error, true);
    openPanel(form.title, renderConfirmation(form, { lang }));
    await refresh();
  };
  openPanel(
    form.title,
    renderForm(form, (answers, email) => void submit(answers, email), { lang, prefill }),
  );
}

export async function showForms(): Promise<void> {
  const forms = await api<FormSummary[]>('GET', '/api/forms');
  openPanel(
    t('formsTitle'),
    renderFormList(forms, (form) => openForm(form), { lang: currentLang() }),
  );
}

export function showTriggers(): void {
  const s = page.state;
  const box = el('div');
  box.appendChild(el('h3', t('installedTriggers')));
  if (!s?.triggers.length) box.appendChild(el('p', t('none')));
  for (const trigger of s?.triggers ?? [])
    box.appendChild(el('p', `${trigger.eventType} → ${trigger.handler}`));
  box.appendChild(el('h3', t('recentRuns')));
  if (!s?.triggerRuns.length) box.appendChild(el('p', t('none')));
  for (const r of s?.triggerRuns ?? [])
    box.appendChild(el('p', `${when(r.at)} ${r.handler} ${r.error ? `✗ ${r.error}` : '✓'}`));
  openPanel(t('triggers'), box);
}
