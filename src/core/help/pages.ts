/**
 * The Help dialog as one self-contained page: a row of tabs, one panel per subject, in the
 * workbook's language. The tabs follow the WAI-ARIA tabs pattern (arrow keys move between them),
 * so the dialog works from the keyboard and with a screen reader.
 */
import { escapeHtml } from '../html';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { helpMessages } from './messages';

export const HELP_PAGES = ['sheets', 'tiers', 'privacy', 'sessions', 'emails', 'accounts'] as const;
export type HelpPage = (typeof HELP_PAGES)[number];

/** A page's text as paragraphs and lists: a line starting with "• " is a list item. */
function bodyHtml(text: string): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(`<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    items = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('• ')) items.push(line.slice(2));
    else {
      flush();
      if (line.trim()) out.push(`<p>${escapeHtml(line)}</p>`);
    }
  }
  flush();
  return out.join('');
}

const SCRIPT = `<script>
(function () {
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role=tab]'));
  function show(tab) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    });
    tab.focus();
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { show(tab); });
    tab.addEventListener('keydown', function (e) {
      var step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) { e.preventDefault(); show(tabs[(i + step + tabs.length) % tabs.length]); }
    });
  });
})();
</script>`;

const STYLE = `<style>
body { font: 13px/1.45 Arial, sans-serif; color: #202124; margin: 0; }
[role=tablist] { display: flex; flex-wrap: wrap; gap: 4px; border-bottom: 1px solid #dadce0; padding-bottom: 6px; }
[role=tab] { font: inherit; border: 1px solid #dadce0; background: #fff; border-radius: 4px; padding: 4px 8px; cursor: pointer; }
[role=tab][aria-selected=true] { background: #e8f0fe; border-color: #1a73e8; color: #174ea6; font-weight: bold; }
[role=tab]:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
[role=tabpanel] h2 { font-size: 15px; margin: 10px 0 6px; }
ul { padding-left: 18px; }
li { margin: 3px 0; }
</style>`;

/**
 * The Help page in one language; the emails page says the day and hour they go out.
 * @example helpPage('en', { day: 1, hour: 7 }) // '<!doctype html>…<button role="tab" …>The sheets</button>…'
 */
export function helpPage(lang: Lang, when: { day: number; hour: number }): string {
  const t = translator(helpMessages, lang);
  const tabs = HELP_PAGES.map(
    (page, i) =>
      `<button type="button" role="tab" id="tab-${page}" aria-controls="page-${page}" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}">${escapeHtml(t(`${page}_title`))}</button>`,
  );
  const panels = HELP_PAGES.map(
    (page, i) =>
      `<section role="tabpanel" id="page-${page}" aria-labelledby="tab-${page}"${i === 0 ? '' : ' hidden'}><h2>${escapeHtml(t(`${page}_title`))}</h2>${bodyHtml(t(`${page}_body`, when))}</section>`,
  );
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t('title'))}</title>${STYLE}</head><body><div role="tablist" aria-label="${escapeHtml(t('pages'))}">${tabs.join('')}</div>${panels.join('')}${SCRIPT}</body></html>`;
}
