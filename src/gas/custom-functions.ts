import type { Lang } from '../core/i18n/lang';
import { type RiskColumnKind, riskColumn } from '../core/risk/custom-functions';
import { RiskArgumentError } from '../core/risk/errors';
import { type IndicatorFunction, indicatorColumn } from '../core/risk/indicators';
import { langFromSettings } from '../core/settings/language';
import { workbookLang } from './lang';

// Custom functions run in AuthMode.CUSTOM_FUNCTION: read-only, and each cell's call loads the
// whole bundle. They read the spreadsheet's locale and time zone and nothing else.

/** A cell shows an error's message: make sure it is one written for a person. */
function asCellError(name: string, lang: Lang, error: unknown): Error {
  if (error instanceof RiskArgumentError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new Error(
    lang === 'id'
      ? `${name}: terjadi masalah tak terduga (${detail})`
      : `${name}: unexpected problem (${detail})`,
  );
}

/** RISK_SCORE, RISK_TIER, RISK_REASONS. */
export function riskFunction(kind: RiskColumnKind, name: string, args: unknown[]): unknown {
  const lang = langFromSettings(args[8]) ?? workbookLang();
  try {
    return riskColumn(kind, args, lang);
  } catch (error) {
    throw asCellError(name, lang, error);
  }
}

/** STUDENT_ATTENDANCE and the other indicator helpers. */
export function indicatorFunction(name: IndicatorFunction, args: unknown[]): unknown {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = workbookLang(spreadsheet);
  try {
    return indicatorColumn(name, args, { lang, timeZone: spreadsheet.getSpreadsheetTimeZone() });
  } catch (error) {
    throw asCellError(name, lang, error);
  }
}
