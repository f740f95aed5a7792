import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExports } from '../scripts/build-stubs';
import type { ServerApi } from '../sidebar/contract';
import { MENU } from '../src/core/ui/menu';

const exported = parseExports(readFileSync('src/index.ts', 'utf8'));
const names = exported.map((e) => e.name);

describe('src/index.ts', () => {
  it('exports every function the menu runs', () => {
    for (const line of MENU) if (line !== 'separator') expect(names, line.run).toContain(line.run);
  });

  it('exports every server function of the pages’ contract', () => {
    const contract: Record<keyof ServerApi, true> = {
      getAssignmentView: true,
      suggestMentors: true,
      acceptMentors: true,
      releaseStudents: true,
      importSources: true,
      previewImport: true,
      runImport: true,
      getStartHere: true,
      runStartHereAction: true,
    };
    for (const name of Object.keys(contract)) expect(names).toContain(name);
  });

  it('exports the triggers by the names the add-on installs them under', () => {
    const source = readFileSync('src/gas/forms.ts', 'utf8') + readFileSync('src/gas/monthly.ts', 'utf8');
    for (const [, handler] of source.matchAll(/_HANDLER = '(\w+)'/g)) expect(names).toContain(handler);
  });

  it('documents every export', () => {
    for (const e of exported) expect(e.jsdoc, e.name).toMatch(/^\/\*\*/);
  });
});
