/**
 * Apps Script only sees top-level function declarations, and esbuild's IIFE bundle has
 * none: each export of src/index.ts gets a one-line stub that keeps its JSDoc (which is
 * what gives custom functions their autocomplete and help in Sheets).
 */
import { createContext, runInContext } from 'node:vm';

export interface ExportedFunction {
  name: string;
  params: string[];
  jsdoc: string;
}

/** Splits on commas that are not nested inside <>, (), [] or {}. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('<([{'.includes(ch)) depth++;
    if ('>)]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts;
}

/**
 * Reads the exports of src/index.ts. Only `export function name(...)` is allowed there:
 * anything else (a re-export, a const) would be invisible to Apps Script.
 */
export function parseExports(source: string): ExportedFunction[] {
  const found: ExportedFunction[] = [];
  const declaration = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export function (\w+)\s*\(([^)]*)\)/g;
  for (const m of source.matchAll(declaration)) {
    const params = splitTopLevel(m[3] ?? '').map((p) => {
      const name = /^\s*(\w+)/.exec(p)?.[1];
      if (!name) throw new Error(`src/index.ts: cannot read the parameters of ${m[2]}: ${m[3]}`);
      return name;
    });
    found.push({ name: m[2]!, params, jsdoc: (m[1] ?? '').trim() });
  }
  const exportStatements = source.match(/^\s*export\b/gm)?.length ?? 0;
  if (exportStatements !== found.length) {
    throw new Error(
      'src/index.ts: only `export function name(...)` declarations may be exported (Apps Script calls top-level functions only)',
    );
  }
  return found;
}

/** One top-level function per export, forwarding to the bundle's namespace. */
export function renderStubs(exported: ExportedFunction[], globalName: string): string {
  return exported
    .map(({ name, params, jsdoc }) => {
      const list = params.join(', ');
      return `${jsdoc ? `${jsdoc}\n` : ''}function ${name}(${list}) { return ${globalName}.${name}(${list}); }`;
    })
    .join('\n');
}

const isCustomFunctionName = (name: string) => /^[A-Z][A-Z0-9_]*$/.test(name);

/**
 * Loads the script in an empty node:vm context, as Apps Script loads it on every execution,
 * and checks that it does no work at load time (no service exists there, so touching one
 * throws) and that its top-level functions are exactly the exports.
 */
export function checkBundle(code: string, exported: ExportedFunction[], globalName: string): void {
  const context = createContext({});
  try {
    runInContext(code, context, { filename: 'Code.js' });
  } catch (error) {
    throw new Error(`dist/Code.js does work at load time (it must only declare functions): ${error}`);
  }
  const namespace = context[globalName] as Record<string, unknown> | undefined;
  if (!namespace) throw new Error(`dist/Code.js defines no ${globalName}`);
  const names = new Set(exported.map((e) => e.name));
  for (const key of Object.keys(namespace)) {
    if (!names.has(key))
      throw new Error(`export ${key} of src/index.ts has no top-level function in dist/Code.js`);
  }
  for (const { name, jsdoc } of exported) {
    if (typeof namespace[name] !== 'function')
      throw new Error(`${name} is not a function export of src/index.ts`);
    if (typeof context[name] !== 'function') throw new Error(`export ${name} has no top-level function`);
    if (isCustomFunctionName(name) !== jsdoc.includes('@customfunction')) {
      throw new Error(
        `${name}: custom functions (UPPER_SNAKE) and only they carry @customfunction in their JSDoc`,
      );
    }
  }
  const globals = Object.keys(context).filter((k) => k !== globalName);
  const extra = globals.filter((k) => !names.has(k));
  if (extra.length > 0) throw new Error(`dist/Code.js has unexpected top-level names: ${extra.join(', ')}`);
}
