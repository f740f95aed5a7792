import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import { createRuntime, ROOT } from '../local/runtime';
import { medianMs, type Result } from './measure';

const dist = join(ROOT, 'dist');

/** bundle.bytes, bundle.load.ms, onOpen.calls */
export function benchBundle(): Result[] {
  const scripts = readdirSync(dist).filter((n) => n.endsWith('.js'));
  const bytes = scripts.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const code = scripts.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  // Every custom-function call evaluates the whole bundle in a fresh global scope.
  const script = new Script(code);
  const loadMs = medianMs(() => script.runInContext(createContext({})), 21);
  const rt = createRuntime({ now: '2026-09-01T08:00:00+07:00' });
  const { total } = rt.measure(() => rt.open('NONE'));
  return [
    { name: 'bundle.bytes', value: bytes, unit: 'bytes' },
    { name: 'bundle.load.ms', value: loadMs, unit: 'ms' },
    { name: 'onOpen.calls', value: total, unit: 'calls' },
  ];
}
