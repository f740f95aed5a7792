/**
 * The built add-on as the runtime loads it (dist/: scripts and pages), and what
 * google.script.run lets cross between a page and the server.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the runtime needs of the manifest (appsscript.json). */
export interface Manifest {
  /** The script's time zone: Session.getScriptTimeZone() and the script's Dates. */
  timeZone: string;
  /** The explicit scopes, or null when the manifest lists none. */
  oauthScopes: string[] | null;
}

/** The project's pages (HtmlService.createHtmlOutputFromFile) and manifest; gas-local loads its scripts. */
export function readDist(dist: string): { pages: Map<string, string>; manifest: Manifest } {
  if (!existsSync(join(dist, 'appsscript.json'))) {
    throw new Error(`${dist} has no built add-on: run \`npm run build\` first`);
  }
  const json = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8')) as Partial<Manifest>;
  // Every manifest Apps Script writes has a timeZone; without one, which zone applies is not documented.
  if (typeof json.timeZone !== 'string') throw new Error(`${dist}/appsscript.json has no timeZone`);
  const manifest: Manifest = {
    timeZone: json.timeZone,
    oauthScopes: Array.isArray(json.oauthScopes) ? json.oauthScopes.map(String) : null,
  };
  const names = readdirSync(dist).sort();
  const pages = new Map(
    names
      .filter((n) => n.endsWith('.html'))
      .map((n) => [n.slice(0, -5), readFileSync(join(dist, n), 'utf8')]),
  );
  return { pages, manifest };
}

export const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

/**
 * Where a value is not what google.script.run can carry (null when it can): primitives, null, and
 * plain objects and arrays of them; a Date, a function or an object that refers back to itself
 * fails the request. https://developers.google.com/apps-script/guides/html/reference/run
 */
export function notJsonLike(value: unknown, path = 'result', seen: object[] = []): string | null {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value))
    return null;
  if (isDate(value)) return `${path} is a Date: send an ISO string`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (seen.includes(value)) return `${path} refers back to itself (a circular reference)`;
  const inside = [...seen, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = notJsonLike(value[i], `${path}[${i}]`, inside);
      if (bad) return bad;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return `${path} is not a plain object`;
  for (const [k, v] of Object.entries(value)) {
    const bad = notJsonLike(v, `${path}.${k}`, inside);
    if (bad) return bad;
  }
  return null;
}

/**
 * A value as the other side receives it (checked by notJsonLike first): a copy, with undefined
 * within arrays turned into null and undefined fields of objects left out, as JSON carries them.
 */
export function carried(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : carried(v)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = carried(v);
  return out;
}
