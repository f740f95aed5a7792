/** The criterion language of COUNTIF, COUNTIFS and SUMIF: '>=3', '<>x', 'Tier*', 5, TRUE, "". */
import type { Scalar } from './coerce';
import { compareValues, FormulaError, toNumber } from './coerce';

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
  const numeric = operand.trim() !== '' && Number.isFinite(Number(operand)) ? Number(operand) : null;
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
