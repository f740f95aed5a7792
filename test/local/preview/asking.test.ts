/**
 * The add-on's questions put to the person: a run stops at the first unanswered question before
 * it changed anything and runs again with the answers; a run that already wrote gets the default.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handle } from '../../../local/preview/api';
import { createRuntime, ROOT } from '../../../local/runtime';

const FIXTURE = join(ROOT, 'test/fixtures/asking-addon');

function fixture() {
  const rt = createRuntime({ dist: FIXTURE, now: '2026-07-20T08:00:00+07:00', locale: 'en_US' });
  rt.open('FULL');
  const post = (path: string, body: Record<string, unknown>) =>
    JSON.parse(handle(rt, 'POST', path, body)!.body) as Record<string, unknown>;
  const a = (a1: string) => rt.spreadsheet.sheet('Sheet1').cell(a1).value;
  return { rt, post, a };
}

describe('questions from a menu click', () => {
  it('asks each question in turn, and writes only once every answer is in', () => {
    const { rt, post, a } = fixture();
    expect(post('/api/menu', { run: 'askThenWrite' })).toEqual({
      ok: true,
      ask: { kind: 'alert', title: 'Sure?', prompt: 'Write into A1?', buttons: 'YES_NO' },
    });
    expect(rt.ui.alerts).toEqual([]); // the note shown before the question comes with the real run
    expect(a('A1')).toBe('');
    expect(post('/api/menu', { run: 'askThenWrite', answers: ['NO'] })).toMatchObject({
      ok: true,
      ask: { title: 'Really?', buttons: 'OK_CANCEL' },
    });
    expect(post('/api/menu', { run: 'askThenWrite', answers: ['NO', 'CANCEL'] })).toEqual({
      ok: true,
      value: null,
    });
    expect([a('A1'), a('B1')]).toEqual(['NO', 'CANCEL']);
    // The page shows the note once; the answered questions are not shown again.
    expect(rt.ui.alerts.map((x) => x.prompt)).toEqual(['Shown before the question']);
  });

  it('gives a prompt the text the person typed, or their Cancel', () => {
    const { post, a } = fixture();
    expect(post('/api/menu', { run: 'nameTheSchool' })).toMatchObject({ ask: { kind: 'prompt' } });
    post('/api/menu', { run: 'nameTheSchool', answers: ['CANCEL'] });
    expect(a('A3')).toBe('');
    post('/api/menu', { run: 'nameTheSchool', answers: ['SMP Harapan'] });
    expect(a('A3')).toBe('SMP Harapan');
  });

  it('answers by default, and says so, when the run wrote before it asked (never runs it twice)', () => {
    const { post, a } = fixture();
    const reply = post('/api/menu', { run: 'writeThenAsk' });
    expect(reply).toMatchObject({ ok: true, defaulted: [{ title: 'Go on?' }] });
    expect([a('A2'), a('B2')]).toEqual(['written first', 'YES']);
  });
});

describe('questions from google.script.run', () => {
  it('asks, then returns what the function returns with the answer', () => {
    const { post } = fixture();
    expect(post('/api/run', { name: 'addOne', args: [41] })).toMatchObject({
      ask: { prompt: 'Add one to 41?' },
    });
    expect(post('/api/run', { name: 'addOne', args: [41], answers: ['YES'] })).toEqual({
      ok: true,
      value: 42,
    });
    expect(post('/api/run', { name: 'addOne', args: [41], answers: ['CLOSE'] })).toEqual({
      ok: true,
      value: 41,
    });
  });

  it('still refuses what google.script.run refuses', () => {
    const { post } = fixture();
    expect(post('/api/run', { name: 'firstSheet', args: [] })).toMatchObject({ ok: false });
  });
});
