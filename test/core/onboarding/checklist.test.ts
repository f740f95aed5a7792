import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  STEP_KEYS,
  splitAddresses,
  startHere,
  type WorkbookFacts,
} from '../../../src/core/onboarding/checklist';

const blank: WorkbookFacts = {
  students: 0,
  activeMentors: 0,
  intakeForm: false,
  sessionForm: false,
  coordinatorEmails: '',
  monthlyEmails: false,
  assigned: 0,
  summaryDay: 1,
};
const complete: WorkbookFacts = {
  students: 20,
  activeMentors: 3,
  intakeForm: true,
  sessionForm: true,
  coordinatorEmails: 'bk@sma1.sch.id',
  monthlyEmails: true,
  assigned: 4,
  summaryDay: 5,
};

const step = (facts: WorkbookFacts, key: string, lang: 'en' | 'id' = 'en') =>
  startHere(facts, lang).steps.find((s) => s.key === key)!;

describe('Start here', () => {
  it('on a blank workbook, lists every step open, in order, each with its button', () => {
    const view = startHere(blank, 'en');
    expect(view.steps.map((s) => s.key)).toEqual([...STEP_KEYS]);
    expect(view.steps.every((s) => !s.done && s.actions.length > 0)).toBe(true);
    expect(view.progress).toBe('0 of 7 steps done.');
    expect(step(blank, 'students').actions.map((a) => a.id)).toEqual(['import', 'open_students']);
    expect(step(blank, 'monthly_emails').actions).toEqual([
      { id: 'monthly_emails', label: 'Turn on monthly emails' },
    ]);
  });

  it('marks a step done by the workbook alone and drops its buttons', () => {
    const facts = { ...blank, students: 20, sessionForm: true };
    expect(step(facts, 'students')).toMatchObject({ done: true, detail: '20 students.', actions: [] });
    expect(step(facts, 'session_form').done).toBe(true);
    expect(step(facts, 'intake_form').done).toBe(false);
    expect(startHere(facts, 'en').progress).toBe('2 of 7 steps done.');
  });

  it('counts only active mentors and assigned students', () => {
    expect(step({ ...blank, activeMentors: 1 }, 'mentors').detail).toBe('1 active mentors.');
    expect(step({ ...blank, assigned: 0 }, 'first_assignment').done).toBe(false);
    expect(step({ ...blank, assigned: 2 }, 'first_assignment').detail).toBe('2 students have a mentor.');
  });

  it('keeps coordinator emails open while one address cannot be read, and names it', () => {
    const s = step({ ...blank, coordinatorEmails: 'bk@sma1.sch.id, kepala sekolah' }, 'coordinator_emails');
    expect(s.done).toBe(false);
    expect(s.detail).toContain('Not an email address: kepala, sekolah.');
    expect(s.actions.map((a) => a.id)).toEqual(['open_settings']);
    expect(step({ ...blank, coordinatorEmails: '  ' }, 'coordinator_emails').done).toBe(false);
    expect(step({ ...blank, coordinatorEmails: 'a@b.id; c@d.id' }, 'coordinator_emails').detail).toBe(
      '2 addresses.',
    );
  });

  it('says when the monthly emails go, open or on, and says all is set at the end', () => {
    expect(step({ ...blank, summaryDay: 5 }, 'monthly_emails', 'id').detail).toContain('tanggal 5');
    expect(step(complete, 'monthly_emails').detail).toBe('On: day 5 of each month.');
    expect(startHere(complete, 'en').progress).toBe(
      'All set. The monthly emails go out on day 5 of each month.',
    );
    expect(startHere(complete, 'id').title).toBe('Mulai di sini');
  });

  it('is done exactly where the facts say so (any workbook)', () => {
    const facts = fc.record({
      students: fc.nat(50),
      activeMentors: fc.nat(5),
      intakeForm: fc.boolean(),
      sessionForm: fc.boolean(),
      coordinatorEmails: fc.constantFrom('', 'x@y.id', 'nope', 'x@y.id,nope'),
      monthlyEmails: fc.boolean(),
      assigned: fc.nat(5),
      summaryDay: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(facts, fc.constantFrom<'en' | 'id'>('en', 'id'), (f, lang) => {
        const done = Object.fromEntries(startHere(f, lang).steps.map((s) => [s.key, s.done]));
        expect(done).toEqual({
          students: f.students > 0,
          mentors: f.activeMentors > 0,
          intake_form: f.intakeForm,
          session_form: f.sessionForm,
          coordinator_emails: f.coordinatorEmails === 'x@y.id',
          monthly_emails: f.monthlyEmails,
          first_assignment: f.assigned > 0,
        });
      }),
    );
  });
});

describe('splitAddresses', () => {
  it('splits on commas, semicolons and spaces, and keeps what is not an address apart', () => {
    expect(splitAddresses(' a@b.id;c@d.co.id  e@f ,g ')).toEqual({
      good: ['a@b.id', 'c@d.co.id'],
      bad: ['e@f', 'g'],
    });
    expect(splitAddresses('')).toEqual({ good: [], bad: [] });
    // One address per token: two @ or text after the domain is not an address.
    expect(splitAddresses('a@b@c.id a@b.id@c')).toEqual({
      good: [],
      bad: ['a@b@c.id', 'a@b.id@c'],
    });
  });
});
