import { describe, expect, it } from 'vitest';
import { distinctReasons } from '../../../src/core/matching/distinct';
import type { Reason } from '../../../src/core/matching/types';

const indonesian: Reason = { kind: 'language', language: 'Indonesia' };
const dawan: Reason = { kind: 'language', language: 'Dawan' };

describe('distinctReasons: only what sets one option apart', () => {
  it('drops a language every option shares with the student', () => {
    const options = [[indonesian, { kind: 'sibling' } as Reason], [indonesian], [indonesian]];
    expect(distinctReasons(options[0]!, options)).toEqual([{ kind: 'sibling' }]);
    expect(distinctReasons(options[1]!, options)).toEqual([]);
  });

  it('keeps a language when some option shares none', () => {
    const options = [[dawan], []];
    expect(distinctReasons(options[0]!, options)).toEqual([dawan]);
  });

  it('keeps of a strengths reason only the needs not every option meets', () => {
    const a: Reason = { kind: 'strengths', needs: ['academic', 'family_economic'] };
    const b: Reason = { kind: 'strengths', needs: ['academic'] };
    const options = [[a], [b]];
    expect(distinctReasons([a], options)).toEqual([{ kind: 'strengths', needs: ['family_economic'] }]);
    expect(distinctReasons([b], options)).toEqual([]);
    expect(distinctReasons([a], [[a], []])).toEqual([a]);
  });

  it('drops continuity only when every option has it', () => {
    const classmate: Reason = { kind: 'classmate' };
    expect(distinctReasons([classmate], [[classmate], [classmate]])).toEqual([]);
    expect(distinctReasons([classmate], [[classmate], [{ kind: 'sibling' }]])).toEqual([classmate]);
  });

  it('keeps the caseload, which differs by mentor', () => {
    const balance: Reason = { kind: 'balance', caseloadAfter: 3, capacity: 10 };
    expect(distinctReasons([balance], [[balance], [balance]])).toEqual([balance]);
  });
});
