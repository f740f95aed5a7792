/**
 * The criterion language of COUNTIF, COUNTIFS and SUMIF: '>=3', '<>x', 'Tier*', 5, TRUE, "". Dates
 * compare as their serial numbers, so '>='&EOMONTH(TODAY(),-1)+1 and '>=2026-09-01' both work.
 */
import type { Scalar } from './coerce';
import { compareValues, FormulaError, toDateSerial, toNumber } from './coerce';

export type Matcher = (value: Scalar) => boolean;

function wildcard(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '~' && i + 1 < pattern.length) re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'is');
}

/** Builds the test a criterion stands for. */
export function matcher(criterion: Scalar, timeZone: string): Matcher {
  if (criterion instanceof FormulaError) return () => false;
  if (typeof criterion !== 'string') {
    return (v) => !(v instanceof FormulaError) && v !== '' && compareValues(v, criterion, timeZone) === 0;
  }
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(criterion)!;
  const op = m[1] ?? '=';
  const operand = m[2]!;
  const numeric = numericOperand(operand, timeZone);
  if (numeric !== null) {
    return (v) => {
      if (v instanceof FormulaError || v === '' || typeof v === 'boolean') return op === '<>';
      const n = toNumber(v, timeZone);
      if (n instanceof FormulaError) return op === '<>';
      return test(op, n - numeric);
    };
  }
  if (op === '=' || op === '<>') {
    const re = wildcard(operand);
    const blank = operand === '';
    return (v) => {
      if (v instanceof FormulaError) return false;
      const hit = blank ? v === '' : typeof v === 'string' && re.test(v);
      return op === '=' ? hit : !hit;
    };
  }
  return (v) => typeof v === 'string' && v !== '' && test(op, compareValues(v, operand, timeZone));
}

/** A criterion's operand as a number: '46266', '1.5', or date text such as '2026-09-01'. */
function numericOperand(operand: string, timeZone: string): number | null {
  if (operand.trim() === '') return null;
  if (Number.isFinite(Number(operand))) return Number(operand);
  if (!/^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/.test(operand)) return null;
  const serial = toDateSerial(operand, timeZone, 'COUNTIF');
  return serial instanceof FormulaError ? null : serial;
}

function test(op: string, diff: number): boolean {
  switch (op) {
    case '<':
      return diff < 0;
    case '>':
      return diff > 0;
    case '<=':
      return diff <= 0;
    case '>=':
      return diff >= 0;
    case '<>':
      return diff !== 0;
    default:
      return diff === 0;
  }
}
