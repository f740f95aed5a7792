/** The demo school: a runtime holding a set-up workbook of a plausible Indonesian SMP. */
import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime';

export function createDemoRuntime(options: RuntimeOptions = {}): Runtime {
  return createRuntime({ name: 'SMP Negeri 3 Kupang — Pendamping (demo)', ...options });
}
