import { defineMessages } from '../i18n/messages';

/**
 * The labels of the numbers shown on more than one surface (Dashboard, emails, sidebar): one
 * label per number, so that a coordinator can match them. A label that counts a month names it.
 */
export const METRIC_MESSAGES = defineMessages({
  en: {
    by_tier: 'Active students by tier',
    tier: 'Tier {tier}',
    tier_none: 'No tier yet',
    unassigned: 'Tier 2–3 students without a mentor',
    sessions_by_type: 'Sessions held in {month}, by type',
    sessions_held: 'Sessions held in {month}',
    sessions_missed: 'Sessions the student missed in {month}',
    caseload: '{mentees} of {capacity}',
    overdue: '{count} overdue',
    now: 'now',
    baseline: 'monthly baseline of {month}',
    review_open: 'Review rows still open',
  },
  id: {
    by_tier: 'Siswa aktif per tingkat dukungan',
    tier: 'Tingkat {tier}',
    tier_none: 'Belum ada tingkat',
    unassigned: 'Siswa Tingkat 2–3 tanpa pendamping',
    sessions_by_type: 'Sesi terlaksana {month}, per jenis',
    sessions_held: 'Sesi terlaksana {month}',
    sessions_missed: 'Sesi yang tidak dihadiri siswa {month}',
    caseload: '{mentees} dari {capacity}',
    overdue: '{count} terlambat',
    now: 'saat ini',
    baseline: 'patokan bulanan {month}',
    review_open: 'Baris Periksa yang masih terbuka',
  },
});

export type MetricMessageKey = keyof (typeof METRIC_MESSAGES)['en'];
