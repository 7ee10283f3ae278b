// Timing, percentiles and the printed units. The machine is shared and noisy, so a figure is only
// ever read against its bare limit measured in the same run.

export interface Sampling {
  /** At least this many timed runs. */
  runs: number;
  /** Quick figures keep sampling up to this long (and at most 30 runs) for a steadier p95. */
  seconds: number;
}

/** Times `run` (after `before`, which is not timed) at least `runs` times; milliseconds per run. */
export async function sample(sampling: Sampling, run: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  const started = performance.now();
  while (times.length < sampling.runs || (times.length < 30 && performance.now() - started < sampling.seconds * 1000)) {
    await before?.();
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

/** Nearest-rank percentile. */
export function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const p50 = (times: number[]) => percentile(times, 50);
export const p95 = (times: number[]) => percentile(times, 95);

export function ms(value: number): string {
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(1)} ms`;
}

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
export const rate = (n: number) => `${Math.round(n).toLocaleString('en')}`;
export const times = (ratio: number) => (ratio >= 10 ? `${ratio.toFixed(0)}×` : `${ratio.toFixed(2)}×`);
export const percent = (ratio: number) => `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)}%`;
