import { describe, expect, it } from 'vitest';
import { RISK_MESSAGES } from '../../../src/core/risk/messages';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('RISK_MESSAGES', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(RISK_MESSAGES.id).sort()).toEqual(Object.keys(RISK_MESSAGES.en).sort());
    for (const table of [RISK_MESSAGES.en, RISK_MESSAGES.id]) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(RISK_MESSAGES.en) as (keyof typeof RISK_MESSAGES.en)[]) {
      expect([key, placeholders(RISK_MESSAGES.id[key])]).toEqual([key, placeholders(RISK_MESSAGES.en[key])]);
    }
  });
});
