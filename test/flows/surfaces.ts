/**
 * Reads the numbers a coordinator sees on each surface, by their labels, as a person would: the
 * Dashboard's cells, the coordinator's and the mentors' emails (plain-text bodies, Bahasa
 * Indonesia) and the sidebar's state. Tests compare the numbers that share a label.
 */
import type { AssignmentView } from '../../sidebar/contract';

export interface SessionBlock {
  month: string;
  byType: Record<string, number>;
  held: number;
  missed: number;
}

export interface SchoolNumbers {
  tiers: { 3: number; 2: number; 1: number; none: number };
  unassigned: number;
  /** Review rows still open (a worklist: counted as it stands when shown). */
  review: number;
  sessions: SessionBlock[];
}

const TYPES = ['individu', 'konseling', 'kelompok', 'keluarga', 'kunjungan rumah'];
const number = (text: unknown) => {
  const n = Number(text);
  if (!Number.isInteger(n)) throw new Error(`not a count: ${String(text)}`);
  return n;
};

/** The Dashboard's counts, from its cells as the sheet shows them. */
export function dashboardNumbers(cells: unknown[][]): SchoolNumbers {
  const rows = cells.map((r) => [String(r[0] ?? ''), r[1]] as const);
  const at = (label: string) => {
    const row = rows.find(([l]) => l === label);
    if (!row) throw new Error(`no Dashboard row '${label}'`);
    return number(row[1]);
  };
  const sessions: SessionBlock[] = [];
  rows.forEach(([label], i) => {
    const m = /^Sesi terlaksana (.+), per jenis$/.exec(label);
    if (!m) return;
    const byType = Object.fromEntries(TYPES.map((t, k) => [t, number(rows[i + 1 + k]![1])]));
    const missed = rows[i + 1 + TYPES.length]!;
    if (missed[0] !== `Sesi yang tidak dihadiri siswa ${m[1]}`)
      throw new Error(`unexpected row '${missed[0]}'`);
    sessions.push({
      month: m[1]!,
      byType,
      held: TYPES.reduce((s, t) => s + byType[t]!, 0),
      missed: number(missed[1]),
    });
  });
  return {
    tiers: { 3: at('Tingkat 3'), 2: at('Tingkat 2'), 1: at('Tingkat 1'), none: at('Belum ada tingkat') },
    unassigned: at('Siswa Tingkat 2–3 tanpa pendamping'),
    review: at('Baris Periksa yang masih terbuka'),
    sessions,
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim());

/** The lines of a plain-text section, from its heading to the next heading. */
function section(text: string, heading: RegExp): string[] {
  const all = lines(text);
  const start = all.findIndex((l) => heading.test(l));
  if (start < 0) return [];
  const next = all.findIndex((l, i) => i > start + 1 && /^-+$/.test(l));
  return all.slice(start + 2, next === -1 ? undefined : next - 1).filter(Boolean);
}

/** The coordinator's email: its school numbers, and each mentor's caseload and overdue count. */
export function coordinatorNumbers(text: string): SchoolNumbers & {
  month: string;
  caseloads: Map<string, { mentees: number; capacity: number; overdue: number }>;
} {
  const all = lines(text);
  const count = (re: RegExp) => {
    const hit = all.map((l) => re.exec(l)).find(Boolean);
    if (!hit) throw new Error(`no line ${re}`);
    return number(hit[1]);
  };
  const bars = Object.fromEntries(
    section(text, /^Siswa aktif per tingkat dukungan$/).map((l) => {
      const m = /^(.+): (\d+)/.exec(l)!;
      return [m[1]!, number(m[2])];
    }),
  );
  const month = /^Sesi terlaksana (.+), per jenis$/.exec(
    all.find((l) => /^Sesi terlaksana .+, per jenis$/.test(l))!,
  )![1]!;
  const byType = Object.fromEntries(
    section(text, /^Sesi terlaksana .+, per jenis$/)
      .filter((l) => TYPES.some((t) => l.startsWith(`${t}:`)))
      .map((l) => [l.slice(0, l.indexOf(':')), number(l.slice(l.indexOf(':') + 1))]),
  );
  const caseloads = new Map<string, { mentees: number; capacity: number; overdue: number }>();
  for (const l of section(text, /^Beban dampingan per pendamping$/)) {
    const m = /^(.+?)(?: \(tidak aktif\))?: (\d+) dari (\d+) · (\d+) terlambat$/.exec(l);
    if (m) caseloads.set(m[1]!, { mentees: number(m[2]), capacity: number(m[3]), overdue: number(m[4]) });
  }
  return {
    month,
    tiers: {
      3: bars['Tingkat 3'] ?? 0,
      2: bars['Tingkat 2'] ?? 0,
      1: bars['Tingkat 1'] ?? 0,
      none: bars['Belum ada tingkat'] ?? 0,
    },
    unassigned: count(/^Siswa Tingkat 2–3 tanpa pendamping: (\d+)$/),
    review: count(/^Baris Periksa yang masih terbuka: (\d+)$/),
    sessions: [
      {
        month,
        byType,
        held: count(new RegExp(`^Sesi terlaksana ${month}: (\\d+)$`)),
        missed: count(new RegExp(`^Sesi yang tidak dihadiri siswa ${month}: (\\d+)$`)),
      },
    ],
    caseloads,
  };
}

/** A mentor's email: who it greets, and its totals. */
export function mentorNumbers(text: string): { name: string; mentees: number; overdue: number } {
  const all = lines(text);
  const get = (re: RegExp) => all.map((l) => re.exec(l)).find(Boolean)?.[1];
  return {
    name: get(/^Yth\. (.+),$/)!,
    mentees: number(get(/^Siswa dampingan aktif: (\d+)$/)),
    overdue: number(get(/^Terlambat ditemui: (\d+)$/)),
  };
}

/** The sidebar: the waiting count and each mentor's caseload. */
export function sidebarNumbers(view: AssignmentView) {
  return {
    unassigned: view.unassigned.length,
    caseloads: new Map(view.mentors.map((m) => [m.name, { mentees: m.caseload, capacity: m.capacity }])),
  };
}
