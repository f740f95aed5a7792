/**
 * Service calls of the operations a school runs, on demo workbooks of 100 and 10,000
 * students (with attendance, grades, incidents, assessments and sessions in proportion),
 * and the time of reading every table at 10,000.
 */
import { createDemoRuntime } from '../local/demo/school';
import type { Runtime } from '../local/runtime';
import type { Proposal } from '../sidebar/contract';
import { medianMs, type Result } from './measure';

const loaded = new Map<number, Runtime>();

/**
 * A demo school of `students` (this year's roster alone: last year's history would make the
 * tables, not the operations, bigger), loaded once per benchmark run.
 */
export function demo(students: number): Runtime {
  if (!loaded.has(students)) loaded.set(students, createDemoRuntime({ students, history: false }));
  return loaded.get(students)!;
}

const calls = (rt: Runtime, fn: () => unknown) => rt.measure(fn).total;

/** setup.calls, tables.read.calls and tables.read.ms */
export function benchSetupAndTables(): Result[] {
  const out: Result[] = [];
  for (const n of [100, 10_000]) {
    const rt = demo(n);
    out.push({ name: `tables.read.calls@${n}`, value: calls(rt, () => rt.call('checkData')), unit: 'calls' });
    out.push({ name: `setup.calls@${n}`, value: calls(rt, () => rt.call('setupWorkbook')), unit: 'calls' });
  }
  const big = demo(10_000);
  out.push({ name: 'tables.read.ms@10000', value: medianMs(() => big.call('checkData'), 5), unit: 'ms' });
  return out;
}

/** suggest.calls and accept.calls: the sidebar's server work at 100 and 10,000 students. */
export function benchAssignCalls(): Result[] {
  const out: Result[] = [];
  for (const n of [100, 10_000]) {
    const rt = demo(n);
    let proposal: Proposal | null = null;
    out.push({
      name: `suggest.calls@${n}`,
      value: calls(rt, () => {
        proposal = rt.callFromPage('suggestMentors', []) as Proposal;
      }),
      unit: 'calls',
    });
    const pairs =
      (proposal as Proposal | null)?.pairs
        .slice(0, 5)
        .map((p) => ({ studentId: p.student.id, mentorId: p.options[0]!.id })) ?? [];
    out.push({
      name: `accept.calls@${n}`,
      value: calls(rt, () => rt.callFromPage('acceptMentors', [pairs])),
      unit: 'calls',
    });
  }
  return out;
}

/** submit.calls: one intake submission (a new student) with 100 and 10,000 students on the roster. */
export function benchSubmitCalls(): Result[] {
  return [100, 10_000].map((n) => {
    const rt = demo(n);
    rt.call('createIntakeForm');
    const form = rt.forms.find((f) => f.title.startsWith('Asesmen'))!;
    const title = (start: string) => form.items.find((i) => i.title.startsWith(start))!.title;
    const answers = {
      [title('NISN')]: '0099999999',
      [title('Nama')]: 'Siswa Baru',
      [title('Izin')]: 'Ya, orang tua/wali setuju',
      [title('Tekanan')]: '1',
      [title('Kesulitan')]: '2',
      [title('Kurang')]: '1',
      [title('Motivasi')]: '4',
      [title('Kesejahteraan')]: '3',
    };
    const { result, total } = rt.measure(() => rt.submitForm(form.id, answers));
    if (result.error) throw new Error(result.error);
    return { name: `submit.calls@${n}`, value: total, unit: 'calls' as const };
  });
}
