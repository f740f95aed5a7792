/** Small measuring tools for the benchmark: medians of wall time, and service-call counts. */
import { performance } from 'node:perf_hooks';

export interface Result {
  name: string;
  value: number;
  unit: 'ms' | 'calls' | 'bytes';
}

/** The median wall time of `runs` calls of `fn`, after one warm-up call. */
export function medianMs(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}
