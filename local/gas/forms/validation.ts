/**
 * A text question's response validation, as Google Forms checks it on the form page before a
 * response is sent: https://developers.google.com/apps-script/reference/forms/text-validation-builder
 * and https://developers.google.com/apps-script/reference/forms/text-item#setValidation(TextValidation).
 *
 * Where the reference is silent, the stricter reading: a validation holds one rule (the Forms
 * editor offers one condition per question), so a second require… replaces the first; a pattern
 * "matches" only when it matches the whole answer (RE2, approximated by a JavaScript RegExp);
 * a blank answer to an optional question is not checked. Pure: the preview's page uses it too.
 */

export type TextRule =
  | { kind: 'number' | 'whole' | 'email' | 'url' }
  | { kind: 'between' | 'not_between'; low: number; high: number }
  | { kind: 'gt' | 'ge' | 'lt' | 'le' | 'eq' | 'ne'; value: number }
  | { kind: 'matches' | 'not_matches' | 'contains' | 'not_contains'; pattern: string }
  | { kind: 'length_ge' | 'length_le'; value: number };

export interface TextValidationModel {
  rule: TextRule;
  /** The text the form shows under the question when the answer fails (blank: Google's own). */
  helpText: string;
}

/** A decimal number as a person types it; Forms' "is number" refuses words and exponents. */
const NUMBER = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/;
const asNumber = (text: string) => (NUMBER.test(text.trim()) ? Number(text.trim().replace(',', '.')) : null);

function regex(pattern: string, whole: boolean): RegExp | null {
  try {
    return new RegExp(whole ? `^(?:${pattern})$` : pattern, 'u');
  } catch {
    return null;
  }
}

/** True when `text` satisfies the rule. */
export function satisfies(rule: TextRule, text: string): boolean {
  const n = asNumber(text);
  switch (rule.kind) {
    case 'number':
      return n !== null;
    case 'whole':
      return n !== null && /^[-+]?\d+$/.test(text.trim());
    case 'between':
      return n !== null && n >= rule.low && n <= rule.high;
    case 'not_between':
      return n !== null && (n < rule.low || n > rule.high);
    case 'gt':
      return n !== null && n > rule.value;
    case 'ge':
      return n !== null && n >= rule.value;
    case 'lt':
      return n !== null && n < rule.value;
    case 'le':
      return n !== null && n <= rule.value;
    case 'eq':
      return n !== null && n === rule.value;
    case 'ne':
      return n !== null && n !== rule.value;
    case 'matches':
      return regex(rule.pattern, true)?.test(text) === true;
    case 'not_matches':
      return regex(rule.pattern, true)?.test(text) === false;
    case 'contains':
      return regex(rule.pattern, false)?.test(text) === true;
    case 'not_contains':
      return regex(rule.pattern, false)?.test(text) === false;
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text.trim());
    case 'url':
      return /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(text.trim());
    case 'length_ge':
      return text.length >= rule.value;
    case 'length_le':
      return text.length <= rule.value;
  }
}

/** What Google Forms says under a question whose answer fails a rule with no help text of its own. */
function defaultMessage(rule: TextRule): string {
  switch (rule.kind) {
    case 'matches':
    case 'not_matches':
    case 'contains':
    case 'not_contains':
      return 'Must match pattern';
    case 'email':
      return 'Must be an email';
    case 'url':
      return 'Must be a URL';
    case 'length_ge':
    case 'length_le':
      return 'Must be the right length';
    case 'whole':
      return 'Must be a whole number';
    default:
      return 'Must be a number';
  }
}

/** Why the form page refuses `text`, or null when it passes (or is blank: nothing to check). */
export function validationProblem(
  validation: TextValidationModel | null | undefined,
  text: string,
): string | null {
  if (!validation || text.trim() === '') return null;
  if (satisfies(validation.rule, text)) return null;
  return validation.helpText.trim() || defaultMessage(validation.rule);
}
