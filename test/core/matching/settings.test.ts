import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATCH_OPTIONS,
  MATCH_SETTINGS,
  matchOptionsFromSettings,
} from '../../../src/core/matching/settings';

describe('match settings', () => {
  it('lists the Settings keys with their defaults', () => {
    expect(MATCH_SETTINGS).toEqual([
      { key: 'match_same_gender', value: false },
      { key: 'match_weight_strengths', value: 3 },
      { key: 'match_weight_language', value: 2 },
      { key: 'match_weight_continuity', value: 2 },
      { key: 'match_weight_balance', value: 1 },
    ]);
  });

  it('reads the defaults back from the list', () => {
    const settings = Object.fromEntries(MATCH_SETTINGS.map(({ key, value }) => [key, value]));
    expect(matchOptionsFromSettings(settings)).toEqual(DEFAULT_MATCH_OPTIONS);
    expect(matchOptionsFromSettings({})).toEqual(DEFAULT_MATCH_OPTIONS);
  });

  it.each([
    [true, true],
    ['TRUE', true],
    ['ya', true],
    [' Benar ', true],
    ['FALSE', false],
    ['tidak', false],
    ['maybe', false], // unreadable: the default
  ])('reads match_same_gender %o as %o', (raw, sameGender) => {
    expect(matchOptionsFromSettings({ match_same_gender: raw }).sameGender).toBe(sameGender);
  });

  it('reads weights written with a decimal comma and keeps the default for bad ones', () => {
    const { weights } = matchOptionsFromSettings({
      match_weight_strengths: '2,5',
      match_weight_language: 0,
      match_weight_continuity: -1,
      match_weight_balance: 'abc',
    });
    expect(weights).toEqual({ strengths: 2.5, language: 0, continuity: 2, balance: 1 });
  });
});
