/**
 * The page's fixed words in the workbook's language: elements carry the message key of their text
 * (data-t), accessible name (data-t-label) or tooltip (data-t-title); counts are filled in here.
 */
import type { PageState } from '../page-state';
import { $ } from './dom';
import { type MessageKey, t } from './messages';

export function applyLabels(s: PageState): void {
  document.documentElement.lang = s.lang;
  document.title = t('title', { name: s.name });
  $('doc-name').textContent = s.name;
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]'))
    node.textContent = t(node.dataset.t as MessageKey);
  for (const node of document.querySelectorAll<HTMLElement>('[data-t-label]'))
    node.setAttribute('aria-label', t(node.dataset.tLabel as MessageKey));
  for (const node of document.querySelectorAll<HTMLElement>('[data-t-title]'))
    node.title = t(node.dataset.tTitle as MessageKey);
  $('outbox-button').textContent = t('outbox', { n: s.outbox });
  $('forms-button').textContent = t('forms', { n: s.forms });
}
