/**
 * Which reasons help a coordinator choose between the mentors offered for one student. A
 * preference every option meets adds the same to each of them, so it cannot be why one was
 * suggested: a language every option shares with the student, or a strength every option has,
 * says nothing and is left out.
 */
import type { Need, Reason } from './types';

const has = (reasons: readonly Reason[], kind: Reason['kind']) => reasons.some((r) => r.kind === kind);

const metNeeds = (reasons: readonly Reason[]): Need[] => {
  const strengths = reasons.find((r) => r.kind === 'strengths');
  return strengths?.kind === 'strengths' ? strengths.needs : [];
};

/**
 * One option's reasons without those every option (this one included) gives: a strengths
 * reason keeps the needs that not every option meets.
 * @example distinctReasons([{ kind: 'language', language: 'Indonesia' }, { kind: 'sibling' }],
 *   [[{ kind: 'language', language: 'Indonesia' }, { kind: 'sibling' }], [{ kind: 'language', language: 'Indonesia' }]])
 * // [{ kind: 'sibling' }]
 */
export function distinctReasons(own: readonly Reason[], options: readonly (readonly Reason[])[]): Reason[] {
  const out: Reason[] = [];
  for (const reason of own) {
    if (reason.kind === 'strengths') {
      const needs = reason.needs.filter((need) => !options.every((o) => metNeeds(o).indexOf(need) >= 0));
      if (needs.length) out.push({ kind: 'strengths', needs });
    } else if (reason.kind === 'balance' || !options.every((o) => has(o, reason.kind))) out.push(reason);
  }
  return out;
}
