/**
 * Conformance: PropertiesService, where the add-on keeps its settings, its forms and what it has
 * sent — the store's API and its documented size limits.
 */
import { describe, expect, it } from 'vitest';
import { createPropertiesService, createPropertyStores } from '../../../local/gas/properties';
import { fakeEnv } from '../fake-env';
import { cite } from './cite';

const PROPERTIES = 'https://developers.google.com/apps-script/reference/properties/properties';
const SERVICE = 'https://developers.google.com/apps-script/reference/properties/properties-service';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';

const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** The three stores of one script, as the script sees them. */
function service() {
  const stores = createPropertyStores();
  const app = createPropertiesService(
    fakeEnv(),
    stores,
  ) as unknown as GoogleAppsScript.Properties.PropertiesService;
  return { stores, app, doc: app.getDocumentProperties() };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('The store', () => {
  it(cite(`${PROPERTIES}#getProperty(String)`, 'a key that was never set reads back null'), () => {
    expect(service().doc.getProperty('pendamping.forms')).toBeNull();
  });

  it(
    cite(`${PROPERTIES}#getProperties()`, 'getProperties is a copy: changing it changes nothing stored'),
    () => {
      const { doc } = service();
      doc.setProperty('a', '1');
      const copy = doc.getProperties();
      copy.a = 'changed';
      copy.b = 'added';
      expect(doc.getProperties()).toEqual({ a: '1' });
    },
  );

  it(
    cite(`${PROPERTIES}#deleteAllProperties()`, 'deleteAllProperties empties this store and no other'),
    () => {
      const { app, doc } = service();
      doc.setProperties({ a: '1', b: '2' });
      app.getUserProperties().setProperty('lang', 'id');
      doc.deleteAllProperties();
      expect([doc.getKeys(), doc.getProperty('a')]).toEqual([[], null]);
      expect(app.getUserProperties().getProperty('lang')).toBe('id');
    },
  );

  it(
    cite(
      `${PROPERTIES}#setProperties(Object,Boolean)`,
      'setProperties with deleteAllOthers keeps only the given pairs',
    ),
    () => {
      const { doc } = service();
      doc.setProperties({ a: '1', b: '2' });
      doc.setProperties({ c: '3' }, true);
      expect(doc.getProperties()).toEqual({ c: '3' });
    },
  );

  it(cite(SERVICE, 'document, user and script properties are three separate stores'), () => {
    const { app } = service();
    app.getDocumentProperties().setProperty('k', 'document');
    app.getUserProperties().setProperty('k', 'user');
    app.getScriptProperties().setProperty('k', 'script');
    expect(
      [app.getDocumentProperties(), app.getUserProperties(), app.getScriptProperties()].map((s) =>
        s.getProperty('k'),
      ),
    ).toEqual(['document', 'user', 'script']);
  });
});

describe('Size limits (Quotas for Google Services: 9 KB a value, 500 KB a store)', () => {
  it(cite(QUOTAS, 'a value over 9 KB is refused and nothing is stored'), () => {
    const { doc } = service();
    expect(errorOf(() => doc.setProperty('big', 'x'.repeat(10 * 1024)))).toBe('Argument too large: value');
    expect(doc.getKeys()).toEqual([]);
  });

  it(cite(QUOTAS, 'the 9 KB are bytes: 4,700 two-byte characters are too many'), () => {
    const { doc } = service();
    expect(errorOf(() => doc.setProperty('notes', 'é'.repeat(4700)))).toBe('Argument too large: value');
  });

  it(cite(QUOTAS, 'a value of 9,100 bytes is refused (9 KB read as 9,000 bytes)'), () => {
    const { doc } = service();
    expect(errorOf(() => doc.setProperty('big', 'x'.repeat(9100)))).toBe('Argument too large: value');
  });

  it(cite(QUOTAS, 'a store past 500 KB refuses the write that would overflow it and keeps the rest'), () => {
    const { doc } = service();
    const value = 'x'.repeat(9000);
    const key = (i: number) => `k${String(i).padStart(2, '0')}`;
    let refused = -1;
    for (let i = 0; i < 60 && refused < 0; i++) {
      if (errorOf(() => doc.setProperty(key(i), value)) === STORE_FULL) refused = i;
    }
    // 55 values of 9,000 bytes fit under either reading of 500 KB; the 58th cannot.
    expect(refused).toBeGreaterThan(54);
    expect(refused).toBeLessThan(58);
    expect(doc.getKeys()).toHaveLength(refused);
    expect(doc.getProperty(key(refused))).toBeNull();
  });

  it(
    cite(QUOTAS, 'the 500 KB of a store are bytes: 60 values of 4,500 two-byte characters overflow it'),
    () => {
      const { doc } = service();
      const value = 'é'.repeat(4500); // 9,000 bytes, 4,500 characters
      const errors = Array.from({ length: 60 }, (_, i) => errorOf(() => doc.setProperty(`k${i}`, value)));
      expect(errors).toContain(STORE_FULL);
    },
  );
});
