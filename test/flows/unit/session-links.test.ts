/**
 * Which pre-filled links the monthly emails ask the form for: a general one per active mentor with
 * an address, one per named active mentee (with the mentee's own mentor); none for a student the
 * email may not name; a link the form cannot make is left out. Then the plan's emails carry them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoSchool, generateDemoSchool } from '../../../local/demo/data';
import type { MentorRow, Student } from '../../../src/core/schema/records';
import { planMonthly, type SessionLinkMaker } from '../../../src/flows/monthly';
import { sessionLinks } from '../../../src/flows/session-links';
import { input } from '../../core/summary/fixtures';
import { demoStore } from './demo';

function recorder(refuse: (student: Student) => boolean = () => false) {
  const asked: string[] = [];
  const maker: SessionLinkMaker = {
    general: (m: MentorRow) => {
      asked.push(m.mentor_id);
      return `https://f.test/${m.mentor_id}`;
    },
    mentee: (m: MentorRow, s: Student) => {
      asked.push(`${m.mentor_id}/${s.student_id}`);
      return refuse(s) ? null : `https://f.test/${m.mentor_id}/${s.student_id}`;
    },
  };
  return { asked, maker };
}

describe('the session links a month’s emails need', () => {
  it('asks for active mentors with an address and their named active mentees only', () => {
    const { asked, maker } = recorder();
    const links = sessionLinks(input('en'), maker);
    // M3 is inactive; S03 has a blank status (active), S04 no consent, S06 no mentor, S07 no consent.
    expect(asked.filter((a) => !a.includes('/'))).toEqual(['M1', 'M2']);
    const mentees = asked.filter((a) => a.includes('/'));
    expect(mentees).not.toContain('M1/S04');
    expect(mentees.every((a) => ['M1', 'M2'].includes(a.split('/')[0]!))).toBe(true);
    expect(new Set(mentees).size).toBe(mentees.length);
    expect([...links.mentee.keys()].sort()).toEqual(mentees.map((a) => a.split('/')[1]).sort());
    expect(links.general.get('M2')).toBe('https://f.test/M2');
    expect(links.mentee.get('S01')).toBe('https://f.test/M1/S01');
  });

  it('leaves out a link the form cannot make', () => {
    const { maker } = recorder((s) => s.student_id === 'S01');
    const links = sessionLinks(input('en'), maker);
    expect(links.mentee.has('S01')).toBe(false);
    expect(links.mentee.has('S02')).toBe(true);
  });

  it('asks nothing for a mentor without an address', () => {
    const { asked, maker } = recorder();
    const noMail = input('en').mentors.map((m) => ({ ...m, email: m.mentor_id === 'M2' ? '  ' : m.email }));
    sessionLinks({ ...input('en'), mentors: noMail }, maker);
    expect(asked.some((a) => a.startsWith('M2'))).toBe(false);
  });
});

describe('the monthly plan with links', () => {
  let school: DemoSchool;
  beforeAll(() => {
    school = generateDemoSchool({ students: 100 });
  });

  it('puts each mentee’s link in the mentee’s mentor’s email, and none without a maker', () => {
    const { maker } = recorder();
    const plan = planMonthly(demoStore(school), '2026-12-01', 100, maker);
    const mentorMails = plan.emails.filter((e) => e.kind === 'mentor');
    expect(mentorMails.length).toBeGreaterThan(0);
    let linked = 0;
    for (const mail of mentorMails) {
      const ids = school.mentors
        .filter((m) => m.email?.trim().toLowerCase() === mail.to)
        .map((m) => m.mentor_id);
      const found = [...mail.html.matchAll(/https:\/\/f\.test\/([^/"]+)\/([^"]+)"/g)];
      linked += found.length;
      for (const [, mentor, student] of found) {
        expect(ids).toContain(mentor);
        expect(school.students.find((s) => s.student_id === student)!.consent).toBe(true);
      }
    }
    expect(linked).toBeGreaterThan(0);
    expect(
      planMonthly(demoStore(school), '2026-12-01', 100).emails.some((e) => e.html.includes('f.test')),
    ).toBe(false);
  });
});
