/**
 * Benchmark figures. Every metric is measured against an anchor in the same run (the machine is
 * noisy; absolute times drift), as the median (or p95) of repeated, alternating runs.
 * Each bench test records its rows here; `npm run bench` gathers them into bench/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchResult {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** What the value is compared with, measured in the same run ('' for absolute figures). */
  readonly anchor: string;
  readonly anchorValue: number | null;
  readonly ratio: number | null;
  /** Human-readable target, e.g. "ratio ≤ 2.0 and ≤ 600 ms". */
  readonly target: string;
  readonly ok: boolean;
}

const dir = fileURLToPath(new URL('../../.tmp/bench/', import.meta.url));

export function recordResult(result: BenchResult): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${result.metric}.json`, JSON.stringify(result, null, 2));
  console.log(`[bench] ${result.metric}: ${result.value} ${result.unit}` + (result.ratio !== null ? ` (ratio ${result.ratio} vs ${result.anchor} ${result.anchorValue} ${result.unit})` : '') + ` → ${result.ok ? 'ok' : 'MISSED'} (${result.target})`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs `measure` and `anchor` alternately `runs` times each; returns both samples. */
export async function alternate(runs: number, measure: () => Promise<number>, anchor: () => Promise<number>): Promise<{ values: number[]; anchors: number[] }> {
  const values: number[] = [];
  const anchors: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      values.push(await measure());
      anchors.push(await anchor());
    } else {
      anchors.push(await anchor());
      values.push(await measure());
    }
  }
  return { values, anchors };
}
