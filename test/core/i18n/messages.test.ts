/**
 * Every text a person sees exists in Bahasa Indonesia and English: each message table (any
 * module named *messages.ts under src/ or sidebar/) has the same keys in both, none empty, and
 * the same {placeholders}; the schema's labels are complete pairs.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COLUMN_LABELS,
  SHEET_COLUMN_LABELS,
  SHEET_LABELS,
  VALUE_LABELS,
} from '../../../src/core/schema/labels';
import { SHEETS } from '../../../src/core/schema/sheets';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /messages\.ts$/.test(name) ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', async () => {
  const modules = [...files('src'), ...files('sidebar')];
  const tables: Array<[string, Record<string, Record<string, string>>]> = [];
  for (const path of modules) {
    const mod = (await import(resolve(path))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const table = value as Record<string, Record<string, string>>;
      if (table && typeof table === 'object' && 'en' in table && 'id' in table)
        tables.push([`${path}:${name}`, table]);
    }
  }

  it('are found', () => {
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables.map(([name]) => name).join()).toContain('settings/messages.ts');
  });

  it.each(tables)('%s has every key in both languages, with the same placeholders', (_name, table) => {
    expect(Object.keys(table.id!).sort()).toEqual(Object.keys(table.en!).sort());
    for (const key of Object.keys(table.en!)) {
      expect(table.en![key]!.trim(), key).not.toBe('');
      expect(table.id![key]!.trim(), key).not.toBe('');
      expect(placeholders(table.id![key]!), key).toEqual(placeholders(table.en![key]!));
    }
  });
});

describe('schema labels', () => {
  it('name every sheet and every column in both languages', () => {
    for (const def of SHEETS) {
      expect(SHEET_LABELS[def.key].en && SHEET_LABELS[def.key].id).toBeTruthy();
      for (const column of def.columns) {
        const pair = SHEET_COLUMN_LABELS[def.key]?.[column.key] ?? COLUMN_LABELS[column.key];
        expect(pair?.en, `${def.key}.${column.key}`).toBeTruthy();
        expect(pair?.id, `${def.key}.${column.key}`).toBeTruthy();
      }
    }
  });

  it('give every coded value a label in both languages', () => {
    for (const def of SHEETS) {
      for (const column of def.columns) {
        if (!column.values) continue;
        const set = VALUE_LABELS[column.set ?? column.key];
        for (const code of column.values) {
          expect(set?.[code]?.en, `${column.key}.${code}`).toBeTruthy();
          expect(set?.[code]?.id, `${column.key}.${code}`).toBeTruthy();
        }
      }
    }
  });

  it('keep headers distinct within a sheet in each language, so a header finds one column', () => {
    for (const def of SHEETS) {
      for (const lang of ['en', 'id'] as const) {
        const labels = def.columns.map(
          (c) => (SHEET_COLUMN_LABELS[def.key]?.[c.key] ?? COLUMN_LABELS[c.key])![lang],
        );
        expect(new Set(labels).size, `${def.key} ${lang}`).toBe(labels.length);
      }
    }
  });
});
