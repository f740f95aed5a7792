/**
 * Every conformance case names the public Google page that documents the behaviour it pins:
 * `describe(cite(url, title), …)` or `it(cite(url, title), …)` puts both in the test's name,
 * so a failing case says where to read what Google promises.
 */

const GOOGLE_DOCS = /^https:\/\/(developers\.google\.com|support\.google\.com|workspace\.google\.com)\//;

/** A test label carrying its source: "title — url". Throws on a page that is not Google's own. */
export function cite(url: string, title: string): string {
  if (!GOOGLE_DOCS.test(url)) throw new Error(`cite: not a public Google documentation page: ${url}`);
  if (title.trim() === '') throw new Error(`cite: a case needs a title (${url})`);
  return `${title} — ${url}`;
}

/** The pages cited most often, so that a case names them the same way everywhere. */
export const PAGES = {
  authLifecycle: 'https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle',
  addonTriggers: 'https://developers.google.com/workspace/add-ons/concepts/editor-triggers',
  installable: 'https://developers.google.com/apps-script/guides/triggers/installable',
  simpleTriggers: 'https://developers.google.com/apps-script/guides/triggers',
  triggerEvents: 'https://developers.google.com/apps-script/guides/triggers/events',
  quotas: 'https://developers.google.com/apps-script/guides/services/quotas',
  customFunctions: 'https://developers.google.com/apps-script/guides/sheets/functions',
  lockService: 'https://developers.google.com/apps-script/reference/lock/lock-service',
  propertiesService: 'https://developers.google.com/apps-script/reference/properties/properties-service',
  cacheService: 'https://developers.google.com/apps-script/reference/cache/cache-service',
  scriptApp: 'https://developers.google.com/apps-script/reference/script/script-app',
  clockBuilder: 'https://developers.google.com/apps-script/reference/script/clock-trigger-builder',
  authMode: 'https://developers.google.com/apps-script/reference/script/auth-mode',
  spreadsheetApp: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app',
  session: 'https://developers.google.com/apps-script/reference/base/session',
  mailApp: 'https://developers.google.com/apps-script/reference/mail/mail-app',
  manifest: 'https://developers.google.com/apps-script/manifest',
  scopes: 'https://developers.google.com/apps-script/concepts/scopes',
  v8: 'https://developers.google.com/apps-script/guides/v8-runtime',
  projects: 'https://developers.google.com/apps-script/guides/projects',
} as const;
