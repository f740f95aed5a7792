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
    expect(html).toContain('<title>Pendamping help</title>');
    expect(html).toContain('<div role="tablist" aria-label="Help pages">');
    expect(html).toContain('</section><section role="tabpanel" id="page-tiers"');
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

describe('helpPage structure', () => {
  // Built inside each test, so that every test runs the code it checks.
  const page = () => helpPage('en', { day: 1, hour: 7 });
  const section = (html: string, page: string) =>
    html.slice(
      html.indexOf(`<section role="tabpanel" id="page-${page}"`),
      html.indexOf('</section>', html.indexOf(`id="page-${page}"`)) + 10,
    );

  it('selects the first tab only, and only it is in the tab order', () => {
    const html = page();
    const tabs = [
      ...html.matchAll(
        /<button type="button" role="tab" id="tab-(\w+)" aria-controls="page-\1" aria-selected="(\w+)" tabindex="(-?\d)">/g,
      ),
    ];
    expect(tabs.map((m) => [m[1], m[2], m[3]])).toEqual(
      HELP_PAGES.map((p, i) => [p, i === 0 ? 'true' : 'false', i === 0 ? '0' : '-1']),
    );
    expect(html).toContain('</button><button type="button" role="tab" id="tab-tiers"');
    expect(html).toContain('<section role="tabpanel" id="page-sheets" aria-labelledby="tab-sheets"><h2>');
  });

  it('makes paragraphs of lines and one list of each run of "• " lines, nothing empty', () => {
    const html = page();
    expect(section(html, 'accounts')).toMatch(
      /^<section [^>]+ hidden><h2>If a sidebar does not open<\/h2><p>Google sidebars[^<]*<\/p><\/section>$/,
    );
    expect(section(html, 'privacy')).toMatch(
      /<h2>Privacy<\/h2><p>Who sees what:<\/p><ul><li>The coordinator[^<]*<\/li><li>A mentor/,
    );
    expect(section(html, 'privacy')).toMatch(/<\/li><\/ul><\/section>$/);
    expect(section(html, 'tiers')).toMatch(
      /<\/p><ul><li>Tier 3[^<]*<\/li><li>Tier 2[^<]*<\/li><li>Tier 1: everyone else\.<\/li><\/ul><p>In Students/,
    );
    expect(html.match(/<ul>/g)).toHaveLength(4);
    expect(html).not.toMatch(/<ul><\/ul>|<p>\s*<\/p>|<li>\s*<\/li>/);
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
