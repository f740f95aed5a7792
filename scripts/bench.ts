/**
 * `npm run bench [-- --json PATH] [-- --only PREFIX]`: service calls per operation (they
 * must not grow with the number of students) and the time of the pure work at scale.
 */
import { writeFileSync } from 'node:fs';
import { benchBundle } from '../bench/bundle';
import { benchEvaluate } from '../bench/evaluate';
import { benchMatch } from '../bench/match';
import type { Result } from '../bench/measure';
import { benchFormsCalls, benchMonthlyCalls, benchSummaryBuild } from '../bench/monthly';
import { benchRisk } from '../bench/risk';
import { benchStart } from '../bench/start';
import { benchAssignCalls, benchSetupAndTables, benchSubmitCalls } from '../bench/workbook';
import { build } from './build';

const suites: Array<{ prefix: string; run: () => Result[] | Promise<Result[]> }> = [
  { prefix: 'bundle', run: benchBundle },
  { prefix: 'setup', run: benchSetupAndTables },
  { prefix: 'risk', run: benchRisk },
  { prefix: 'match', run: benchMatch },
  { prefix: 'assign', run: benchAssignCalls },
  { prefix: 'submit', run: benchSubmitCalls },
  { prefix: 'summary', run: benchSummaryBuild },
  { prefix: 'monthly', run: benchMonthlyCalls },
  { prefix: 'forms', run: benchFormsCalls },
  { prefix: 'evaluate', run: benchEvaluate },
  { prefix: 'start', run: benchStart },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  build();
  const results: Result[] = [];
  for (const suite of suites) {
    if (only && !suite.prefix.startsWith(only) && !only.startsWith(suite.prefix)) continue;
    const got = await suite.run();
    for (const r of got) console.log(`${r.name.padEnd(28)} ${String(r.value).padStart(12)} ${r.unit}`);
    results.push(...got);
  }
  if (jsonAt >= 0) writeFileSync(args[jsonAt + 1]!, `${JSON.stringify({ results }, null, 2)}\n`);
}

void main();
