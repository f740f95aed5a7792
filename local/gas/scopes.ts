/**
 * The OAuth scopes a method needs, from the "Authorization" section of each method's reference
 * page. When the manifest lists its scopes (`oauthScopes`), Apps Script grants exactly those and
 * a call outside them fails: https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
 * Only the methods whose scope decides a design are listed here; the rest are not checked.
 */
const AUTH = 'https://www.googleapis.com/auth/';

const SHEETS_ANY = [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`];
const rules: Array<[RegExp, string[]]> = [
  // openById and openByUrl list only the full scope: "currentonly" reaches the open document only.
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
  [/^SpreadsheetApp\.(openById|openByUrl|open)$/, [`${AUTH}spreadsheets`]],
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
  [/^SpreadsheetApp\.(getActiveSpreadsheet|getActive|getActiveSheet)$/, SHEETS_ANY],
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  [/^MailApp\./, [`${AUTH}script.send_mail`]],
  // https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)
  [/^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/, [`${AUTH}script.scriptapp`]],
  // https://developers.google.com/apps-script/reference/base/user#getEmail()
  [/^User\.getEmail$/, [`${AUTH}userinfo.email`]],
  // https://developers.google.com/apps-script/reference/base/ui
  [/^Ui\.(show|alert|prompt)/, [`${AUTH}script.container.ui`]],
];

/** The scopes a method accepts (any one suffices), or null when the method is not checked here. */
export function scopesFor(method: string): string[] | null {
  for (const [pattern, scopes] of rules) if (pattern.test(method)) return scopes;
  return null;
}

/** The scope to name in the error when `granted` (the manifest's list) has none of `method`'s, else null. */
export function missingScope(method: string, granted: readonly string[] | null): string | null {
  if (granted === null) return null; // no explicit list: Apps Script asks for what the code uses
  const needed = scopesFor(method);
  if (!needed || needed.some((s) => granted.includes(s))) return null;
  return needed[needed.length - 1]!;
}
