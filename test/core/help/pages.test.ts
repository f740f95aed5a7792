import { describe, expect, it } from 'vitest';
import { HELP_PAGES, helpPage } from '../../../src/core/help/pages';
import { summarySchedule } from '../../../src/core/settings/schedule';

const panels = (html: string) => [...html.matchAll(/<section role="tabpanel" id="page-(\w+)"([^>]*)>/g)];

describe('helpPage', () => {
  it('has a tab and a panel per subject, the first shown and the others hidden', () => {
    const html = helpPage('en', { day: 1, hour: 7 });
    expect(panels(html).map((m) => m[1])).toEqual([...HELP_PAGES]);
    expect(panels(html).map((m) => m[2]!.includes('hidden'))).toEqual([false, true, true, true, true, true]);
    for (const page of HELP_PAGES) expect(html).toContain(`aria-controls="page-${page}"`);
    expect(html).toContain('<html lang="en">');
  });

  it('covers the sheets, the tiers and thresholds, privacy, session logging, the emails and several accounts', () => {
    const en = helpPage('en', { day: 1, hour: 7 });
    expect(en).toContain('Intake responses and Session responses');
    expect(en).toContain('Tier 3 (intensive');
    expect(en).toContain('passing_grade 70');
    expect(en).toContain('never named in an email or a link');
    expect(en).toContain('Share the session-log form');
    expect(en).toContain('several Google accounts');
    const id = helpPage('id', { day: 1, hour: 7 });
    expect(id).toContain('Jawaban Asesmen dan Jawaban Sesi');
    expect(id).toContain('beberapa akun Google');
  });

  it('says the day and hour the monthly emails go out', () => {
    expect(helpPage('en', { day: 5, hour: 6 })).toContain('every month on day 5 at 6:00');
    expect(helpPage('id', { day: 5, hour: 6 })).toContain('setiap bulan pada tanggal 5 pukul 6.00');
  });

  it('turns "• " lines into list items and escapes every text', () => {
    const html = helpPage('en', { day: 1, hour: 7 });
    expect(html).toMatch(/<ul><li>Students: one row per student/);
    expect(html).not.toContain('<li>• ');
    expect(html).toContain('&quot;Take fixed Review rows again&quot;');
  });
});

describe('summarySchedule', () => {
  it('reads the day and hour as the monthly run does, with its defaults', () => {
    expect(summarySchedule({})).toEqual({ day: 1, hour: 7 });
    expect(summarySchedule({ summary_day: '5', summary_hour: '6' })).toEqual({ day: 5, hour: 6 });
    expect(summarySchedule({ summary_day: 'x', summary_hour: '30' })).toEqual({ day: 1, hour: 23 });
    expect(summarySchedule({ summary_hour: '-2' }).hour).toBe(0);
    expect(summarySchedule({ summary_hour: '6.6' }).hour).toBe(7);
  });
});
