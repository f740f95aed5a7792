import { describe, expect, it } from 'vitest';
import { langFromLocale } from '../../../src/core/i18n/lang';
import { format } from '../../../src/core/i18n/messages';

describe('langFromLocale', () => {
  it.each([
    ['id_ID', 'id'],
    ['id', 'id'],
    ['in_ID', 'id'],
    ['en_US', 'en'],
    ['en-GB', 'en'],
    ['fr_FR', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('%s -> %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe('format', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(format('Row {row}: {value} {other}', { row: 7, value: 'abc' })).toBe('Row 7: abc {other}');
  });
});
