import { describe, expect, it } from 'vitest';
import { RISK_SETTINGS } from '../../../src/core/risk/thresholds';
import { SETTING_DEFAULTS } from '../../../src/core/settings/defaults';
import { isNumberSetting, settingNumber, settingRule } from '../../../src/core/settings/rules';

describe('settingRule', () => {
  it('gives every threshold a number range its default fits, with help in both languages', () => {
    for (const { key, value } of RISK_SETTINGS) {
      const rule = settingRule(key, 'en');
      expect(rule?.kind, key).toBe('number');
      if (rule?.kind !== 'number') continue;
      const shown = key.startsWith('attendance_') ? value * 100 : value;
      expect(shown >= rule.min && shown <= rule.max, key).toBe(true);
      expect(settingRule(key, 'id')?.help).toMatch(new RegExp(`^${key}: `));
    }
  });

  it('fits every numeric default of the Settings sheet', () => {
    for (const { key, value } of SETTING_DEFAULTS) {
      const rule = settingRule(key, 'en');
      if (rule?.kind !== 'number' || typeof value !== 'number') continue;
      expect(value <= rule.max && value >= rule.min, key).toBe(true);
    }
  });

  it('says what fits', () => {
    expect(settingRule('passing_grade', 'id')).toEqual({
      kind: 'number',
      min: 0,
      max: 100,
      help: 'passing_grade: angka 0 sampai 100.',
    });
    expect(settingRule('summary_day', 'en')?.help).toBe('summary_day: a whole number from 1 to 28.');
    expect(settingRule('attendance_high', 'en')?.help).toBe(
      'attendance_high: a number from 0 to 1, or a percentage such as 90%.',
    );
    expect(settingRule('language', 'en')).toEqual({
      kind: 'list',
      values: ['id', 'en'],
      help: 'language: id (Bahasa Indonesia) or en (English), or blank for the spreadsheet’s locale.',
    });
  });

  it('leaves free text alone', () => {
    for (const key of ['school_name', 'coordinator_emails', 'as_of_date', 'match_same_gender', 'toString'])
      expect(settingRule(key, 'en'), key).toBeNull();
    expect(isNumberSetting('constructor')).toBe(false);
  });
});

describe('settingNumber', () => {
  it('reads a number key’s text as the number it stands for', () => {
    expect(settingNumber('passing_grade', '75')).toBe(75);
    expect(settingNumber('attendance_high', '0,85')).toBe(0.85);
    expect(settingNumber('attendance_high', '85%')).toBe(0.85);
    expect(settingNumber('match_weight_balance', ' 2,5 ')).toBe(2.5);
  });

  it('keeps as typed what is not a number, already a number, or not a number key', () => {
    expect(settingNumber('passing_grade', 'tujuh puluh')).toBeNull();
    expect(settingNumber('passing_grade', '75%')).toBeNull();
    expect(settingNumber('passing_grade', 75)).toBeNull();
    expect(settingNumber('passing_grade', '')).toBeNull();
    expect(settingNumber('school_name', '12')).toBeNull();
  });
});
