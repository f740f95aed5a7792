/** The preview page's own words exist in both languages, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { PREVIEW_MESSAGES } from '../../../local/preview/client/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('PREVIEW_MESSAGES', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    const { en, id } = PREVIEW_MESSAGES;
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(en[key].trim(), key).not.toBe('');
      expect(id[key].trim(), key).not.toBe('');
      expect(placeholders(id[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
